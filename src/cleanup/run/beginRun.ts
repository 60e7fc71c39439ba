import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import type { RunRecord } from '../store/RunRecord';
import { dispatchWork } from './dispatchWork';
import { failRun } from './failRun';
import { finalizeRun } from './finalizeRun';

/**
 * The common start of plan and apply runs, once the lock is held and the run entity created (`enumerating`):
 * lists the work items, records how many there are (`running`), sends one message per hosted service, and
 * completes at once when there is nothing to do. A failure ends the run as failed (and releases the lock).
 */
export async function beginRun(deps: CleanupDeps, run: RunRecord, listServices: () => Promise<readonly string[]>, log: CleanupLog): Promise<RunRecord> {
    try {
        const services = [...new Set(await listServices())];
        const updated = await deps.runs.update(run.runId, (r) => ({ ...r, status: 'running', totalServices: services.length }));
        await dispatchWork(deps, run.runId, services);
        log.info(`Cleanup run ${run.runId} (${run.mode}${run.dryRun ? ', dry run' : ''}) started: ${services.length} hosted services queued.`);
        if (services.length === 0) await finalizeRun(deps, run.runId, log);
        return (await deps.runs.get(run.runId))?.value ?? updated?.run ?? run;
    } catch (err) {
        await failRun(deps, run.runId, `could not start: ${(err as Error).message}`, log);
        throw err;
    }
}
