import type { OSImage } from '../../../asm/models/osImage';
import type { VMImage } from '../../../asm/models/vmImage';
import type { OsImageRecord, VmImageRecord } from '../store/records';

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
    (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/** An OS image in ASM's element order (PY-REC test_add_os_image / test_list_os_images). */
export function osImageView(m: OsImageRecord): OSImage {
    return {
        category: m.category,
        label: m.label,
        location: m.location,
        logicalSizeInGb: m.logicalSizeInGB,
        ...opt('mediaLink', m.mediaLink),
        name: m.name,
        os: m.os,
        ...opt('eula', m.eula),
        ...opt('description', m.description),
        ...opt('imageFamily', m.imageFamily),
        ...opt('showInGui', m.showInGui),
        ...opt('publishedDate', m.publishedDate),
        isPremium: m.isPremium,
        ...opt('iconUri', m.iconUri),
        ...opt('privacyUri', m.privacyUri),
        ...opt('recommendedVmSize', m.recommendedVMSize),
        ...opt('publisherName', m.publisherName),
        ...opt('smallIconUri', m.smallIconUri),
        ...opt('osState', m.osState),
        ioType: m.ioType,
    };
}

/** A VM image (PY-REC test_capture_vm_image: the captured image as listVmImages answers it). */
export function vmImageView(m: VmImageRecord): VMImage {
    return {
        name: m.name,
        label: m.label,
        category: m.category,
        ...opt('description', m.description),
        osDiskConfiguration: {
            name: m.osDisk.name,
            hostCaching: m.osDisk.hostCaching,
            ...opt('osState', m.osDisk.osState),
            ...opt('os', m.osDisk.os),
            mediaLink: m.osDisk.mediaLink,
            logicalDiskSizeInGb: m.osDisk.logicalDiskSizeInGB,
            ioType: m.osDisk.ioType,
        },
        dataDiskConfigurations: m.dataDisks.map((d) => ({
            name: d.name,
            hostCaching: d.hostCaching,
            ...opt('lun', d.lun),
            mediaLink: d.mediaLink,
            logicalDiskSizeInGb: d.logicalDiskSizeInGB,
            ioType: d.ioType,
        })),
        ...opt('serviceName', m.serviceName),
        ...opt('deploymentName', m.deploymentName),
        ...opt('roleName', m.roleName),
        location: m.location,
        createdTime: m.createdTime,
        modifiedTime: m.modifiedTime,
        ...opt('language', m.language),
        ...opt('imageFamily', m.imageFamily),
        ...opt('recommendedVmSize', m.recommendedVMSize),
        isPremium: m.isPremium,
        ...opt('eula', m.eula),
        ...opt('publisherName', m.publisherName),
        ...opt('showInGui', m.showInGui),
        vmImageState: m.vmImageState,
        ...opt('roleStateOnCapture', m.roleStateOnCapture),
        ...opt('roleSizeOnCapture', m.roleSizeOnCapture),
    };
}
