import type { DeletionTarget } from '../plan/DeletionTarget';
import type { ExecutionContext } from './ExecutionContext';

/**
 * Sends the one DELETE of a target — the only mutating ASM calls cleanup ever makes: deleteDeployment (with
 * `comp=media` only for a VM deployment under policy.deleteDisks) or deleteHostedService (without `comp=media`,
 * only for an empty service). Resolves to the asynchronous operation's request id, if any.
 *
 * The client's own retries are off for these calls: it would repeat a DELETE refused with 409 "exclusive access"
 * once the other operation ends — after that operation changed the deployment, without a re-check. Every retry goes
 * through executeDeletion instead, which re-checks first.
 */
export async function startDeletion(ctx: ExecutionContext, target: DeletionTarget): Promise<string | undefined> {
    const { asm } = ctx.deps;
    const once = { retry: { maxRetries: 0 } };
    if (target.kind === 'service') {
        const result = await asm.deleteHostedService({ serviceName: target.serviceName }, once);
        return result === undefined ? undefined : result.requestId;
    }
    const params = { serviceName: target.serviceName, deploymentName: target.deploymentName, ...(target.deleteDisks ? { deleteVhd: true } : {}) };
    const result = await asm.deleteDeployment(params, once);
    return result.requestId;
}
