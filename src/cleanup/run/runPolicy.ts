import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { parseCleanupPolicy } from '../policy/parseCleanupPolicy';
import type { RunRecord } from '../store/RunRecord';

/** The policy a run was started with (stored as JSON in the run). */
export function runPolicy(run: RunRecord): CleanupPolicy {
    return parseCleanupPolicy(JSON.parse(run.policy) as unknown, `run ${run.runId}`);
}
