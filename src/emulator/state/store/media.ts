import { type DeploymentRecord, type Estate, keyOf } from './records';

export function addBlob(estate: Estate, url: string): void {
    if (!estate.blobs.includes(url)) estate.blobs.push(url);
}

export function removeBlob(estate: Estate, url: string): void {
    const at = estate.blobs.indexOf(url);
    if (at >= 0) estate.blobs.splice(at, 1);
}

/** The disks a deployment's VMs use (OS and data disks). */
export function diskNamesOf(deployment: DeploymentRecord): string[] {
    return deployment.roles.flatMap((r) => (r.vm === undefined ? [] : [r.vm.osDisk.diskName, ...r.vm.dataDisks.map((d) => d.diskName)]));
}

/**
 * What deleting a deployment does to its disks: with `comp=media` the disk records and their VHD blobs go too;
 * without, the disks stay registered (detached) and their blobs remain, as in ASM.
 */
export function releaseDeploymentDisks(estate: Estate, deployment: DeploymentRecord, deleteMedia: boolean): void {
    for (const name of diskNamesOf(deployment)) {
        const disk = estate.disks[keyOf(name)];
        if (disk === undefined) continue;
        if (deleteMedia) {
            removeBlob(estate, disk.mediaLink);
            delete estate.disks[keyOf(name)];
        } else {
            delete disk.attachedTo;
        }
    }
}
