import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { parseCleanupPolicy } from '../policy/parseCleanupPolicy';
import type { RunRecord } from '../store/RunRecord';

/** Parsed policies by the JSON stored in their run: every work item of a run reads the same one. */
const parsed = new Map<string, CleanupPolicy>();
const MAX_CACHED = 16;

/** The policy a run was started with (stored as JSON in the run). The result is shared: treat it as read-only. */
export function runPolicy(run: RunRecord): CleanupPolicy {
    const cached = parsed.get(run.policy);
    if (cached !== undefined) return cached;
    const policy = parseCleanupPolicy(JSON.parse(run.policy) as unknown, `run ${run.runId}`);
    if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value as string);
    parsed.set(run.policy, policy);
    return policy;
}
