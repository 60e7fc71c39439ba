import { findLocation, LOCATIONS } from '../catalogues/locationData';
import { isoDate, isoSeconds, isoTicks } from '../clock/asmTime';
import { derivedIds, hex32, type IdSource, storageKey } from '../ids';
import type { Seed, SeedHostedService, SeedOsImage, SeedStorageAccount, SeedVmImage } from '../seed';
import { packageServiceConfiguration } from '../serviceConfiguration';
import { packageDeployment, vmDeployment, vmRole } from '../store/deploymentFactory';
import { READY, setInstanceState, STOPPED } from '../store/instanceStates';
import { type DeploymentRecord, emptyEstate, type Estate, keyOf, type OsImageRecord, type VmImageRecord } from '../store/records';
import { geoRegions } from '../store/storageGeo';
import { accountOfBlob } from '../views/urls';
import { seedTime } from './seedTime';

const DAY = 86_400_000;

/** Builds the estate a validated seed describes; ids, keys and IPs are derived from the names (reproducible). */
export function estateFromSeed(subscriptionId: string, seed: Seed, nowMs: number): Estate {
    const estate = emptyEstate();
    const ids = derivedIds(subscriptionId.toLowerCase());
    for (const g of seed.affinityGroups ?? []) estate.affinityGroups[keyOf(g.name)] = { ...g };
    const locationOf = (p: { location?: string; affinityGroup?: string }): string | undefined =>
        p.location !== undefined ? findLocation(p.location)?.name : estate.affinityGroups[keyOf(p.affinityGroup ?? '')]?.location;
    (seed.storageAccounts ?? []).forEach((a, i) => addStorageAccount(estate, a, i, nowMs, ids, locationOf(a)));
    const accountLocation = (url: string | undefined) => estate.storageAccounts[accountOfBlob(url ?? '') ?? '']?.geoPrimaryRegion;
    for (const m of seed.osImages ?? []) addOsImage(estate, m, nowMs, accountLocation(m.mediaLink));
    for (const m of seed.vmImages ?? []) addVmImage(estate, m, nowMs, accountLocation(m.mediaLink));
    const defaultAccount = seed.storageAccounts?.[0]?.name ?? `portalvhds${hex32(ids, 'portalvhds').slice(0, 12)}`;
    for (const s of seed.hostedServices ?? []) addHostedService(estate, s, nowMs, ids, locationOf(s), defaultAccount);
    estate.blobs = [...new Set(estate.blobs)];
    return estate;
}

function addStorageAccount(estate: Estate, a: SeedStorageAccount, index: number, nowMs: number, ids: IdSource, location: string | undefined): void {
    const accountType = a.accountType ?? 'Standard_GRS';
    estate.storageAccounts[keyOf(a.name)] = {
        name: a.name,
        label: a.label ?? a.name,
        ...(a.description === undefined ? {} : { description: a.description }),
        ...(a.location === undefined ? {} : { location: findLocation(a.location)?.name ?? a.location }),
        ...(a.affinityGroup === undefined ? {} : { affinityGroup: a.affinityGroup }),
        status: 'Created',
        accountType,
        creationTime: seedTime(a.createdTime, nowMs, `storageAccounts[${index}].createdTime`, isoSeconds(nowMs - 365 * DAY)),
        extendedProperties: { ...a.extendedProperties },
        primaryKey: a.primaryKey ?? storageKey(ids, `key1:${a.name}`),
        secondaryKey: a.secondaryKey ?? storageKey(ids, `key2:${a.name}`),
        ...geoRegions(location, accountType),
    };
}

function addOsImage(estate: Estate, m: SeedOsImage, nowMs: number, accountLocation: string | undefined): void {
    const category = m.category ?? 'User';
    const isPublic = category === 'Public';
    const record: OsImageRecord = {
        name: m.name,
        label: m.label,
        category,
        location: m.location ?? (isPublic ? LOCATIONS.map((l) => l.name).join(';') : (accountLocation ?? 'West US')),
        logicalSizeInGB: m.logicalSizeInGB ?? (m.os === 'Windows' ? 128 : 30),
        ...(m.mediaLink === undefined ? {} : { mediaLink: m.mediaLink }),
        os: m.os === 'Windows' ? 'Windows' : 'Linux',
        ...(isPublic ? {} : { osState: 'Generalized' }),
        ioType: isPublic ? 'Standard_LRS' : 'Standard',
        isPremium: m.isPremium ?? false,
        ...(m.description === undefined ? {} : { description: m.description }),
        ...(m.eula === undefined ? {} : { eula: m.eula }),
        ...(m.imageFamily === undefined ? {} : { imageFamily: m.imageFamily }),
        ...(m.publishedDate === undefined ? {} : { publishedDate: seedTime(m.publishedDate, nowMs, 'osImages.publishedDate', '') }),
        ...(m.publisherName === undefined ? {} : { publisherName: m.publisherName }),
        ...(m.recommendedVMSize === undefined ? {} : { recommendedVMSize: m.recommendedVMSize }),
        ...(m.showInGui === undefined ? {} : { showInGui: m.showInGui }),
    };
    estate.osImages[keyOf(m.name)] = record;
    if (m.mediaLink !== undefined) estate.blobs.push(m.mediaLink);
}

