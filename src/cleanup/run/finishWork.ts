import { copyWith } from '../../util/copyWith';
import type { CleanupDeps } from '../CleanupDeps';
import type { ItemRecord, WorkRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';

/**
 * Marks a hosted service's work item done (with the error that stopped it, if any) and counts it in the run —
 * only when this call moved it to done, so a duplicate delivery is never counted twice. When `error` is given,
 * deletions of the service still pending are recorded as errors (they were not executed).
 */
export async function finishWork(deps: CleanupDeps, runId: string, serviceName: string, error?: string): Promise<void> {
    const key = itemKeys.work(serviceName);
    const at = new Date(deps.now()).toISOString();
    if (error !== undefined) {
        const pending = [
            ...(await deps.items.listItems(runId, `${itemKeys.deployments}${serviceName.toLowerCase()}~`)),
            ...[await deps.items.getItem(runId, itemKeys.service(serviceName))].filter((x) => x !== undefined),
        ].filter((e) => e.value.outcome === 'pending' || e.value.outcome === 'deleting');
        for (const e of pending) {
            const next: ItemRecord = { ...e.value, outcome: 'error', outcomeDetail: `not executed: ${error}`, updatedAt: at };
            await deps.items.replaceItem(runId, next, e.etag);
        }
    }
    for (let attempt = 0; attempt < 20; attempt++) {
        const current = await deps.items.getWork(runId, key);
        if (current?.value.state === 'done') return;
        const base: WorkRecord = current?.value ?? { key, serviceName, state: 'planning', reserved: 0, claims: 1, updatedAt: at };
        const next: WorkRecord = copyWith(base, { state: 'done', updatedAt: at, ...(error === undefined ? {} : { error }) });
        const written = current === undefined ? await deps.items.createWork(runId, next) : await deps.items.replaceWork(runId, next, current.etag);
        if (written !== undefined) {
            // Capped: reconcileRun may already have counted this item from its `done` record.
            await deps.runs.update(runId, (r) => copyWith(r, { processedServices: Math.min(r.totalServices, r.processedServices + 1) }));
            return;
        }
    }
    throw new Error(`Run ${runId}: could not record ${serviceName} as done.`);
}
