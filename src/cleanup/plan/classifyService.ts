import type { CleanupPolicy } from '../policy/CleanupPolicy';
import { firstMatchingGlob } from './firstMatchingGlob';
import { hasProtectionMarker } from './hasProtectionMarker';
import type { InventoryService } from './Inventory';

export type ServiceClassification =
    | { readonly selected: false; readonly reason: 'protected-service' | 'excluded' | 'not-included'; readonly detail: string }
    | { readonly selected: true };

/** The service-level filters, in order: protection marker, exclude.services, include.services. */
export function classifyService(service: InventoryService, policy: CleanupPolicy): ServiceClassification {
    const { name, value } = policy.protectionMarker;
    if (hasProtectionMarker(service.extendedProperties, policy.protectionMarker)) {
        return { selected: false, reason: 'protected-service', detail: `hosted service ${service.serviceName} carries ${name}=${value}` };
    }
    const excludedBy = firstMatchingGlob(service.serviceName, policy.exclude.services);
    if (excludedBy !== undefined) {
        return { selected: false, reason: 'excluded', detail: `service name ${service.serviceName} matches exclude.services "${excludedBy}"` };
    }
    if (firstMatchingGlob(service.serviceName, policy.include.services) === undefined) {
        return { selected: false, reason: 'not-included', detail: `service name ${service.serviceName} matches no include.services pattern` };
    }
    return { selected: true };
}
