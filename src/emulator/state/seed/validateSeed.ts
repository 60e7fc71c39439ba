import type { Seed } from '../seed';
import { arrayAt, objectAt, uniqueNames } from './fieldReaders';
import { affinityGroupAt, osImageAt, storageAccountAt, vmImageAt } from './validateResources';
import { hostedServiceAt } from './validateServices';

/**
 * Checks that a JSON value is a seed estate (see `Seed`) and answers it typed; throws `SeedError` naming the first
 * bad field (`hostedServices[2].deployments[0].slot: expected one of production, staging, got 'prod'`).
 */
export function validateSeed(value: unknown): Seed {
    const root = objectAt(value, 'seed', ['affinityGroups', 'storageAccounts', 'osImages', 'vmImages', 'hostedServices']);
    const affinityGroups = arrayAt(root, 'affinityGroups', 'seed').map((g, i) => affinityGroupAt(g, `affinityGroups[${i}]`));
    uniqueNames(affinityGroups.map((g) => g.name), (i) => `affinityGroups[${i}]`, 'affinity group');
    const storageAccounts = arrayAt(root, 'storageAccounts', 'seed').map((a, i) => storageAccountAt(a, `storageAccounts[${i}]`, affinityGroups));
    uniqueNames(storageAccounts.map((a) => a.name), (i) => `storageAccounts[${i}]`, 'storage account');
    const osImages = arrayAt(root, 'osImages', 'seed').map((m, i) => osImageAt(m, `osImages[${i}]`));
    const vmImages = arrayAt(root, 'vmImages', 'seed').map((m, i) => vmImageAt(m, `vmImages[${i}]`));
    uniqueNames([...osImages, ...vmImages].map((m) => m.name), (i) => (i < osImages.length ? `osImages[${i}]` : `vmImages[${i - osImages.length}]`), 'image');
    const names = {
        affinityGroups,
        osImages: new Set(osImages.map((m) => m.name.toLowerCase())),
        vmImages: new Set(vmImages.map((m) => m.name.toLowerCase())),
        storageAccounts: new Set(storageAccounts.map((a) => a.name.toLowerCase())),
    };
    const hostedServices = arrayAt(root, 'hostedServices', 'seed').map((s, i) => hostedServiceAt(s, `hostedServices[${i}]`, names));
    uniqueNames(hostedServices.map((s) => s.name), (i) => `hostedServices[${i}]`, 'hosted service');
    return { affinityGroups, storageAccounts, osImages, vmImages, hostedServices };
}
