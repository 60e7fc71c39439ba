import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { classifyDeployment } from './classifyDeployment';
import { classifyService } from './classifyService';
import type { KeepReason } from './Decision';
import type { DeletionTarget } from './DeletionTarget';
import type { InventoryService } from './Inventory';

export type RecheckFailure =
    | 'service-gone'
    | 'deployment-gone'
    | 'slot-changed'
    | 'redeployed'
    | 'modified'
    | 'not-empty'
    | 'empty-services-disabled'
    | Exclude<KeepReason, 'breaker'>;

export type RecheckResult = { readonly ok: true } | { readonly ok: false; readonly reason: RecheckFailure; readonly detail: string };

/**
 * The last look before a DELETE, pure: the target must still be exactly what the plan saw — same deployment name in
 * the same slot, same privateId (not redeployed), same lastModifiedTime (not modified) — and every given policy
 * (the plan's and the current one) must still select it: not protected (service or deployment), not excluded, old
 * enough, slot and status selected. A hosted service must still exist with no deployments — but for the deployments
 * a dry run has just recorded as "would delete" (`wouldDelete`, names), which the real run would have removed by
 * then. Anything else: skip.
 */
export function recheckTarget(
    target: DeletionTarget,
    current: InventoryService | undefined,
    policies: readonly CleanupPolicy[],
    now: number,
    wouldDelete: readonly string[] = [],
): RecheckResult {
    if (current === undefined) return { ok: false, reason: 'service-gone', detail: `hosted service ${target.serviceName} no longer exists` };
    if (target.kind === 'service') {
        const simulated = new Set(wouldDelete.map((n) => n.toLowerCase()));
        const left = current.deployments.filter((d) => !simulated.has(d.name.toLowerCase()));
        if (left.length > 0) {
            return { ok: false, reason: 'not-empty', detail: `hosted service has deployments: ${left.map((d) => d.name).join(', ')}` };
        }
        for (const policy of policies) {
            const c = classifyService(current, policy);
            if (!c.selected) return { ok: false, reason: c.reason, detail: c.detail };
            if (!policy.deleteEmptyHostedServices) return { ok: false, reason: 'empty-services-disabled', detail: 'deleteEmptyHostedServices is now false' };
        }
        return { ok: true };
    }
    const name = target.deploymentName.toLowerCase();
    const d = current.deployments.find((x) => x.name.toLowerCase() === name);
    if (d === undefined) return { ok: false, reason: 'deployment-gone', detail: `deployment ${target.deploymentName} no longer exists` };
    if (d.slot !== target.slot) return { ok: false, reason: 'slot-changed', detail: `deployment moved from ${target.slot} to ${d.slot} (swapped)` };
    if (d.privateId !== target.privateId) {
        const detail = `privateId ${d.privateId ?? '(none)'} is not the planned ${target.privateId}: redeployed since the plan`;
        return { ok: false, reason: 'redeployed', detail };
    }
    if (d.lastModifiedTime !== target.lastModifiedTime) {
        const detail = `lastModifiedTime ${d.lastModifiedTime ?? '(none)'} is not the planned ${target.lastModifiedTime}: modified since the plan`;
        return { ok: false, reason: 'modified', detail };
    }
    for (const policy of policies) {
        const c = classifyDeployment(current, d, policy, now);
        if (!c.eligible) return { ok: false, reason: c.reason, detail: c.detail };
    }
    return { ok: true };
}
