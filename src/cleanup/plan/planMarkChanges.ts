import type { Decision } from './Decision';
import type { InventoryService } from './Inventory';
import type { Mark } from './Mark';
import { markKey } from './markKey';

export interface MarkChanges {
    /** Marks to write (a grace period starts or restarts). */
    readonly set: readonly Mark[];
    /** Marks to remove: the deployment is gone, or is kept for a reason other than the breaker. */
    readonly clear: readonly Pick<Mark, 'serviceName' | 'deploymentName'>[];
}

/**
 * What a plan changes in the marks table, pure. A deployment to delete keeps its mark until it is actually deleted
 * (the executor clears it then); a `breaker` keeps it too (it was eligible, only the run was full).
 */
export function planMarkChanges(
    inventory: readonly InventoryService[],
    decisions: readonly Decision[],
    marks: readonly Mark[],
    runId: string,
): MarkChanges {
    const existing = new Map(marks.map((m) => [markKey(m.serviceName, m.deploymentName), m]));
    const set: Mark[] = [];
    const clear: Pick<Mark, 'serviceName' | 'deploymentName'>[] = [];
    const seen = new Set<string>();
    for (const d of decisions) {
        if (d.kind !== 'deployment') continue;
        const key = markKey(d.serviceName, d.deploymentName);
        seen.add(key);
        if (d.action === 'mark' && d.reason !== 'grace-pending' && d.privateId !== undefined && d.lastModifiedTime !== undefined) {
            const { serviceName, deploymentName, privateId, lastModifiedTime, markedAt } = d;
            set.push({ serviceName, deploymentName, privateId, lastModifiedTime, markedAt, runId });
        } else if (d.action === 'keep' && d.reason !== 'breaker' && existing.has(key)) {
            clear.push({ serviceName: d.serviceName, deploymentName: d.deploymentName });
        }
    }
    const services = new Set(inventory.map((s) => s.serviceName.toLowerCase()));
    for (const [key, m] of existing) {
        if (!seen.has(key) && services.has(m.serviceName.toLowerCase())) clear.push({ serviceName: m.serviceName, deploymentName: m.deploymentName });
    }
    return { set, clear };
}
