import type { captureRoleAsVmImageRequest } from '../../../asm/models/vmImage';
import type { Infer } from '../../../asm/schema/schema';
import { parameterIncorrect } from '../asmErrors';
import { isoDate, isoSeconds, isoTicks } from '../clock/asmTime';
import { lockKeys } from '../operations/lockKeys';
import { removeDeployment } from '../store/deploymentEdits';
import { addBlob, releaseDeploymentDisks } from '../store/media';
import { keyOf, type VmImageRecord } from '../store/records';
import type { HandlerContext, Mutation } from './Handler';
import { assertImageNameFree } from './images';
import { bodyOf } from './requestValues';
import { requireVmRole, serviceLocation } from './vmTargets';

type CaptureBody = Infer<typeof captureRoleAsVmImageRequest>;

/**
 * CaptureRoleAsVMImage: when the operation completes the image is listed (VMImageReadyForUse, the VHD copied next
 * to the role's OS disk as `{image}-os-{date}.vhd`, PY-REC test_capture_vm_image). A Specialized capture leaves the
 * VM running as it was; a Generalized one deletes the VM (its role and instance; the deployment too when it was the
 * last role), leaving its disks registered but detached, as the portal's capture of a generalized VM did.
 */
export function captureVmImage(ctx: HandlerContext): Mutation {
    const { service, deployment, role, instance } = requireVmRole(ctx);
    const body = bodyOf<CaptureBody>(ctx);
    const imageName = body.vmImageName ?? '';
    assertImageNameFree(ctx, imageName);
    const osState = body.osState;
    if (osState !== 'Generalized' && osState !== 'Specialized') throw parameterIncorrect('OSState must be Generalized or Specialized.');
    const disk = role.vm?.osDisk;
    if (disk === undefined) throw parameterIncorrect(`The role ${role.roleName} has no OS disk.`);
    const roleState = instance.instanceStatus;
    return {
        kind: 'mutation',
        locks: [lockKeys.deployment(service.name, deployment.name), lockKeys.vmImage(imageName)],
        commit: (at) => {
            const diskName = `${imageName}-os-${isoDate(at)}`;
            const folder = disk.mediaLink.slice(0, disk.mediaLink.lastIndexOf('/') + 1);
            const image: VmImageRecord = {
                name: imageName,
                label: body.vmImageLabel ?? imageName,
                category: 'User',
                ...(body.description === undefined ? {} : { description: body.description }),
                osDisk: {
                    name: diskName,
                    hostCaching: disk.hostCaching,
                    osState,
                    os: disk.os,
                    mediaLink: `${folder}${diskName}.vhd`,
                    logicalDiskSizeInGB: disk.logicalSizeInGB,
                    ioType: 'Standard',
                },
                dataDisks: (role.vm?.dataDisks ?? []).map((d, lun) => ({
                    name: `${imageName}-datadisk-${lun}-${isoDate(at)}`,
                    hostCaching: d.hostCaching,
                    lun,
                    mediaLink: `${d.mediaLink.slice(0, d.mediaLink.lastIndexOf('/') + 1)}${imageName}-datadisk-${lun}-${isoDate(at)}.vhd`,
                    logicalDiskSizeInGB: d.logicalSizeInGB,
                    ioType: 'Standard',
                })),
                serviceName: service.name,
                deploymentName: deployment.name,
                roleName: role.roleName,
                location: serviceLocation(ctx, service) ?? 'West US',
                createdTime: isoTicks(at),
                modifiedTime: isoTicks(at),
                ...(body.language === undefined ? {} : { language: body.language }),
                ...(body.imageFamily === undefined ? {} : { imageFamily: body.imageFamily }),
                ...(body.recommendedVmSize === undefined ? {} : { recommendedVMSize: body.recommendedVmSize }),
                isPremium: false,
                vmImageState: 'VMImageReadyForUse',
                roleStateOnCapture: roleState,
                roleSizeOnCapture: role.roleSize,
            };
            ctx.estate.vmImages[keyOf(imageName)] = image;
            for (const d of [image.osDisk, ...image.dataDisks]) addBlob(ctx.estate, d.mediaLink);
            if (osState === 'Generalized') deleteCapturedVm();
            else deployment.lastModifiedTime = isoSeconds(at);
        },
    };

    function deleteCapturedVm(): void {
        const only = { ...deployment, roles: [role] };
        releaseDeploymentDisks(ctx.estate, only, false);
        deployment.roles = deployment.roles.filter((r) => r !== role);
        deployment.roleInstances = deployment.roleInstances.filter((i) => i !== instance);
        if (deployment.roles.length === 0) removeDeployment(service, deployment.name);
    }
}
