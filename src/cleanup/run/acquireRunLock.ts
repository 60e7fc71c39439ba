import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import { CleanupRunError } from './CleanupRunError';
import { failRun } from './failRun';
import { reconcileRun } from './reconcileRun';

/**
 * Takes the subscription's one-active-run lock for `runId`, or throws CleanupRunError('active-run') naming the run
 * that holds it. A lock left by a finished run is taken over; a run that is in fact complete is finalized first; a
 * run older than settings.staleRunMs is ended as abandoned.
 */
export async function acquireRunLock(deps: CleanupDeps, runId: string, log: CleanupLog): Promise<void> {
    const sub = deps.subscriptionId;
    for (let attempt = 0; attempt < 5; attempt++) {
        const lock = { runId, acquiredAt: new Date(deps.now()).toISOString() };
        if (await deps.runs.createLock(sub, lock)) return;
        const held = await deps.runs.getLock(sub);
        if (held === undefined) continue;
        const holder = await reconcileRun(deps, held.value.runId, log);
        const active = holder !== undefined && (holder.status === 'running' || holder.status === 'enumerating');
        if (active && deps.now() - Date.parse(holder.createdAt) <= deps.settings.staleRunMs) {
            const progress = `${holder.processedServices}/${holder.totalServices} hosted services done`;
            throw new CleanupRunError('active-run', `Cleanup run ${holder.runId} is still active (${progress}); wait for it to finish.`, holder.runId);
        }
        if (active) await failRun(deps, holder.runId, `abandoned: still ${holder.status} after ${Math.round(deps.settings.staleRunMs / 60_000)} minutes`, log);
        const again = await deps.runs.getLock(sub);
        if (again === undefined) continue;
        if (again.value.runId === held.value.runId && (await deps.runs.replaceLock(sub, lock, again.etag))) return;
    }
    throw new CleanupRunError('active-run', 'Another cleanup run is starting; try again shortly.');
}
