import { formatAge } from '../policy/formatAge';
import { describeItem } from '../run/describeItem';
import type { ItemRecord } from '../store/ItemRecord';

/** A plan item as the HTTP API shows it. */
export function itemView(item: ItemRecord): Record<string, unknown> {
    return {
        target: describeItem(item),
        kind: item.kind,
        serviceName: item.serviceName,
        ...(item.deploymentName === undefined ? {} : { deploymentName: item.deploymentName }),
        ...(item.slot === undefined ? {} : { slot: item.slot }),
        ...(item.status === undefined ? {} : { status: item.status }),
        ...(item.isVirtualMachine === undefined ? {} : { virtualMachine: item.isVirtualMachine }),
        action: item.action,
        reason: item.reason,
        detail: item.detail,
        ...(item.ageMs === undefined ? {} : { age: formatAge(item.ageMs), ageMs: item.ageMs }),
        ...(item.deleteDisks === undefined ? {} : { deleteDisks: item.deleteDisks }),
        ...(item.markedAt === undefined ? {} : { markedAt: item.markedAt }),
        outcome: item.outcome,
        ...(item.outcomeDetail === undefined ? {} : { outcomeDetail: item.outcomeDetail }),
        ...(item.requestId === undefined ? {} : { requestId: item.requestId }),
        ...(item.privateId === undefined ? {} : { privateId: item.privateId }),
        ...(item.createdTime === undefined ? {} : { createdTime: item.createdTime }),
        ...(item.lastModifiedTime === undefined ? {} : { lastModifiedTime: item.lastModifiedTime }),
    };
}
