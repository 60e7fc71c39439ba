import { extendedProperties, type Infer, s } from '../schema/schema';
import { label, RESOURCE_NAME_PATTERN } from './common';
import { publicIpSchema, roleSchema } from './role';

export const instanceEndpointSchema = s.object('InstanceEndpoint', {
    name: s.string('Name'),
    vip: s.string('Vip'),
    publicPort: s.int('PublicPort'),
    localPort: s.int('LocalPort'),
    protocol: s.string('Protocol'),
    idleTimeoutInMinutes: s.int('IdleTimeoutInMinutes'),
});

export const roleInstanceSchema = s.object('RoleInstance', {
    roleName: s.string('RoleName'),
    instanceName: s.string('InstanceName'),
    instanceStatus: s.string('InstanceStatus'),
    instanceUpgradeDomain: s.int('InstanceUpgradeDomain'),
    instanceFaultDomain: s.int('InstanceFaultDomain'),
    instanceSize: s.string('InstanceSize'),
    instanceStateDetails: s.string('InstanceStateDetails'),
    instanceErrorCode: s.string('InstanceErrorCode'),
    ipAddress: s.string('IpAddress'),
    instanceEndpoints: s.list('InstanceEndpoints', 'InstanceEndpoint', instanceEndpointSchema),
    powerState: s.string('PowerState'),
    hostName: s.string('HostName'),
    remoteAccessCertificateThumbprint: s.string('RemoteAccessCertificateThumbprint'),
    publicIps: s.list('PublicIPs', 'PublicIP', publicIpSchema),
});

export const upgradeStatusSchema = s.object('UpgradeStatus', {
    upgradeType: s.string('UpgradeType'),
    currentUpgradeDomainState: s.string('CurrentUpgradeDomainState'),
    currentUpgradeDomain: s.int('CurrentUpgradeDomain'),
});

/** Deployment-level endpoints of package (PaaS) deployments. */
export const deploymentInputEndpointSchema = s.object('InputEndpoint', {
    roleName: s.string('RoleName'),
    vip: s.string('Vip'),
    port: s.int('Port'),
});

export const dnsServerSchema = s.object('DnsServer', {
    name: s.string('Name', { required: true, maxLength: 64 }),
    address: s.string('Address', { required: true, maxLength: 45 }),
});

/** `<Dns><DnsServers><DnsServer/>…</DnsServers></Dns>`, in deployments and VM deployment requests alike. */
export const dnsSchema = s.object('Dns', {
    dnsServers: s.list('DnsServers', 'DnsServer', dnsServerSchema, { maxItems: 20 }),
});

/** Python calls this `persistent_vm_downtime_info`; the element ASM sends is `<PersistentVMDowntime>`. */
export const persistentVmDowntimeSchema = s.object('PersistentVMDowntime', {
    startTime: s.string('StartTime', { format: 'date-time' }),
    endTime: s.string('EndTime', { format: 'date-time' }),
    status: s.string('Status'),
});

export const virtualIpSchema = s.object('VirtualIP', {
    address: s.string('Address'),
    isDnsProgrammed: s.bool('IsDnsProgrammed'),
    name: s.string('Name'),
    isReserved: s.bool('IsReserved'),
    reservedIpName: s.string('ReservedIPName'),
    type: s.string('Type'),
});

export const loadBalancerSchema = s.object('LoadBalancer', {
    name: s.string('Name'),
    frontendIpConfiguration: s.object('FrontendIpConfiguration', {
        type: s.string('Type'),
        subnetName: s.string('SubnetName'),
        staticVirtualNetworkIpAddress: s.string('StaticVirtualNetworkIPAddress'),
    }),
});

/** A deployment as GET …/deploymentslots/{slot}, GET …/deployments/{name} and embed-detail return it. */
export const deploymentSchema = s.object('Deployment', {
    name: s.string('Name', { required: true }),
    deploymentSlot: s.string('DeploymentSlot'),
    privateId: s.string('PrivateID'),
    status: s.string('Status'),
    label: label(),
    url: s.string('Url'),
    configuration: s.string('Configuration', { base64: true }),
    roleInstanceList: s.list('RoleInstanceList', 'RoleInstance', roleInstanceSchema),
    upgradeStatus: upgradeStatusSchema,
    upgradeDomainCount: s.int('UpgradeDomainCount'),
    roleList: s.list('RoleList', 'Role', roleSchema),
    sdkVersion: s.string('SdkVersion'),
    inputEndpointList: s.list('InputEndpointList', 'InputEndpoint', deploymentInputEndpointSchema),
    locked: s.bool('Locked'),
    rollbackAllowed: s.bool('RollbackAllowed'),
    createdTime: s.string('CreatedTime', { format: 'date-time' }),
    lastModifiedTime: s.string('LastModifiedTime', { format: 'date-time' }),
    virtualNetworkName: s.string('VirtualNetworkName'),
    dns: dnsSchema,
    extendedProperties: extendedProperties(),
    persistentVmDowntimeInfo: persistentVmDowntimeSchema,
    virtualIps: s.list('VirtualIPs', 'VirtualIP', virtualIpSchema),
    internalDnsSuffix: s.string('InternalDnsSuffix'),
    reservedIpName: s.string('ReservedIPName'),
    loadBalancers: s.list('LoadBalancers', 'LoadBalancer', loadBalancerSchema),
});

export const deploymentDocument = s.document('Deployment', deploymentSchema.fields);

export type Deployment = Infer<typeof deploymentSchema>;
export type RoleInstance = Infer<typeof roleInstanceSchema>;

// ---- request bodies of package (cloud service) deployments ------------------------------------------------------

/** `.cscfg` text; base64 on the wire (Python's callers pass it encoded; the model holds the decoded XML). */
const configuration = (required: boolean) =>
    s.string('Configuration', { base64: true, maxLength: 4 * 1024 * 1024, ...(required ? { required: true as const } : {}) });

/** Body of create_deployment(service_name, deployment_slot, name, package_url, label, configuration, …). */
export const createDeploymentRequest = s.document('CreateDeployment', {
    name: s.string('Name', { required: true, pattern: RESOURCE_NAME_PATTERN, minLength: 1, maxLength: 63 }),
    packageUrl: s.string('PackageUrl', { required: true, format: 'uri' }),
    label: label(true),
    configuration: configuration(true),
    startDeployment: s.bool('StartDeployment'),
    treatWarningsAsError: s.bool('TreatWarningsAsError'),
    extendedProperties: extendedProperties(),
});

export const updateDeploymentStatusRequest = s.document('UpdateDeploymentStatus', {
    status: s.string('Status', { required: true, enum: ['Running', 'Suspended'] }),
});

/** Body of change_deployment_configuration(…, configuration, treat_warnings_as_error=False, mode='Auto', …). */
export const changeConfigurationRequest = s.document('ChangeConfiguration', {
    configuration: configuration(true),
    treatWarningsAsError: s.bool('TreatWarningsAsError'),
    mode: s.string('Mode', { enum: ['Auto', 'Manual', 'Simultaneous'] }),
    extendedProperties: extendedProperties(),
});

/** Body of swap_deployment(service_name, production, source_deployment): deployment names. */
export const swapDeploymentRequest = s.document('Swap', {
    production: s.string('Production', { required: true, pattern: RESOURCE_NAME_PATTERN, maxLength: 63 }),
    sourceDeployment: s.string('SourceDeployment', { required: true, pattern: RESOURCE_NAME_PATTERN, maxLength: 63 }),
});
