import { copyWith } from '../../util/copyWith';
import type { CleanupDeps } from '../CleanupDeps';

/**
 * Reserves up to `wanted` deletions on the run against `max` (policy.maxDeletionsPerRun), ETag-guarded so workers
 * on any number of instances never reserve more than `max` together. Resolves to how many were granted (0..wanted).
 */
export async function reserveDeletions(deps: Pick<CleanupDeps, 'runs'>, runId: string, wanted: number, max: number): Promise<number> {
    if (wanted <= 0) return 0;
    let granted = 0;
    await deps.runs.update(runId, (r) => {
        granted = Math.max(0, Math.min(wanted, max - r.deletionsReserved));
        return granted === 0 ? undefined : copyWith(r, { deletionsReserved: r.deletionsReserved + granted });
    });
    return granted;
}

/** Gives back reserved deletions that were not needed. */
export async function releaseDeletions(deps: Pick<CleanupDeps, 'runs'>, runId: string, count: number): Promise<void> {
    if (count <= 0) return;
    await deps.runs.update(runId, (r) => copyWith(r, { deletionsReserved: Math.max(0, r.deletionsReserved - count) }));
}
