import { type Infer, s } from '../schema/schema';
import { plainLabel } from './common';

export const roleSizeSchema = s.object('RoleSize', {
    name: s.string('Name', { required: true }),
    label: plainLabel(),
    cores: s.int('Cores'),
    memoryInMb: s.int('MemoryInMb'),
    supportedByWebWorkerRoles: s.bool('SupportedByWebWorkerRoles'),
    supportedByVirtualMachines: s.bool('SupportedByVirtualMachines'),
    maxDataDiskCount: s.int('MaxDataDiskCount'),
    webWorkerResourceDiskSizeInMb: s.int('WebWorkerResourceDiskSizeInMb'),
    virtualMachineResourceDiskSizeInMb: s.int('VirtualMachineResourceDiskSizeInMb'),
});

export const roleSizesDocument = s.listDocument('RoleSizes', 'RoleSize', roleSizeSchema);

export type RoleSize = Infer<typeof roleSizeSchema>;
