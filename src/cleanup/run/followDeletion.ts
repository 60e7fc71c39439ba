import type { DeletionTarget } from '../plan/DeletionTarget';
import type { ExecutionContext } from './ExecutionContext';

const operationOf = (t: DeletionTarget) => (t.kind === 'service' ? 'deleteHostedService' : 'deleteDeployment');
const targetOf = (t: DeletionTarget) =>
    t.kind === 'service' ? `hostedservices/${t.serviceName}` : `hostedservices/${t.serviceName}/deployments/${t.deploymentName}`;

/** Hands a started DELETE to the operation tracker (when the app has one; best effort, for its table and events). */
export async function trackDeletion(ctx: ExecutionContext, target: DeletionTarget, requestId: string): Promise<void> {
    const tracker = ctx.deps.tracker;
    if (tracker === undefined) return;
    try {
        await tracker.track({
            subscriptionId: ctx.deps.subscriptionId,
            requestId,
            operation: operationOf(target),
            target: targetOf(target),
            correlationId: ctx.run.runId,
        });
    } catch (err) {
        ctx.log.warn(`Cleanup run ${ctx.run.runId}: tracking ${requestId} failed (${(err as Error).message}); waiting for it directly.`);
    }
}

/** Waits for a DELETE's asynchronous operation to succeed (throws AsmOperationFailedError / OperationTimeoutError). */
export async function awaitDeletion(ctx: ExecutionContext, target: DeletionTarget, requestId: string): Promise<void> {
    const { settings } = ctx.deps;
    await ctx.deps.asm.waitForOperation(requestId, {
        timeoutMs: settings.operationTimeoutMs,
        operation: operationOf(target),
        ...(settings.pollSchedule === undefined ? {} : { schedule: settings.pollSchedule }),
    });
}
