import { type Infer, s } from '../schema/schema';

/** Role sizes offered, in a location and (in list responses) in a cloud service. */
export const computeCapabilitiesSchema = s.object('ComputeCapabilities', {
    webWorkerRoleSizes: s.list('WebWorkerRoleSizes', 'RoleSize', s.string('RoleSize')),
    virtualMachinesRoleSizes: s.list('VirtualMachinesRoleSizes', 'RoleSize', s.string('RoleSize')),
});

export const storageCapabilitiesSchema = s.object('StorageCapabilities', {
    storageAccountTypes: s.list('StorageAccountTypes', 'StorageAccountType', s.string('StorageAccountType')),
});

export const locationSchema = s.object('Location', {
    name: s.string('Name', { required: true }),
    displayName: s.string('DisplayName'),
    availableServices: s.list('AvailableServices', 'AvailableService', s.string('AvailableService')),
    computeCapabilities: computeCapabilitiesSchema,
    storageCapabilities: storageCapabilitiesSchema,
});

export const locationsDocument = s.listDocument('Locations', 'Location', locationSchema);

export type Location = Infer<typeof locationSchema>;
export type ComputeCapabilities = Infer<typeof computeCapabilitiesSchema>;
