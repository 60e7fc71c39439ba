import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { formatAge } from '../policy/formatAge';
import { classifyService } from './classifyService';
import type { KeepReason } from './Decision';
import { firstMatchingGlob } from './firstMatchingGlob';
import { hasProtectionMarker } from './hasProtectionMarker';
import type { InventoryDeployment, InventoryService } from './Inventory';

export type DeploymentClassification =
    | { readonly eligible: false; readonly reason: Exclude<KeepReason, 'breaker'>; readonly detail: string; readonly ageMs?: number }
    | { readonly eligible: true; readonly ageMs: number; readonly detail: string };

/** Age of a deployment on the policy's `ageFrom` time, or undefined when that time is missing or unreadable. */
export function deploymentAgeMs(deployment: InventoryDeployment, policy: CleanupPolicy, now: number): number | undefined {
    const at = deployment[policy.ageFrom];
    const ms = at === undefined ? Number.NaN : Date.parse(at);
    return Number.isNaN(ms) ? undefined : now - ms;
}

/**
 * Every filter of the policy except the grace period and the breaker, in a fixed order (the first that keeps the
 * deployment names the reason): protected service, protected deployment, excluded, not included, slot, status,
 * missing time, age. Eligible means old enough: age >= maxAge (exactly maxAge old is eligible). Pure.
 */
export function classifyDeployment(
    service: InventoryService,
    deployment: InventoryDeployment,
    policy: CleanupPolicy,
    now: number,
): DeploymentClassification {
    const byService = classifyService(service, policy);
    if (!byService.selected) return { eligible: false, reason: byService.reason, detail: byService.detail };
    const { name, value } = policy.protectionMarker;
    if (hasProtectionMarker(deployment.extendedProperties, policy.protectionMarker)) {
        return { eligible: false, reason: 'protected-deployment', detail: `deployment ${deployment.name} carries ${name}=${value}` };
    }
    const excludedBy = firstMatchingGlob(deployment.name, policy.exclude.deployments);
    if (excludedBy !== undefined) {
        return { eligible: false, reason: 'excluded', detail: `deployment name ${deployment.name} matches exclude.deployments "${excludedBy}"` };
    }
    if (firstMatchingGlob(deployment.name, policy.include.deployments) === undefined) {
        return { eligible: false, reason: 'not-included', detail: `deployment name ${deployment.name} matches no include.deployments pattern` };
    }
    if (!policy.slots.some((s) => s === deployment.slot)) {
        const hint = deployment.slot === 'production' ? ' (production is cleaned only when slots lists it)' : '';
        const detail = `slot ${deployment.slot || '(none)'} is not in slots [${policy.slots.join(', ')}]${hint}`;
        return { eligible: false, reason: 'slot-not-selected', detail };
    }
    if (firstMatchingGlob(deployment.status ?? '', policy.statuses) === undefined) {
        const detail = `status ${deployment.status ?? '(none)'} matches no statuses pattern [${policy.statuses.join(', ')}]`;
        return { eligible: false, reason: 'status-not-selected', detail };
    }
    const ageMs = deploymentAgeMs(deployment, policy, now);
    if (ageMs === undefined) {
        return { eligible: false, reason: 'no-timestamp', detail: `no readable ${policy.ageFrom} to measure its age on` };
    }
    const age = `${formatAge(ageMs)} since ${policy.ageFrom}`;
    if (ageMs < policy.maxAge.ms) {
        return { eligible: false, reason: 'too-young', ageMs, detail: `${age}, under maxAge ${policy.maxAge.text}` };
    }
    return { eligible: true, ageMs, detail: `${age}, at least maxAge ${policy.maxAge.text}` };
}
