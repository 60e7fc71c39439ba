import { type Infer, s } from '../schema/schema';
import { DEPLOYMENT_SLOTS, HOST_CACHING, IMAGE_NAME_PATTERN, OS_TYPES, plainLabel, RESOURCE_NAME_PATTERN } from './common';
import { dnsSchema } from './deployment';
import { loadBalancerProbeSchema } from './role';

/**
 * The request side of virtual machines: the `<Deployment>` document create_virtual_machine_deployment sends, and
 * the bodies of the role operations. Keys follow the Python parameter names where one exists; the nesting follows
 * the XML (Python's `system_config` and `network_config` are both `<ConfigurationSet>`s of `configurationSets`).
 */

const name = (xml: string, maxLength = 63) =>
    s.string(xml, { required: true, pattern: RESOURCE_NAME_PATTERN, minLength: 1, maxLength });

const keyPath = s.object('PublicKey', {
    fingerprint: s.string('Fingerprint', { required: true, pattern: '^[0-9A-Fa-f]{40}$' }),
    path: s.string('Path', { required: true, maxLength: 512 }),
});

export const sshSchema = s.object('SSH', {
    publicKeys: s.list('PublicKeys', 'PublicKey', keyPath),
    keyPairs: s.list('KeyPairs', 'KeyPair', keyPath),
});

export const domainJoinSchema = s.object('DomainJoin', {
    credentials: s.object('Credentials', {
        domain: s.string('Domain'),
        username: s.string('Username', { required: true }),
        password: s.string('Password', { required: true }),
    }),
    joinDomain: s.string('JoinDomain'),
    machineObjectOu: s.string('MachineObjectOU'),
});

export const certificateSettingSchema = s.object('CertificateSetting', {
    storeLocation: s.string('StoreLocation', { required: true, enum: ['LocalMachine'] }),
    storeName: s.string('StoreName', { required: true }),
    thumbprint: s.string('Thumbprint', { required: true, pattern: '^[0-9A-Fa-f]{40}$' }),
});

export const winRmSchema = s.object('WinRM', {
    listeners: s.list(
        'Listeners',
        'Listener',
        s.object('Listener', {
            protocol: s.string('Protocol', { required: true, enum: ['Http', 'Https'] }),
            certificateThumbprint: s.string('CertificateThumbprint', { pattern: '^[0-9A-Fa-f]{40}$' }),
        }),
    ),
});

export const additionalUnattendContentSchema = s.object('AdditionalUnattendContent', {
    passes: s.list(
        'Passes',
        'UnattendPass',
        s.object('UnattendPass', {
            passName: s.string('PassName', { required: true }),
            components: s.list(
                'Components',
                'UnattendComponent',
                s.object('UnattendComponent', {
                    componentName: s.string('ComponentName', { required: true }),
                    componentSettings: s.list(
                        'ComponentSettings',
                        'ComponentSetting',
                        s.object('ComponentSetting', {
                            settingName: s.string('SettingName', { required: true }),
                            content: s.string('Content', { base64: true }),
                        }),
                    ),
                }),
            ),
        }),
    ),
});

export const inputEndpointRequestSchema = s.object('InputEndpoint', {
    loadBalancedEndpointSetName: s.string('LoadBalancedEndpointSetName', { maxLength: 63 }),
    localPort: s.int('LocalPort', { required: true, minimum: 1, maximum: 65535 }),
    name: s.string('Name', { required: true, minLength: 1, maxLength: 63 }),
    port: s.int('Port', { minimum: 1, maximum: 65535 }),
    loadBalancerProbe: loadBalancerProbeSchema,
    protocol: s.string('Protocol', { required: true, pattern: '^([Tt][Cc][Pp]|[Uu][Dd][Pp])$' }),
    enableDirectServerReturn: s.bool('EnableDirectServerReturn'),
    idleTimeoutInMinutes: s.int('IdleTimeoutInMinutes', { minimum: 4, maximum: 30 }),
});

/**
 * One `<ConfigurationSet>`: Linux provisioning, Windows provisioning or network, told apart by
 * `configurationSetType`. The fields of the three kinds never mix, so one ordered union writes each kind in the
 * order Python (and ASM) use.
 */
export const configurationSetRequestSchema = s.object('ConfigurationSet', {
    configurationSetType: s.string('ConfigurationSetType', {
        required: true,
        enum: ['LinuxProvisioningConfiguration', 'WindowsProvisioningConfiguration', 'NetworkConfiguration'],
    }),
    // LinuxProvisioningConfiguration
    hostName: s.string('HostName', { minLength: 1, maxLength: 64 }),
    userName: s.string('UserName', { minLength: 1, maxLength: 64 }),
    userPassword: s.string('UserPassword', { minLength: 6, maxLength: 72 }),
    disableSshPasswordAuthentication: s.bool('DisableSshPasswordAuthentication'),
    ssh: sshSchema,
    // WindowsProvisioningConfiguration
    computerName: s.string('ComputerName', { minLength: 1, maxLength: 15 }),
    adminPassword: s.string('AdminPassword', { minLength: 8, maxLength: 123 }),
    resetPasswordOnFirstLogon: s.bool('ResetPasswordOnFirstLogon'),
    enableAutomaticUpdates: s.bool('EnableAutomaticUpdates'),
    timeZone: s.string('TimeZone'),
    domainJoin: domainJoinSchema,
    storedCertificateSettings: s.list('StoredCertificateSettings', 'CertificateSetting', certificateSettingSchema),
    winRm: winRmSchema,
    adminUsername: s.string('AdminUsername', { minLength: 1, maxLength: 20 }),
    // both provisioning kinds
    customData: s.string('CustomData', { base64: true, maxLength: 65535 }),
    additionalUnattendContent: additionalUnattendContentSchema,
    // NetworkConfiguration
    inputEndpoints: s.list('InputEndpoints', 'InputEndpoint', inputEndpointRequestSchema, { maxItems: 150 }),
    subnetNames: s.list('SubnetNames', 'SubnetName', s.string('SubnetName', { minLength: 1 })),
    staticVirtualNetworkIpAddress: s.string('StaticVirtualNetworkIPAddress'),
    publicIps: s.list(
        'PublicIPs',
        'PublicIP',
        s.object('PublicIP', {
            name: s.string('Name', { required: true }),
            idleTimeoutInMinutes: s.int('IdleTimeoutInMinutes', { minimum: 4, maximum: 30 }),
        }),
    ),
});

