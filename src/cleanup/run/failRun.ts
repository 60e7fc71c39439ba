import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import { announceRun } from './finalizeRun';

/** Ends a run as failed (enumeration failed, or abandoned), releases its lock and announces it. */
export async function failRun(deps: CleanupDeps, runId: string, error: string, log: CleanupLog): Promise<void> {
    const completedAt = new Date(deps.now()).toISOString();
    const result = await deps.runs.update(runId, (r) =>
        r.status === 'completed' || r.status === 'failed' ? undefined : { ...r, status: 'failed', completedAt, error },
    );
    await deps.runs.releaseLock(deps.subscriptionId, runId);
    if (result?.changed) await announceRun(deps, result.run, undefined, log);
}
