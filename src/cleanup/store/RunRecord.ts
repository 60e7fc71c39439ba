/** `plan` evaluates every hosted service (deleting, or recording "would delete" when dry); `apply` executes a stored plan. */
export type RunMode = 'plan' | 'apply';
export type RunStatus = 'enumerating' | 'running' | 'completed' | 'failed';
export type RunTrigger = 'timer' | 'http';

/** One cleanup run, as stored in the runs table (PartitionKey `run`, RowKey runId). */
export interface RunRecord {
    readonly runId: string;
    readonly subscriptionId: string;
    readonly mode: RunMode;
    readonly dryRun: boolean;
    readonly trigger: RunTrigger;
    readonly status: RunStatus;
    readonly createdAt: string;
    /** The time the plan is made for (ages are measured at it): the run's start. */
    readonly plannedAt: string;
    readonly completedAt?: string;
    /** The effective policy (JSON, every field), as validated when the run started. */
    readonly policy: string;
    /** apply runs: the dry run whose plan they execute. */
    readonly sourceRunId?: string;
    /** dry runs: the apply run that consumed this plan (a plan is applied once). */
    readonly appliedByRunId?: string;
    /** Work items (hosted services) of the run, and how many finished. */
    readonly totalServices: number;
    readonly processedServices: number;
    /** Deletions reserved against policy.maxDeletionsPerRun, across every worker (ETag-guarded). */
    readonly deletionsReserved: number;
    /** The report summary (JSON of RunSummary), once completed. */
    readonly summary?: string;
    readonly error?: string;
}
