import { extendedProperties, s } from '../schema/schema';
import { label } from './common';

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
    instanceEndpoints: s.list(
        'InstanceEndpoints',
        'InstanceEndpoint',
        s.object('InstanceEndpoint', {
            name: s.string('Name'),
            vip: s.string('Vip'),
            publicPort: s.int('PublicPort'),
            localPort: s.int('LocalPort'),
            protocol: s.string('Protocol'),
        }),
    ),
    powerState: s.string('PowerState'),
    hostName: s.string('HostName'),
    remoteAccessCertificateThumbprint: s.string('RemoteAccessCertificateThumbprint'),
});

// NOTE: the deployment schema below is completed alongside the deployment operations.
export const deploymentSchema = s.object('Deployment', {
    name: s.string('Name', { required: true }),
    deploymentSlot: s.string('DeploymentSlot'),
    privateId: s.string('PrivateID'),
    status: s.string('Status'),
    label: label(),
    url: s.string('Url'),
    configuration: s.string('Configuration', { base64: true }),
    roleInstanceList: s.list('RoleInstanceList', 'RoleInstance', roleInstanceSchema),
    upgradeDomainCount: s.int('UpgradeDomainCount'),
    sdkVersion: s.string('SdkVersion'),
    locked: s.bool('Locked'),
    rollbackAllowed: s.bool('RollbackAllowed'),
    createdTime: s.string('CreatedTime', { format: 'date-time' }),
    lastModifiedTime: s.string('LastModifiedTime', { format: 'date-time' }),
    extendedProperties: extendedProperties(),
});
