import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import type { CleanupPolicy } from '../policy/CleanupPolicy';
import type { RunRecord } from '../store/RunRecord';

/** What executing a run's deletions needs: the run (its dryRun), the policies every target must still satisfy. */
export interface ExecutionContext {
    readonly deps: CleanupDeps;
    readonly run: RunRecord;
    /** The plan's policy and the current one: a target is deleted only if both still select it. */
    readonly policies: readonly CleanupPolicy[];
    /** policy.concurrency: DELETE operations in flight at once in this instance. */
    readonly concurrency: number;
    readonly log: CleanupLog;
    /** Dry runs: deployments of the service this run recorded as "would delete" (the service re-check disregards them). */
    readonly wouldDelete?: readonly string[];
}