export const resourceExtensionReferenceSchema = s.object('ResourceExtensionReference', {
    referenceName: s.string('ReferenceName', { required: true }),
    publisher: s.string('Publisher', { required: true }),
    name: s.string('Name', { required: true }),
    version: s.string('Version', { required: true }),
    resourceExtensionParameterValues: s.list(
        'ResourceExtensionParameterValues',
        'ResourceExtensionParameterValue',
        s.object('ResourceExtensionParameterValue', {
            key: s.string('Key', { required: true }),
            value: s.string('Value'),
            type: s.string('Type', { enum: ['Public', 'Private'] }),
        }),
    ),
    state: s.string('State', { enum: ['Enable', 'Disable', 'Uninstall'] }),
});

export const dataVirtualHardDiskRequestSchema = s.object('DataVirtualHardDisk', {
    hostCaching: s.string('HostCaching', { enum: HOST_CACHING }),
    diskLabel: s.string('DiskLabel'),
    diskName: s.string('DiskName'),
    lun: s.int('Lun', { minimum: 0, maximum: 63 }),
    logicalDiskSizeInGb: s.int('LogicalDiskSizeInGB', { minimum: 1, maximum: 4095 }),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    sourceMediaLink: s.string('SourceMediaLink', { format: 'uri' }),
});

export const osVirtualHardDiskRequestSchema = s.object('OSVirtualHardDisk', {
    hostCaching: s.string('HostCaching', { enum: HOST_CACHING }),
    diskLabel: s.string('DiskLabel'),
    diskName: s.string('DiskName'),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    sourceImageName: s.string('SourceImageName', { pattern: IMAGE_NAME_PATTERN }),
    os: s.string('OS', { enum: OS_TYPES }),
    remoteSourceImageLink: s.string('RemoteSourceImageLink', { format: 'uri' }),
});

/** A role of a VM deployment: `osVirtualHardDisk` (from an OS image or VHD) or `vmImageName` (from a VM image). */
export const roleRequestSchema = s.object('Role', {
    roleName: name('RoleName'),
    roleType: s.string('RoleType', { enum: ['PersistentVMRole'] }),
    configurationSets: s.list('ConfigurationSets', 'ConfigurationSet', configurationSetRequestSchema),
    resourceExtensionReferences: s.list(
        'ResourceExtensionReferences',
        'ResourceExtensionReference',
        resourceExtensionReferenceSchema,
    ),
    vmImageName: s.string('VMImageName', { pattern: IMAGE_NAME_PATTERN, maxLength: 512 }),
    mediaLocation: s.string('MediaLocation', { format: 'uri' }),
    availabilitySetName: s.string('AvailabilitySetName', { maxLength: 63 }),
    dataVirtualHardDisks: s.list('DataVirtualHardDisks', 'DataVirtualHardDisk', dataVirtualHardDiskRequestSchema),
    osVirtualHardDisk: osVirtualHardDiskRequestSchema,
    roleSize: s.string('RoleSize', { maxLength: 64 }),
    provisionGuestAgent: s.bool('ProvisionGuestAgent'),
});

/**
 * Body of create_virtual_machine_deployment: a `<Deployment>` with a RoleList. Its `<Label>` is plain text (Python
 * sends it unencoded and ASM accepts it), unlike the base64 labels elsewhere.
 */
export const virtualMachineDeploymentRequest = s.document('Deployment', {
    deploymentName: name('Name'),
    deploymentSlot: s.string('DeploymentSlot', { required: true, enum: DEPLOYMENT_SLOTS }),
    label: plainLabel(true),
    roleList: s.list('RoleList', 'Role', roleRequestSchema, { required: true }),
    virtualNetworkName: s.string('VirtualNetworkName', { maxLength: 64 }),
    dns: dnsSchema,
    reservedIpName: s.string('ReservedIPName', { maxLength: 64 }),
});

// ---- role operations: POST …/roleinstances/{roleName}/Operations, told apart by the body's root element -------

/** OperationType: a one-value enum, pinned by the operation's requestConstants (see OperationSpec.ts). */
const operationType = <const T extends string>(value: T) =>
    s.string('OperationType', { required: true, enum: [value] as const });

export const shutdownRoleRequest = s.document('ShutdownRoleOperation', {
    operationType: operationType('ShutdownRoleOperation'),
    postShutdownAction: s.string('PostShutdownAction', { enum: ['Stopped', 'StoppedDeallocated'] }),
});

export const startRoleRequest = s.document('StartRoleOperation', {
    operationType: operationType('StartRoleOperation'),
});

export const restartRoleRequest = s.document('RestartRoleOperation', {
    operationType: operationType('RestartRoleOperation'),
});

export type VirtualMachineDeploymentRequest = Infer<typeof virtualMachineDeploymentRequest>;
export type ConfigurationSetRequest = Infer<typeof configurationSetRequestSchema>;
export type RoleRequest = Infer<typeof roleRequestSchema>;
