import type { Decision } from '../plan/Decision';
import type { ItemRecord } from './ItemRecord';
import { itemKeys } from './itemKeys';

/** A planner decision as a stored item: deletions start `pending`, everything else has no outcome. */
export function toItemRecord(decision: Decision, seq: number, at: string): ItemRecord {
    const common = {
        serviceName: decision.serviceName,
        action: decision.action,
        reason: decision.reason,
        detail: decision.detail,
        seq,
        outcome: decision.action === 'delete' ? ('pending' as const) : ('none' as const),
        attempts: 0,
        updatedAt: at,
    };
    if (decision.kind === 'service') return { key: itemKeys.service(decision.serviceName), kind: 'service', ...common };
    return {
        key: itemKeys.deployment(decision.serviceName, decision.deploymentName),
        kind: 'deployment',
        ...common,
        deploymentName: decision.deploymentName,
        slot: decision.slot,
        isVirtualMachine: decision.isVirtualMachine,
        ...(decision.status === undefined ? {} : { status: decision.status }),
        ...(decision.privateId === undefined ? {} : { privateId: decision.privateId }),
        ...(decision.createdTime === undefined ? {} : { createdTime: decision.createdTime }),
        ...(decision.lastModifiedTime === undefined ? {} : { lastModifiedTime: decision.lastModifiedTime }),
        ...(decision.ageMs === undefined ? {} : { ageMs: decision.ageMs }),
        ...(decision.action === 'delete' ? { deleteDisks: decision.deleteDisks } : {}),
        ...(decision.action === 'mark' ? { markedAt: decision.markedAt } : {}),
    };
}
