import { copyWith } from '../../util/copyWith';
import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { formatAge } from '../policy/formatAge';
import { classifyDeployment } from './classifyDeployment';
import { classifyService } from './classifyService';
import type { Decision, DeploymentDecision, ServiceDecision } from './Decision';
import type { InventoryDeployment, InventoryService } from './Inventory';
import type { Mark } from './Mark';
import { markKey } from './markKey';

export interface PlanOptions {
    /** Deletions this plan may contain (default policy.maxDeletionsPerRun); beyond it decisions are `breaker`. */
    readonly deletionBudget?: number;
}

type Facts = Omit<DeploymentDecision, 'action' | 'reason' | 'detail' | 'markedAt' | 'deleteDisks' | 'ageMs'>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The facts of a deployment as a decision carries them (optional ones only when known). Decisions add their verdict
 * with copyWith: facts come in several shapes, which V8 copies far faster with Object.assign than with a spread.
 */
function factsOf(
    serviceName: string,
    deploymentName: string,
    d: Pick<InventoryDeployment, 'slot' | 'isVirtualMachine' | 'status' | 'privateId' | 'createdTime' | 'lastModifiedTime'>,
): Facts {
    const facts: Mutable<Facts> = { kind: 'deployment', serviceName, deploymentName, slot: d.slot, isVirtualMachine: d.isVirtualMachine };
    if (d.status !== undefined) facts.status = d.status;
    if (d.privateId !== undefined) facts.privateId = d.privateId;
    if (d.createdTime !== undefined) facts.createdTime = d.createdTime;
    if (d.lastModifiedTime !== undefined) facts.lastModifiedTime = d.lastModifiedTime;
    return facts;
}

function decideDeployment(
    service: InventoryService,
    d: InventoryDeployment,
    policy: CleanupPolicy,
    marks: ReadonlyMap<string, Mark>,
    now: number,
): DeploymentDecision {
    const facts = factsOf(service.serviceName, d.name, d);
    const c = classifyDeployment(service, d, policy, now);
    if (!c.eligible) {
        return copyWith(facts, { action: 'keep', reason: c.reason, detail: c.detail, ...(c.ageMs === undefined ? {} : { ageMs: c.ageMs }) });
    }
    const ageMs = c.ageMs;
    if (d.privateId === undefined || d.lastModifiedTime === undefined) {
        const detail = `${c.detail}, but no privateId and lastModifiedTime to recognise it by`;
        return copyWith(facts, { action: 'keep', reason: 'no-timestamp', ageMs, detail });
    }
    const deleteDisks = d.isVirtualMachine && policy.deleteDisks;
    const grace = policy.gracePeriod;
    if (grace.ms === 0) return copyWith(facts, { action: 'delete', reason: 'stale', ageMs, deleteDisks, detail: c.detail });

    const mark = marks.get(markKey(service.serviceName, d.name));
    const nowIso = new Date(now).toISOString();
    const endsAt = (from: number) => new Date(from + grace.ms).toISOString();
    if (mark === undefined) {
        const detail = `${c.detail}; grace period ${grace.text} starts, ends ${endsAt(now)}`;
        return copyWith(facts, { action: 'mark', reason: 'grace-started', ageMs, markedAt: nowIso, detail });
    }
    if (mark.privateId !== d.privateId || mark.lastModifiedTime !== d.lastModifiedTime) {
        const what =
            mark.privateId !== d.privateId
                ? 'redeployed (privateId differs)'
                : `modified (lastModifiedTime ${mark.lastModifiedTime} → ${d.lastModifiedTime})`;
        const detail = `${what} since marked at ${mark.markedAt}; grace period ${grace.text} restarts, ends ${endsAt(now)}`;
        return copyWith(facts, { action: 'mark', reason: 'grace-restarted', ageMs, markedAt: nowIso, detail });
    }
    const markedAt = Date.parse(mark.markedAt);
    const waited = Number.isNaN(markedAt) ? 0 : now - markedAt;
    if (waited < grace.ms) {
        const detail = `${c.detail}; marked at ${mark.markedAt}, grace period ${grace.text} ends ${endsAt(markedAt)}`;
        return copyWith(facts, { action: 'mark', reason: 'grace-pending', ageMs, markedAt: mark.markedAt, detail });
    }
    const detail = `${c.detail}; unchanged since marked at ${mark.markedAt} (${formatAge(waited)}), grace period ${grace.text} elapsed`;
    return copyWith(facts, { action: 'delete', reason: 'grace-elapsed', ageMs, deleteDisks, detail });
}

