import type { Deployment, RoleInstance } from '../../../asm/models/deployment';
import type { Role } from '../../../asm/models/role';
import type { DeploymentRecord, HostedServiceRecord, RoleInstanceRecord, RoleRecord } from '../store/records';
import { deploymentUrl } from './urls';

/** A deployment as ASM answers it (GET by slot or name, and inside an embed-detail hosted service). */
export function deploymentView(service: HostedServiceRecord, deployment: DeploymentRecord): Deployment {
    const vm = deployment.kind === 'vm';
    return {
        name: deployment.name,
        deploymentSlot: deployment.slot,
        privateId: deployment.privateId,
        status: deployment.status,
        label: deployment.label,
        url: deploymentUrl(service.name, deployment),
        configuration: deployment.configuration,
        roleInstanceList: deployment.roleInstances.map((i) => roleInstanceView(deployment, i)),
        upgradeDomainCount: deployment.upgradeDomainCount,
        roleList: deployment.roles.map((r) => roleView(deployment, r)),
        sdkVersion: deployment.sdkVersion ?? '',
        locked: false,
        rollbackAllowed: false,
        createdTime: deployment.createdTime,
        lastModifiedTime: deployment.lastModifiedTime,
        extendedProperties: { ...deployment.extendedProperties },
        virtualIps: [
            {
                address: deployment.virtualIp,
                isDnsProgrammed: true,
                name: vm ? `${service.name}ContractContract` : '__PseudoBackEndContractVip',
            },
        ],
        ...(deployment.internalDnsSuffix === undefined ? {} : { internalDnsSuffix: deployment.internalDnsSuffix }),
        loadBalancers: [],
    };
}

function roleInstanceView(deployment: DeploymentRecord, i: RoleInstanceRecord): RoleInstance {
    const endpoints = deployment.roles.find((r) => r.roleName === i.roleName)?.vm?.endpoints ?? [];
    return {
        roleName: i.roleName,
        instanceName: i.instanceName,
        instanceStatus: i.instanceStatus,
        instanceUpgradeDomain: i.upgradeDomain,
        instanceFaultDomain: i.faultDomain,
        instanceSize: i.instanceSize,
        instanceStateDetails: '',
        ipAddress: i.ipAddress,
        ...(endpoints.length === 0
            ? {}
            : {
                  instanceEndpoints: endpoints.map((e) => ({
                      name: e.name,
                      vip: deployment.virtualIp,
                      publicPort: e.port,
                      localPort: e.localPort,
                      protocol: e.protocol,
                      idleTimeoutInMinutes: 4,
                  })),
              }),
        powerState: i.powerState,
        ...(i.hostName === undefined ? {} : { hostName: i.hostName }),
    };
}

/** Only network configuration sets come back (provisioning sets hold credentials). */
function roleView(deployment: DeploymentRecord, r: RoleRecord): Role {
    const network = {
        configurationSetType: 'NetworkConfiguration',
        ...(r.vm === undefined || r.vm.endpoints.length === 0
            ? {}
            : {
                  inputEndpoints: r.vm.endpoints.map((e) => ({
                      localPort: e.localPort,
                      name: e.name,
                      port: e.port,
                      protocol: e.protocol,
                      vip: deployment.virtualIp,
                      enableDirectServerReturn: false,
                      idleTimeoutInMinutes: 4,
                  })),
              }),
        subnetNames: [],
    };
    if (r.vm === undefined) return { roleName: r.roleName, osVersion: r.osVersion ?? '', configurationSets: [network] };
    const disk = r.vm.osDisk;
    return {
        roleName: r.roleName,
        osVersion: r.osVersion ?? '',
        roleType: r.roleType,
        configurationSets: [network],
        ...(r.vm.vmImageName === undefined ? {} : { vmImageName: r.vm.vmImageName }),
        dataVirtualHardDisks: r.vm.dataDisks.map((d, lun) => ({
            hostCaching: d.hostCaching,
            diskName: d.diskName,
            lun,
            logicalDiskSizeInGb: d.logicalSizeInGB,
            mediaLink: d.mediaLink,
            ioType: 'Standard',
        })),
        osVirtualHardDisk: {
            hostCaching: disk.hostCaching,
            ...(disk.diskLabel === undefined ? {} : { diskLabel: disk.diskLabel }),
            diskName: disk.diskName,
            mediaLink: disk.mediaLink,
            ...(disk.sourceImageName === undefined ? {} : { sourceImageName: disk.sourceImageName }),
            os: disk.os,
            ioType: 'Standard',
        },
        roleSize: r.roleSize,
    };
}
