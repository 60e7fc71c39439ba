import { copyWith } from '../../util/copyWith';
import type { CleanupDeps } from '../CleanupDeps';
import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { plan } from '../plan/plan';
import { planMarkChanges } from '../plan/planMarkChanges';
import type { WorkRecord } from '../store/ItemRecord';
import type { RunRecord } from '../store/RunRecord';
import { toItemRecord } from '../store/toItemRecord';
import type { Versioned } from '../store/Versioned';
import { readService } from './readService';
import { releaseDeletions, reserveDeletions } from './reserveDeletions';

/**
 * Plans one hosted service of a plan run: reads it fresh (embed-detail), runs the pure planner at the run's time
 * with the service's grace marks, reserves its deletions on the run (re-planning with the granted budget when the
 * run's maxDeletionsPerRun is nearly used up: the extra deletions become `breaker`), stores every decision as an
 * item and updates the marks. Moves the work record to `executing`; undefined if another worker took it over.
 */
export async function planServiceWork(
    deps: CleanupDeps,
    run: RunRecord,
    policy: CleanupPolicy,
    work: Versioned<WorkRecord>,
): Promise<Versioned<WorkRecord> | undefined> {
    const serviceName = work.value.serviceName;
    const at = new Date(deps.now()).toISOString();
    const service = await readService(deps, serviceName);
    if (service === undefined) {
        const next: WorkRecord = copyWith(work.value, { state: 'executing', note: 'hosted service no longer exists', updatedAt: at });
        const etag = await deps.items.replaceWork(run.runId, next, work.etag);
        return etag === undefined ? undefined : { value: next, etag };
    }
    const now = Date.parse(run.plannedAt);
    const marks = await deps.marks.forService(deps.subscriptionId, serviceName);
    let decisions = plan([service], policy, marks, now);
    const wanted = decisions.filter((d) => d.action === 'delete').length;
    const held = work.value.reserved;
    const extra = wanted > held ? await reserveDeletions(deps, run.runId, wanted - held, policy.maxDeletionsPerRun) : 0;
    const budget = Math.min(wanted, held + extra);
    if (budget < wanted) decisions = plan([service], policy, marks, now, { deletionBudget: budget });
    const deleting = decisions.filter((d) => d.action === 'delete').length;
    await releaseDeletions(deps, run.runId, held + extra - deleting);

    const reserved: WorkRecord = copyWith(work.value, { reserved: deleting, updatedAt: at });
    const etag1 = await deps.items.replaceWork(run.runId, reserved, work.etag);
    if (etag1 === undefined) return undefined;
    await deps.items.upsertItems(run.runId, decisions.map((d, i) => toItemRecord(d, i, at)));
    const changes = planMarkChanges([service], decisions, marks, run.runId);
    for (const mark of changes.set) await deps.marks.set(deps.subscriptionId, mark);
    for (const m of changes.clear) await deps.marks.clear(deps.subscriptionId, m.serviceName, m.deploymentName);
    const executing: WorkRecord = copyWith(reserved, { state: 'executing' });
    const etag2 = await deps.items.replaceWork(run.runId, executing, etag1);
    return etag2 === undefined ? undefined : { value: executing, etag: etag2 };
}
