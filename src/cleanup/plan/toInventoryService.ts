import type { HostedService } from '../../asm/models/hostedService';
import type { InventoryService } from './Inventory';

/** Maps getHostedServiceProperties(embedDetail: true) to what the planner reads. */
export function toInventoryService(service: HostedService): InventoryService {
    return {
        serviceName: service.serviceName,
        extendedProperties: service.hostedServiceProperties?.extendedProperties ?? {},
        deployments: (service.deployments ?? []).map((d) => ({
            name: d.name,
            slot: (d.deploymentSlot ?? '').toLowerCase(),
            ...(d.status === undefined ? {} : { status: d.status }),
            ...(d.privateId === undefined ? {} : { privateId: d.privateId }),
            ...(d.createdTime === undefined ? {} : { createdTime: d.createdTime }),
            ...(d.lastModifiedTime === undefined ? {} : { lastModifiedTime: d.lastModifiedTime }),
            extendedProperties: d.extendedProperties ?? {},
            isVirtualMachine: (d.roleList ?? []).some((r) => r.roleType === 'PersistentVMRole'),
        })),
    };
}
