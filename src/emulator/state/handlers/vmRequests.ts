import type { RoleRequest } from '../../../asm/models/virtualMachine';
import { imageNotFound, parameterIncorrect, roleNameInUse } from '../asmErrors';
import { findRoleSize } from '../catalogues/roleSizeData';
import type { VmSource, VmSpec } from '../store/deploymentFactory';
import { type Estate, keyOf } from '../store/records';

/** A role of the request as the handler reads it (the transport validated it; read defensively anyway). */
export type RoleInput = Partial<RoleRequest>;

/** Reads one role of a createVirtualMachineDeployment body into what the deployment factory needs. */
export function vmSpecOf(estate: Estate, role: RoleInput): VmSpec {
    const roleName = role.roleName ?? '';
    const size = findRoleSize(role.roleSize ?? 'Small');
    if (size === undefined || !size.supportedByVirtualMachines) throw parameterIncorrect(`The role size '${role.roleSize ?? ''}' is not valid for a virtual machine.`);
    const sets = role.configurationSets ?? [];
    const provisioning = sets.find((s) => s.configurationSetType !== 'NetworkConfiguration');
    const network = sets.find((s) => s.configurationSetType === 'NetworkConfiguration');
    const hostName = provisioning?.hostName ?? provisioning?.computerName;
    const adminUserName = provisioning?.userName ?? provisioning?.adminUsername;
    return {
        roleName,
        roleSize: size.name,
        ...(hostName === undefined ? {} : { hostName }),
        ...(adminUserName === undefined ? {} : { adminUserName }),
        ...(provisioning === undefined ? {} : { provisioning: provisioning.configurationSetType }),
        endpoints: (network?.inputEndpoints ?? []).map((e) => ({
            name: e.name,
            protocol: e.protocol.toLowerCase(),
            port: e.port ?? e.localPort,
            localPort: e.localPort,
        })),
        dataDisks: (role.dataVirtualHardDisks ?? []).map((d) => ({
            logicalSizeInGB: d.logicalDiskSizeInGb ?? 10,
            ...(d.hostCaching === undefined ? {} : { hostCaching: d.hostCaching }),
            ...(d.mediaLink === undefined ? {} : { mediaLink: d.mediaLink }),
            ...(d.diskLabel === undefined ? {} : { diskLabel: d.diskLabel }),
        })),
        source: vmSourceOf(estate, role),
    };
}

/** `<VMImageName>` (a VM image) or `<OSVirtualHardDisk><SourceImageName>` (an OS image); either must exist. */
function vmSourceOf(estate: Estate, role: RoleInput): VmSource {
    if (role.vmImageName !== undefined) {
        const image = estate.vmImages[keyOf(role.vmImageName)];
        if (image === undefined) throw imageNotFound();
        return { kind: 'vmImage', image };
    }
    const disk = role.osVirtualHardDisk;
    if (disk?.sourceImageName === undefined) throw parameterIncorrect('A role needs OSVirtualHardDisk with SourceImageName, or VMImageName.');
    const image = estate.osImages[keyOf(disk.sourceImageName)];
    if (image === undefined) throw imageNotFound();
    return {
        kind: 'osImage',
        image,
        ...(disk.mediaLink === undefined ? {} : { mediaLink: disk.mediaLink }),
        ...(disk.diskLabel === undefined ? {} : { diskLabel: disk.diskLabel }),
        ...(disk.hostCaching === undefined ? {} : { hostCaching: disk.hostCaching }),
    };
}

export function assertDistinctRoleNames(roles: readonly RoleInput[]): void {
    const seen = new Set<string>();
    for (const r of roles) {
        const key = keyOf(r.roleName ?? '');
        if (seen.has(key)) throw roleNameInUse(r.roleName ?? '');
        seen.add(key);
    }
}

/** The account new VHDs go to: one in the service's location, else any, else a portalvhds-style name. */
export function defaultVhdAccount(estate: Estate, location: string | undefined, fallback: string): string {
    const accounts = Object.values(estate.storageAccounts).filter((a) => a.status === 'Created');
    return (accounts.find((a) => a.geoPrimaryRegion === location) ?? accounts[0])?.name ?? fallback;
}