function addVmImage(estate: Estate, m: SeedVmImage, nowMs: number, accountLocation: string | undefined): void {
    const created = Date.parse(seedTime(m.createdTime, nowMs, 'vmImages.createdTime', isoSeconds(nowMs - 30 * DAY)));
    const record: VmImageRecord = {
        name: m.name,
        label: m.label,
        category: m.category ?? 'User',
        ...(m.description === undefined ? {} : { description: m.description }),
        osDisk: {
            name: `${m.name}-os-${isoDate(created)}`,
            hostCaching: 'ReadWrite',
            osState: m.osState,
            os: m.os,
            mediaLink: m.mediaLink,
            logicalDiskSizeInGB: m.logicalDiskSizeInGB ?? (m.os === 'Windows' ? 128 : 30),
            ioType: 'Standard',
        },
        dataDisks: [],
        ...(m.serviceName === undefined ? {} : { serviceName: m.serviceName }),
        ...(m.deploymentName === undefined ? {} : { deploymentName: m.deploymentName }),
        ...(m.roleName === undefined ? {} : { roleName: m.roleName }),
        location: m.location ?? accountLocation ?? 'West US',
        createdTime: isoTicks(created),
        modifiedTime: isoTicks(created),
        ...(m.language === undefined ? {} : { language: m.language }),
        ...(m.imageFamily === undefined ? {} : { imageFamily: m.imageFamily }),
        isPremium: false,
        vmImageState: 'VMImageReadyForUse',
        ...(m.roleSizeOnCapture === undefined ? {} : { roleSizeOnCapture: m.roleSizeOnCapture, roleStateOnCapture: 'ReadyRole' }),
    };
    estate.vmImages[keyOf(m.name)] = record;
    estate.blobs.push(m.mediaLink);
}

function addHostedService(
    estate: Estate,
    s: SeedHostedService,
    nowMs: number,
    ids: IdSource,
    location: string | undefined,
    defaultAccount: string,
): void {
    const dateCreated = seedTime(s.dateCreated, nowMs, `hostedServices.${s.name}.dateCreated`, isoSeconds(nowMs - 90 * DAY));
    const deployments: DeploymentRecord[] = (s.deployments ?? []).map((d) => {
        const createdTime = seedTime(d.createdTime, nowMs, `${s.name}.deployments.${d.name}.createdTime`, dateCreated);
        const running = (d.status ?? 'Running') === 'Running';
        const basics = {
            serviceName: s.name,
            name: d.name,
            slot: d.slot.toLowerCase() === 'staging' ? ('Staging' as const) : ('Production' as const),
            label: d.label ?? d.name,
            status: running ? 'Running' : 'Suspended',
            createdTime,
            lastModifiedTime: seedTime(d.lastModifiedTime, nowMs, `${s.name}.deployments.${d.name}.lastModifiedTime`, createdTime),
            extendedProperties: { ...d.extendedProperties },
            ids,
        };
        if (d.roles !== undefined) {
            const configuration = packageServiceConfiguration(d.roles.map((r) => ({ name: r.name, instances: r.instances ?? 1 })), d.osFamily ?? '4');
            const roleSizes = Object.fromEntries(d.roles.map((r) => [r.name, r.size ?? 'Small']));
            const packageUrl = d.packageUrl ?? `https://${defaultAccount}.blob.core.windows.net/deployments/${s.name}-${d.name}.cspkg`;
            return packageDeployment(basics, configuration, running ? READY : STOPPED, { packageUrl, roleSizes });
        }
        const built = (d.virtualMachines ?? []).map((v) => {
            const osImage = v.osImage === undefined ? undefined : estate.osImages[keyOf(v.osImage)];
            const vmImage = v.vmImage === undefined ? undefined : estate.vmImages[keyOf(v.vmImage)];
            const source = osImage !== undefined ? { kind: 'osImage' as const, image: osImage } : { kind: 'vmImage' as const, image: vmImage as VmImageRecord };
            const spec = { roleName: v.name, roleSize: v.size ?? 'Small', hostName: v.hostName ?? v.name, endpoints: v.endpoints ?? [], source };
            return { ...vmRole(basics, spec, Date.parse(createdTime), location, v.storageAccount ?? defaultAccount), stopped: v.powerState === 'Stopped' };
        });
        const deployment = vmDeployment(basics, built.map((b) => b.role), READY);
        built.forEach((b, i) => {
            for (const disk of b.disks) {
                estate.disks[keyOf(disk.name)] = disk;
                estate.blobs.push(disk.mediaLink);
            }
            const instance = deployment.roleInstances[i];
            if (b.stopped && instance !== undefined) setInstanceState(instance, STOPPED);
        });
        return deployment;
    });
    estate.hostedServices[keyOf(s.name)] = {
        name: s.name,
        label: s.label ?? s.name,
        ...(s.description === undefined ? {} : { description: s.description }),
        ...(s.location === undefined ? {} : { location: findLocation(s.location)?.name ?? s.location }),
        ...(s.affinityGroup === undefined ? {} : { affinityGroup: s.affinityGroup }),
        status: 'Created',
        dateCreated,
        dateLastModified: seedTime(s.dateLastModified, nowMs, `hostedServices.${s.name}.dateLastModified`, dateCreated),
        extendedProperties: { ...s.extendedProperties },
        deployments,
    };
}
