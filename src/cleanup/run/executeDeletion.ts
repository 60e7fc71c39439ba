import { AsmError } from '../../client/errors/AsmError';
import { AsmHttpError } from '../../client/errors/AsmHttpError';
import { AsmOperationFailedError } from '../../client/errors/AsmOperationFailedError';
import { OperationTimeoutError } from '../../client/errors/OperationTimeoutError';
import { recheckTarget } from '../plan/recheckTarget';
import type { ItemOutcome, ItemRecord } from '../store/ItemRecord';
import { toDeletionTarget } from '../store/toDeletionTarget';
import type { Versioned } from '../store/Versioned';
import { backoffMs } from './backoffMs';
import { describeError } from './describeError';
import type { ExecutionContext } from './ExecutionContext';
import { awaitDeletion, trackDeletion } from './followDeletion';
import { isTransientAsmError } from './isTransientAsmError';
import { readService } from './readService';
import { startDeletion } from './startDeletion';

/**
 * Executes one planned deletion — the same steps for dry and real runs:
 *   1. re-read the hosted service from ASM and re-check the target (recheckTarget): same name, slot, privateId and
 *      lastModifiedTime as planned, still selected by the policies, not protected; otherwise `skipped`;
 *   2. dry run: record `would-delete` and stop;
 *   3. claim the item (`deleting`, ETag: one worker only), send the DELETE, wait for its operation: `deleted`.
 * Throttling, 5xx, exclusive-access conflicts (waiting for the holder) and failed operations are retried, each
 * retry starting again at step 1, so what is deleted is always what was just re-checked. Storage failures throw.
 */
export async function executeDeletion(ctx: ExecutionContext, entry: Versioned<ItemRecord>): Promise<ItemRecord> {
    const { deps, run } = ctx;
    let item = entry.value;
    let etag = entry.etag;
    const save = async (changes: Partial<ItemRecord>): Promise<boolean> => {
        const next: ItemRecord = { ...item, ...changes, updatedAt: new Date(deps.now()).toISOString() };
        const written = await deps.items.replaceItem(run.runId, next, etag);
        if (written === undefined) return false;
        item = next;
        etag = written;
        return true;
    };
    const finish = async (outcome: ItemOutcome, detail: string): Promise<ItemRecord> => {
        if (!(await save({ outcome, outcomeDetail: detail }))) {
            ctx.log.warn(`Cleanup run ${run.runId}: ${item.key} was changed by another worker; keeping its outcome.`);
            return (await deps.items.getItem(run.runId, item.key))?.value ?? item;
        }
        return item;
    };

    const target = toDeletionTarget(item);
    if (target === undefined) return finish('skipped', 'the plan item lacks privateId or lastModifiedTime: never deleted blind');
    // Whether a DELETE of ours may have taken effect: a resumed claim, an accepted DELETE, or a DELETE that failed in
    // a way that does not prove it was rejected (5xx, throttling, network). A 404/409 rejection proves nothing happened.
    let mayHaveDeleted = item.outcome === 'deleting';
    let deleting = false;
    let lastError = '';
    const pause = (attempt: number) => deps.sleep(backoffMs(attempt, deps.settings.retryBaseMs, deps.settings.retryMaxMs));
    for (let attempt = 0; attempt < deps.settings.maxDeleteAttempts; attempt++) {
        try {
            if (item.requestId !== undefined && !run.dryRun) await resume(ctx, target, item.requestId, save);
            const current = await readService(deps, target.serviceName);
            const check = recheckTarget(target, current, ctx.policies, deps.now(), run.dryRun ? (ctx.wouldDelete ?? []) : []);
            if (!check.ok) {
                const gone = check.reason === 'deployment-gone' || (target.kind === 'service' && check.reason === 'service-gone');
                if (gone && mayHaveDeleted && !run.dryRun) return await deleted(ctx, target, finish, item.requestId);
                return await finish('skipped', `${check.reason}: ${check.detail}`);
            }
            if (run.dryRun) return await finish('would-delete', item.detail);
            if (!(await save({ outcome: 'deleting', attempts: item.attempts + 1, requestId: undefined }))) {
                ctx.log.warn(`Cleanup run ${run.runId}: ${item.key} is being deleted by another worker.`);
                return (await deps.items.getItem(run.runId, item.key))?.value ?? item;
            }
            const requestId = await deps.gate.run(ctx.concurrency, async () => {
                deleting = true;
                const id = await startDeletion(ctx, target);
                deleting = false;
                mayHaveDeleted = true;
                if (id !== undefined) {
                    await save({ requestId: id });
                    await trackDeletion(ctx, target, id);
                    await awaitDeletion(ctx, target, id);
                }
                return id;
            });
            return await deleted(ctx, target, finish, requestId);
        } catch (err) {
            if (!(err instanceof AsmError)) throw err;
            const duringDelete = deleting;
            deleting = false;
            lastError = describeError(err);
            if (err instanceof OperationTimeoutError) return finish('error', `${lastError} (the operation may still complete; not waited for further)`);
            if (err instanceof AsmOperationFailedError) {
                // ASM rolled the operation back: the target is as it was. Re-check and try again.
                await save({ requestId: undefined });
                await pause(attempt);
                continue;
            }
            if (err instanceof AsmHttpError && err.isExclusiveAccessConflict) {
                // Another operation holds the deployment: wait for it, then re-check (it may have changed or gone).
                const holder = err.exclusiveAccessHolder;
                if (holder !== undefined) await deps.asm.waitForOperation(holder, { timeoutMs: deps.settings.operationTimeoutMs }).catch(() => undefined);
                else await pause(attempt);
                continue;
            }
            if (err instanceof AsmHttpError && (err.isNotFound || err.isConflict)) {
                // Gone or changed under us (404), or a service with deployments again (409): the re-check decides.
                await pause(0);
                continue;
            }
            if (isTransientAsmError(err)) {
                if (duringDelete) mayHaveDeleted = true;
                await pause(attempt);
                continue;
            }
            return finish('error', lastError);
        }
    }
    return finish('error', `gave up after ${deps.settings.maxDeleteAttempts} attempts: ${lastError}`);
}

async function deleted(
    ctx: ExecutionContext,
    target: NonNullable<ReturnType<typeof toDeletionTarget>>,
    finish: (outcome: ItemOutcome, detail: string) => Promise<ItemRecord>,
    requestId: string | undefined,
): Promise<ItemRecord> {
    if (target.kind === 'deployment') await ctx.deps.marks.clear(ctx.deps.subscriptionId, target.serviceName, target.deploymentName);
    const how = target.kind === 'deployment' && target.deleteDisks ? ' with its disks and VHDs (comp=media)' : '';
    return finish('deleted', `deleted${how}${requestId === undefined ? '' : ` (x-ms-request-id ${requestId})`}`);
}

/** Waits for a DELETE accepted by an earlier attempt or delivery; forgets a request id ASM no longer knows. */
async function resume(
    ctx: ExecutionContext,
    target: NonNullable<ReturnType<typeof toDeletionTarget>>,
    requestId: string,
    save: (changes: Partial<ItemRecord>) => Promise<boolean>,
): Promise<void> {
    try {
        await awaitDeletion(ctx, target, requestId);
    } catch (err) {
        if (err instanceof AsmHttpError && (err.status === 400 || err.status === 404)) await save({ requestId: undefined });
        else throw err;
    }
}
