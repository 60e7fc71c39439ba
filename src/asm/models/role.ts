import { type Infer, s } from '../schema/schema';

/**
 * A role as ASM describes it inside a `<Deployment>` (`<RoleList><Role i:type="PersistentVMRole">…`): the
 * response side. The request side (what createVirtualMachineDeployment sends) is in virtualMachine.ts.
 */

export const loadBalancerProbeSchema = s.object('LoadBalancerProbe', {
    path: s.string('Path'),
    port: s.int('Port', { minimum: 1, maximum: 65535 }),
    protocol: s.string('Protocol'),
});

export const inputEndpointSchema = s.object('InputEndpoint', {
    loadBalancedEndpointSetName: s.string('LoadBalancedEndpointSetName'),
    localPort: s.int('LocalPort'),
    name: s.string('Name'),
    port: s.int('Port'),
    loadBalancerProbe: loadBalancerProbeSchema,
    protocol: s.string('Protocol'),
    vip: s.string('Vip'),
    enableDirectServerReturn: s.bool('EnableDirectServerReturn'),
    idleTimeoutInMinutes: s.int('IdleTimeoutInMinutes'),
});

export const publicIpSchema = s.object('PublicIP', {
    name: s.string('Name'),
    address: s.string('Address'),
    idleTimeoutInMinutes: s.int('IdleTimeoutInMinutes'),
});

/** A configuration set as ASM returns it: only network sets come back (provisioning sets hold passwords). */
export const configurationSetSchema = s.object(
    'ConfigurationSet',
    {
        configurationSetType: s.string('ConfigurationSetType'),
        inputEndpoints: s.list('InputEndpoints', 'InputEndpoint', inputEndpointSchema),
        subnetNames: s.list('SubnetNames', 'SubnetName', s.string('SubnetName')),
        staticVirtualNetworkIpAddress: s.string('StaticVirtualNetworkIPAddress'),
        publicIps: s.list('PublicIPs', 'PublicIP', publicIpSchema),
    },
    { xsiType: { field: 'configurationSetType', map: { NetworkConfiguration: 'NetworkConfigurationSet' } } },
);

export const dataVirtualHardDiskSchema = s.object('DataVirtualHardDisk', {
    hostCaching: s.string('HostCaching'),
    diskLabel: s.string('DiskLabel'),
    diskName: s.string('DiskName'),
    lun: s.int('Lun'),
    logicalDiskSizeInGb: s.int('LogicalDiskSizeInGB'),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    sourceMediaLink: s.string('SourceMediaLink', { format: 'uri' }),
    ioType: s.string('IOType'),
});

export const osVirtualHardDiskSchema = s.object('OSVirtualHardDisk', {
    hostCaching: s.string('HostCaching'),
    diskLabel: s.string('DiskLabel'),
    diskName: s.string('DiskName'),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    sourceImageName: s.string('SourceImageName'),
    os: s.string('OS'),
    remoteSourceImageLink: s.string('RemoteSourceImageLink', { format: 'uri' }),
    ioType: s.string('IOType'),
});

export const roleSchema = s.object(
    'Role',
    {
        roleName: s.string('RoleName', { required: true }),
        osVersion: s.string('OsVersion'),
        roleType: s.string('RoleType'),
        configurationSets: s.list('ConfigurationSets', 'ConfigurationSet', configurationSetSchema),
        vmImageName: s.string('VMImageName'),
        availabilitySetName: s.string('AvailabilitySetName'),
        dataVirtualHardDisks: s.list('DataVirtualHardDisks', 'DataVirtualHardDisk', dataVirtualHardDiskSchema),
        osVirtualHardDisk: osVirtualHardDiskSchema,
        roleSize: s.string('RoleSize'),
        defaultWinRmCertificateThumbprint: s.string('DefaultWinRmCertificateThumbprint'),
    },
    { xsiType: { field: 'roleType', map: { PersistentVMRole: 'PersistentVMRole' } } },
);

export type Role = Infer<typeof roleSchema>;
export type ConfigurationSet = Infer<typeof configurationSetSchema>;
export type OSVirtualHardDisk = Infer<typeof osVirtualHardDiskSchema>;
export type DataVirtualHardDisk = Infer<typeof dataVirtualHardDiskSchema>;
