/**
 * What became of a planned decision. `none` for keep/mark decisions; a delete starts `pending` and ends
 * `would-delete` (dry run), `deleted`, `skipped` (the re-check found it changed, protected, gone, or the breaker
 * tripped) or `error`. `deleting` while a DELETE is in flight (claimed with the item's ETag).
 */
export type ItemOutcome = 'none' | 'pending' | 'would-delete' | 'deleting' | 'deleted' | 'skipped' | 'error';

/** One decision of a run (items table: PartitionKey runId, RowKey `d~service~deployment` or `s~service`). */
export interface ItemRecord {
    readonly key: string;
    readonly kind: 'deployment' | 'service';
    readonly serviceName: string;
    readonly deploymentName?: string;
    readonly slot?: string;
    readonly status?: string;
    readonly privateId?: string;
    readonly createdTime?: string;
    readonly lastModifiedTime?: string;
    readonly isVirtualMachine?: boolean;
    readonly action: 'keep' | 'mark' | 'delete';
    readonly reason: string;
    readonly detail: string;
    readonly ageMs?: number;
    readonly deleteDisks?: boolean;
    readonly markedAt?: string;
    /** Position in the service's plan (deletions execute in this order: deployments, then the service). */
    readonly seq: number;
    readonly outcome: ItemOutcome;
    readonly outcomeDetail?: string;
    /** x-ms-request-id of our DELETE, once ASM accepted it. */
    readonly requestId?: string;
    readonly attempts: number;
    readonly updatedAt: string;
}

/**
 * The progress of one work item (hosted service) of a run (RowKey `w~service`): `planning` → `executing` → `done`.
 * Only the worker that moves it to `done` counts it in the run's processedServices (so a message delivered twice
 * is counted once).
 */
export interface WorkRecord {
    readonly key: string;
    readonly serviceName: string;
    readonly state: 'planning' | 'executing' | 'done';
    /** Deletions this work item reserved on the run. */
    readonly reserved: number;
    /** Times a worker claimed it (more than 1: a redelivered or duplicated message). */
    readonly claims: number;
    /** Set when the work item ended in an error that stopped its evaluation (recorded, the run goes on). */
    readonly error?: string;
    readonly note?: string;
    readonly updatedAt: string;
}
