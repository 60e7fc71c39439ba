import type { CleanupDeps } from '../CleanupDeps';
import type { WorkRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';
import type { Versioned } from '../store/Versioned';

/**
 * Claims the work record of one hosted service of a run: creates it (`planning`) on the first delivery, or takes it
 * over (ETag) on a redelivery so an interrupted worker's work resumes. Undefined when another worker claimed it in
 * the same instant (this delivery then does nothing). A `done` record is returned as is.
 */
export async function claimWork(deps: Pick<CleanupDeps, 'items' | 'now'>, runId: string, serviceName: string): Promise<Versioned<WorkRecord> | undefined> {
    const key = itemKeys.work(serviceName);
    const at = new Date(deps.now()).toISOString();
    const fresh: WorkRecord = { key, serviceName, state: 'planning', reserved: 0, claims: 1, updatedAt: at };
    const created = await deps.items.createWork(runId, fresh);
    if (created !== undefined) return { value: fresh, etag: created };
    const existing = await deps.items.getWork(runId, key);
    if (existing === undefined) return undefined;
    if (existing.value.state === 'done') return existing;
    const next: WorkRecord = { ...existing.value, claims: existing.value.claims + 1, updatedAt: at };
    const etag = await deps.items.replaceWork(runId, next, existing.etag);
    return etag === undefined ? undefined : { value: next, etag };
}
