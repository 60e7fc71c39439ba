import type { InventoryDeployment, InventoryService } from '../../../src/cleanup/plan/Inventory';
import type { Mark } from '../../../src/cleanup/plan/Mark';
import type { CleanupPolicy } from '../../../src/cleanup/policy/CleanupPolicy';
import { parseCleanupPolicy } from '../../../src/cleanup/policy/parseCleanupPolicy';

export const NOW = Date.parse('2026-01-10T00:00:00Z');
export const DAY = 86_400_000;

/** An ISO time `days` before NOW (fractions allowed). */
export const ago = (days: number): string => new Date(NOW - days * DAY).toISOString();

export const policy = (overrides: Record<string, unknown> = {}): CleanupPolicy => parseCleanupPolicy(overrides, 'test');

export interface DepSpec {
    readonly slot?: string;
    /** Days since lastModifiedTime (and createdTime unless `createdDays`). */
    readonly days?: number;
    readonly createdDays?: number;
    readonly status?: string;
    readonly props?: Record<string, string>;
    readonly vm?: boolean;
    readonly privateId?: string;
    readonly noTimes?: boolean;
}

export function dep(name: string, spec: DepSpec = {}): InventoryDeployment {
    const days = spec.days ?? 30;
    return {
        name,
        slot: spec.slot ?? 'staging',
        status: spec.status ?? 'Running',
        privateId: spec.privateId ?? `pid-${name}`,
        ...(spec.noTimes ? {} : { createdTime: ago(spec.createdDays ?? days), lastModifiedTime: ago(days) }),
        extendedProperties: spec.props ?? {},
        isVirtualMachine: spec.vm ?? false,
    };
}

export function svc(serviceName: string, deployments: readonly InventoryDeployment[], props: Record<string, string> = {}): InventoryService {
    return { serviceName, extendedProperties: props, deployments };
}

export function markOf(serviceName: string, d: InventoryDeployment, markedDaysAgo: number, changes: Partial<Mark> = {}): Mark {
    return {
        serviceName,
        deploymentName: d.name,
        privateId: d.privateId ?? '',
        lastModifiedTime: d.lastModifiedTime ?? '',
        markedAt: ago(markedDaysAgo),
        runId: 'earlier-run',
        ...changes,
    };
}
