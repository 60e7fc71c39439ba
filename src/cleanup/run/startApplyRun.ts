import type { CleanupDeps, CleanupLog } from '../CleanupDeps';
import { policyToJson } from '../policy/policyToJson';
import type { ItemRecord } from '../store/ItemRecord';
import { itemKeys } from '../store/itemKeys';
import type { RunRecord, RunTrigger } from '../store/RunRecord';
import { acquireRunLock } from './acquireRunLock';
import { beginRun } from './beginRun';
import { CleanupRunError } from './CleanupRunError';
import { newRunId } from './newRunId';

const isPlannedDeletion = (i: ItemRecord) => i.action === 'delete' && i.outcome === 'would-delete';

/** The stored plan's delete list: the items a dry run recorded as "would delete". */
export async function planDeleteList(deps: Pick<CleanupDeps, 'items'>, runId: string): Promise<ItemRecord[]> {
    return (await deps.items.listItems(runId)).map((e) => e.value).filter(isPlannedDeletion);
}

/** The stored plan's delete list for one hosted service (its deployments, then the service itself). */
export async function planDeleteListFor(deps: Pick<CleanupDeps, 'items'>, runId: string, serviceName: string): Promise<ItemRecord[]> {
    const deployments = await deps.items.listItems(runId, `${itemKeys.deployments}${serviceName.toLowerCase()}~`);
    const service = await deps.items.getItem(runId, itemKeys.service(serviceName));
    return [...deployments, ...(service === undefined ? [] : [service])].map((e) => e.value).filter(isPlannedDeletion);
}

/**
 * Applies a stored dry-run plan (POST /api/cleanup/runs/{runId}/apply): a new `apply` run that executes exactly
 * the plan's delete list — nothing else — re-checking each target before deleting it. The plan must be a completed
 * dry run not applied before (CleanupRunError 'not-found' / 'not-applicable'); the lock rules of startCleanupRun
 * apply. The current policy is validated and recorded: a target must satisfy both it and the plan's policy.
 */
export async function startApplyRun(deps: CleanupDeps, sourceRunId: string, trigger: RunTrigger, log: CleanupLog): Promise<RunRecord> {
    const policy = await deps.loadPolicy();
    const source = await deps.runs.get(sourceRunId);
    if (source === undefined) throw new CleanupRunError('not-found', `No cleanup run ${sourceRunId}.`, sourceRunId);
    const plan = source.value;
    const refuse = (why: string) => new CleanupRunError('not-applicable', why, sourceRunId);
    if (plan.mode !== 'plan' || !plan.dryRun) throw refuse(`Run ${sourceRunId} is not a dry run: only a dry-run plan can be applied.`);
    if (plan.status !== 'completed') throw refuse(`Run ${sourceRunId} is ${plan.status}: only a completed plan can be applied.`);
    if (plan.appliedByRunId !== undefined) throw refuse(`Plan ${sourceRunId} was already applied by run ${plan.appliedByRunId}.`);

    const now = deps.now();
    const runId = (deps.newRunId ?? newRunId)(now);
    await acquireRunLock(deps, runId, log);
    const claimed = await deps.runs.update(sourceRunId, (r) => (r.appliedByRunId === undefined ? { ...r, appliedByRunId: runId } : undefined));
    if (claimed === undefined || !claimed.changed) {
        await deps.runs.releaseLock(deps.subscriptionId, runId);
        throw new CleanupRunError('not-applicable', `Plan ${sourceRunId} was already applied by run ${claimed?.run.appliedByRunId ?? '?'}.`, sourceRunId);
    }
    const at = new Date(now).toISOString();
    const run: RunRecord = {
        runId,
        subscriptionId: deps.subscriptionId,
        mode: 'apply',
        dryRun: false,
        trigger,
        status: 'enumerating',
        createdAt: at,
        plannedAt: plan.plannedAt,
        policy: JSON.stringify(policyToJson(policy)),
        sourceRunId,
        totalServices: 0,
        processedServices: 0,
        deletionsReserved: 0,
    };
    try {
        await deps.runs.create(run);
    } catch (err) {
        await deps.runs.update(sourceRunId, (r) => (r.appliedByRunId === runId ? (({ appliedByRunId: _a, ...rest }) => rest)(r) : undefined));
        await deps.runs.releaseLock(deps.subscriptionId, runId);
        throw err;
    }
    return beginRun(deps, run, async () => (await planDeleteList(deps, sourceRunId)).map((i) => i.serviceName).sort(), log);
}
