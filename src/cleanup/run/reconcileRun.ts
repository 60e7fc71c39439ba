import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import type { WorkRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';
import type { RunRecord } from '../store/RunRecord';
import { finalizeRun } from './finalizeRun';

/**
 * Repairs a run whose counter fell behind (a worker died between finishing its work item and counting it): counts
 * the finished work records and, when all are done, completes the run. Returns the run as it is afterwards.
 */
export async function reconcileRun(deps: CleanupDeps, runId: string, log: CleanupLog): Promise<RunRecord | undefined> {
    const current = await deps.runs.get(runId);
    if (current === undefined || current.value.status !== 'running') return current?.value;
    const works = await deps.items.listItems<WorkRecord>(runId, itemKeys.works);
    const done = works.filter((w) => w.value.state === 'done').length;
    if (done > current.value.processedServices) {
        await deps.runs.update(runId, (r) => (r.status === 'running' && r.processedServices < done ? { ...r, processedServices: done } : undefined));
    }
    await finalizeRun(deps, runId, log);
    return (await deps.runs.get(runId))?.value;
}
