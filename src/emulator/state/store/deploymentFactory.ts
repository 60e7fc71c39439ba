import { defaultOsVersion } from '../catalogues/operatingSystemData';
import { diskStamp } from '../clock/asmTime';
import { hex32, type IdSource, internalIp, publicVip } from '../ids';
import { type ConfiguredRole, readServiceConfiguration, vmServiceConfiguration } from '../serviceConfiguration';
import { accountOfBlob } from '../views/urls';
import type { InstanceState } from './instanceStates';
import type {
    DeploymentRecord,
    DiskRecord,
    EndpointRecord,
    OsImageRecord,
    RoleInstanceRecord,
    RoleRecord,
    Slot,
    VmImageRecord,
} from './records';

/** ASM gives a cloud service at most five upgrade domains. */
const MAX_UPGRADE_DOMAINS = 5;

export interface DeploymentBasics {
    readonly serviceName: string;
    readonly name: string;
    readonly slot: Slot;
    readonly label: string;
    readonly status: string;
    readonly createdTime: string;
    readonly lastModifiedTime: string;
    readonly extendedProperties: Record<string, string>;
    readonly ids: IdSource;
}

function instance(roleName: string, instanceName: string, size: string, index: number, state: InstanceState, ids: IdSource, hostName?: string): RoleInstanceRecord {
    return {
        roleName,
        instanceName,
        instanceStatus: state.instanceStatus,
        powerState: state.powerState,
        instanceSize: size,
        upgradeDomain: index % MAX_UPGRADE_DOMAINS,
        faultDomain: index % 2,
        ipAddress: internalIp(ids.bytes(3, `ip:${instanceName}`)),
        ...(hostName === undefined ? {} : { hostName }),
    };
}

/** Role instances of a package role: `WorkerRole1_IN_0`, `WorkerRole1_IN_1`, … */
export function packageInstances(role: ConfiguredRole, size: string, state: InstanceState, ids: IdSource): RoleInstanceRecord[] {
    return Array.from({ length: role.instances }, (_, i) => instance(role.name, `${role.name}_IN_${i}`, size, i, state, ids));
}

/** A cloud service (package) deployment: roles and instances from its configuration. */
export function packageDeployment(
    basics: DeploymentBasics,
    configuration: string,
    state: InstanceState,
    extra: { readonly packageUrl?: string; readonly sdkVersion?: string; readonly roleSizes?: Readonly<Record<string, string>> } = {},
): DeploymentRecord {
    const info = readServiceConfiguration(configuration);
    const osVersion = defaultOsVersion(info.osFamily ?? '4') ?? '*';
    const sizeOf = (role: string) => extra.roleSizes?.[role] ?? 'Small';
    const roles: RoleRecord[] = info.roles.map((r) => ({ roleName: r.name, roleType: '', osVersion, roleSize: sizeOf(r.name) }));
    const roleInstances = info.roles.flatMap((r) => packageInstances(r, sizeOf(r.name), state, basics.ids));
    const widest = Math.max(1, ...info.roles.map((r) => r.instances));
    return {
        ...deploymentShell(basics, 'package', configuration),
        ...(extra.packageUrl === undefined ? {} : { packageUrl: extra.packageUrl }),
        sdkVersion: extra.sdkVersion ?? '2.6.6496.10',
        upgradeDomainCount: Math.min(MAX_UPGRADE_DOMAINS, widest),
        roles,
        roleInstances,
    };
}

function deploymentShell(basics: DeploymentBasics, kind: 'package' | 'vm', configuration: string) {
    return {
        name: basics.name,
        slot: basics.slot,
        kind,
        privateId: hex32(basics.ids, `privateId:${basics.serviceName}/${basics.name}`),
        status: basics.status,
        label: basics.label,
        configuration,
        createdTime: basics.createdTime,
        lastModifiedTime: basics.lastModifiedTime,
        extendedProperties: { ...basics.extendedProperties },
        virtualIp: publicVip(basics.ids.bytes(3, `vip:${basics.serviceName}/${basics.name}`)),
    } as const;
}

/** What a VM is made from: an OS image (with the VHD location the caller chose) or a VM image. */
export type VmSource =
    | { readonly kind: 'osImage'; readonly image: OsImageRecord; readonly mediaLink?: string; readonly diskLabel?: string; readonly hostCaching?: string }
    | { readonly kind: 'vmImage'; readonly image: VmImageRecord };

/** A data disk to create empty (or attach from `mediaLink`). */
export interface DataDiskSpec {
    readonly logicalSizeInGB: number;
    readonly hostCaching?: string;
    readonly mediaLink?: string;
    readonly diskLabel?: string;
}

