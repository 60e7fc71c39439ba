import type { CleanupDeps } from '../CleanupDeps';
import type { CleanupPolicy } from '../policy/CleanupPolicy';
import type { ItemRecord, WorkRecord } from '../store/ItemRecord';
import type { RunRecord } from '../store/RunRecord';
import type { Versioned } from '../store/Versioned';
import { planDeleteListFor } from './startApplyRun';
import { releaseDeletions, reserveDeletions } from './reserveDeletions';

/**
 * The apply-run counterpart of planServiceWork: no planning — the items are the stored plan's delete list for this
 * hosted service, copied into the apply run as `pending`. Deletions are reserved against the current policy's
 * maxDeletionsPerRun (deployments oldest first, the service last); any beyond it are `skipped` (breaker). Disks are
 * deleted only when the plan and the current policy both have deleteDisks.
 */
export async function planApplyWork(
    deps: CleanupDeps,
    run: RunRecord,
    policy: CleanupPolicy,
    work: Versioned<WorkRecord>,
): Promise<Versioned<WorkRecord> | undefined> {
    const serviceName = work.value.serviceName.toLowerCase();
    const at = new Date(deps.now()).toISOString();
    const source = await planDeleteListFor(deps, run.sourceRunId ?? '', serviceName);
    const ordered = source.sort((a, b) => (a.kind === b.kind ? (b.ageMs ?? 0) - (a.ageMs ?? 0) : a.kind === 'service' ? 1 : -1));
    const held = work.value.reserved;
    let budget = Math.min(ordered.length, held);
    if (ordered.length > held) budget += await reserveDeletions(deps, run.runId, ordered.length - held, policy.maxDeletionsPerRun);
    if (held > ordered.length) await releaseDeletions(deps, run.runId, held - ordered.length);
    const items: ItemRecord[] = ordered.map((i, seq) => {
        const { outcomeDetail: _d, requestId: _r, ...copy } = i;
        // Disks go only if both the plan and the current policy say so.
        const planned = copy.deleteDisks === true && !policy.deleteDisks ? { ...copy, deleteDisks: false } : copy;
        const overBudget = seq >= budget;
        return overBudget
            ? { ...planned, seq, attempts: 0, updatedAt: at, outcome: 'skipped', outcomeDetail: `breaker: maxDeletionsPerRun (${policy.maxDeletionsPerRun}) reached` }
            : { ...planned, seq, attempts: 0, updatedAt: at, outcome: 'pending' };
    });
    const reserved: WorkRecord = { ...work.value, reserved: Math.min(budget, ordered.length), updatedAt: at };
    const etag1 = await deps.items.replaceWork(run.runId, reserved, work.etag);
    if (etag1 === undefined) return undefined;
    await deps.items.upsertItems(run.runId, items);
    const executing: WorkRecord = { ...reserved, state: 'executing' };
    const etag2 = await deps.items.replaceWork(run.runId, executing, etag1);
    return etag2 === undefined ? undefined : { value: executing, etag: etag2 };
}