function decideService(service: InventoryService, deployments: readonly DeploymentDecision[], policy: CleanupPolicy): ServiceDecision | undefined {
    const empty = service.deployments.length === 0;
    // A service emptied by this plan is only mentioned when it may be deleted; one empty already, always.
    if (!empty && (!policy.deleteEmptyHostedServices || !deployments.every((d) => d.action === 'delete'))) return undefined;
    const base = { kind: 'service' as const, serviceName: service.serviceName };
    const state = empty ? 'has no deployments' : 'will have no deployments after this cleanup';
    const c = classifyService(service, policy);
    if (!c.selected) return { ...base, action: 'keep', reason: c.reason, detail: `${state}; ${c.detail}` };
    if (!policy.deleteEmptyHostedServices) {
        return { ...base, action: 'keep', reason: 'empty-services-disabled', detail: `${state}; deleteEmptyHostedServices is false` };
    }
    return { ...base, action: 'delete', reason: empty ? 'empty' : 'empty-after-cleanup', detail: state };
}

const byAgeThenName = (a: DeploymentDecision, b: DeploymentDecision): number =>
    (b.ageMs ?? 0) - (a.ageMs ?? 0) ||
    a.serviceName.localeCompare(b.serviceName) ||
    a.deploymentName.localeCompare(b.deploymentName);

/**
 * The cleanup planner, pure: every deployment of the inventory gets exactly one decision (keep, mark or delete) with
 * its reason, and a hosted service that is or will be empty gets one too. Deletions are limited to the budget
 * (default policy.maxDeletionsPerRun), oldest first, then empty services; the rest are kept with reason `breaker`.
 * Same inputs, same decisions, in inventory order (each service's deployments, then the service).
 */
export function plan(
    inventory: readonly InventoryService[],
    policy: CleanupPolicy,
    marks: readonly Mark[],
    now: number,
    options: PlanOptions = {},
): Decision[] {
    const markIndex = new Map(marks.map((m) => [markKey(m.serviceName, m.deploymentName), m]));
    const perService = inventory.map((s) => s.deployments.map((d) => decideDeployment(s, d, policy, markIndex, now)));
    let budget = Math.max(0, options.deletionBudget ?? policy.maxDeletionsPerRun);
    const ranked: DeploymentDecision[] = [];
    for (const decisions of perService) for (const d of decisions) if (d.action === 'delete') ranked.push(d);
    ranked.sort(byAgeThenName);
    const granted = new Set(ranked.slice(0, budget));
    budget -= granted.size;
    const limit = options.deletionBudget ?? policy.maxDeletionsPerRun;
    const out: Decision[] = [];
    inventory.forEach((service, i) => {
        const decided = (perService[i] ?? []).map((d): DeploymentDecision => {
            if (d.action !== 'delete' || granted.has(d)) return d;
            const detail = `maxDeletionsPerRun (${limit}) reached; would delete: ${d.detail}`;
            return copyWith(factsOf(d.serviceName, d.deploymentName, d), { action: 'keep', reason: 'breaker', ageMs: d.ageMs, detail });
        });
        out.push(...decided);
        let serviceDecision = decideService(service, decided, policy);
        if (serviceDecision?.action === 'delete') {
            if (budget > 0) budget--;
            else {
                const detail = `maxDeletionsPerRun (${limit}) reached; would delete: ${serviceDecision.detail}`;
                serviceDecision = { ...serviceDecision, action: 'keep', reason: 'breaker', detail };
            }
        }
        if (serviceDecision !== undefined) out.push(serviceDecision);
    });
    return out;
}
