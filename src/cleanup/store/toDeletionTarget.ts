import type { DeletionTarget } from '../plan/DeletionTarget';
import type { ItemRecord } from './ItemRecord';

/** The identity a stored delete item must still have when it is executed; undefined if the item cannot say. */
export function toDeletionTarget(item: ItemRecord): DeletionTarget | undefined {
    if (item.kind === 'service') return { kind: 'service', serviceName: item.serviceName };
    if (item.deploymentName === undefined || item.slot === undefined || item.privateId === undefined || item.lastModifiedTime === undefined) return undefined;
    return {
        kind: 'deployment',
        serviceName: item.serviceName,
        deploymentName: item.deploymentName,
        slot: item.slot,
        privateId: item.privateId,
        lastModifiedTime: item.lastModifiedTime,
        deleteDisks: item.deleteDisks === true,
    };
}