export interface VmSpec {
    readonly roleName: string;
    readonly dataDisks?: readonly DataDiskSpec[];
    readonly roleSize: string;
    readonly hostName?: string;
    readonly adminUserName?: string;
    readonly provisioning?: string;
    readonly endpoints: readonly EndpointRecord[];
    readonly source: VmSource;
}

/** A VM role, its OS disk record, and the blob of that disk. */
export function vmRole(
    basics: Pick<DeploymentBasics, 'serviceName' | 'name' | 'ids'>,
    spec: VmSpec,
    nowMs: number,
    location: string | undefined,
    defaultAccount: string,
): { role: RoleRecord; disks: DiskRecord[] } {
    const stamp = diskStamp(nowMs, basics.ids.bytes(2, `stamp:${spec.roleName}`).readUInt16BE(0));
    const diskName = `${basics.serviceName}-${spec.roleName}-0-${stamp}`;
    const source = spec.source;
    const os = source.kind === 'osImage' ? source.image.os : (source.image.osDisk.os ?? 'Linux');
    const size = source.kind === 'osImage' ? source.image.logicalSizeInGB : source.image.osDisk.logicalDiskSizeInGB;
    const account = (source.kind === 'vmImage' ? accountOfBlob(source.image.osDisk.mediaLink) : undefined) ?? defaultAccount;
    const mediaLink =
        (source.kind === 'osImage' ? source.mediaLink : undefined) ??
        `https://${account}.blob.core.windows.net/vhds/${basics.serviceName}-${spec.roleName}-${stamp}.vhd`;
    const sourceImageName = source.kind === 'osImage' ? source.image.name : source.image.osDisk.name;
    const role: RoleRecord = {
        roleName: spec.roleName,
        roleType: 'PersistentVMRole',
        roleSize: spec.roleSize,
        vm: {
            ...(spec.hostName === undefined ? {} : { hostName: spec.hostName }),
            ...(spec.adminUserName === undefined ? {} : { adminUserName: spec.adminUserName }),
            ...(spec.provisioning === undefined ? {} : { provisioning: spec.provisioning }),
            ...(source.kind === 'vmImage' ? { vmImageName: source.image.name } : {}),
            endpoints: spec.endpoints.map((e) => ({ ...e })),
            osDisk: {
                diskName,
                ...(source.kind === 'osImage' && source.diskLabel !== undefined ? { diskLabel: source.diskLabel } : {}),
                mediaLink,
                sourceImageName,
                os,
                hostCaching: (source.kind === 'osImage' ? source.hostCaching : undefined) ?? 'ReadWrite',
                logicalSizeInGB: size,
            },
            dataDisks: (spec.dataDisks ?? []).map((d, lun) => ({
                diskName: `${basics.serviceName}-${spec.roleName}-${lun + 1}-${stamp}`,
                ...(d.diskLabel === undefined ? {} : { diskLabel: d.diskLabel }),
                mediaLink: d.mediaLink ?? `https://${account}.blob.core.windows.net/vhds/${basics.serviceName}-${spec.roleName}-${lun + 1}-${stamp}.vhd`,
                os: '',
                hostCaching: d.hostCaching ?? 'None',
                logicalSizeInGB: d.logicalSizeInGB,
            })),
        },
    };
    const attachedTo = { hostedServiceName: basics.serviceName, deploymentName: basics.name, roleName: spec.roleName };
    const where = location === undefined ? {} : { location };
    const osDisk: DiskRecord = { name: diskName, mediaLink, os, sourceImageName, logicalSizeInGB: size, ...where, attachedTo };
    const dataDisks: DiskRecord[] = (role.vm?.dataDisks ?? []).map((d) => ({
        name: d.diskName,
        mediaLink: d.mediaLink,
        logicalSizeInGB: d.logicalSizeInGB,
        ...where,
        attachedTo: { ...attachedTo },
    }));
    return { role, disks: [osDisk, ...dataDisks] };
}

/** The instance of a VM role (instance name = role name). */
export function vmInstance(role: RoleRecord, index: number, state: InstanceState, ids: IdSource): RoleInstanceRecord {
    return instance(role.roleName, role.roleName, role.roleSize, index, state, ids, role.vm?.hostName);
}

/** A virtual machine deployment from its roles. */
export function vmDeployment(basics: DeploymentBasics, roles: readonly RoleRecord[], state: InstanceState): DeploymentRecord {
    return {
        ...deploymentShell(basics, 'vm', vmServiceConfiguration(roles.map((r) => r.roleName))),
        upgradeDomainCount: Math.min(MAX_UPGRADE_DOMAINS, Math.max(1, roles.length)),
        internalDnsSuffix: `${basics.serviceName}.d${1 + (basics.ids.bytes(1, 'dns')[0] ?? 0) % 9}.internal.cloudapp.net`,
        roles: roles.map((r) => structuredClone(r)),
        roleInstances: roles.map((r, i) => vmInstance(r, i, state, basics.ids)),
    };
}
