import { LOCATIONS } from '../catalogues/locationData';
import { isValidStorageAccountName } from '../names';
import type { SeedAffinityGroup, SeedOsImage, SeedPlacement, SeedStorageAccount, SeedVmImage } from '../seed';
import {
    type Json,
    objectAt,
    optionalBoolean,
    optionalDictionary,
    optionalNumber,
    optionalString,
    optionalTime,
    requiredString,
} from './fieldReaders';
import { SeedError } from './SeedError';

export const LOCATION_NAMES = LOCATIONS.map((l) => l.name);
const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,511}$/;
const BASE64_64_BYTES = /^[A-Za-z0-9+/]{86}==$/;
const BLOB_URL = /^https?:\/\/[a-z0-9]{3,24}\.blob\.core\.windows\.net\/.+/;
export const OS_NAMES = ['Linux', 'Windows'];

/** Exactly one of location (a known one) and affinityGroup (one of the seed's). */
export function placementAt(o: Json, field: string, groups: readonly SeedAffinityGroup[]): SeedPlacement {
    const location = optionalString(o, 'location', field, { oneOf: LOCATION_NAMES });
    const affinityGroup = optionalString(o, 'affinityGroup', field);
    if ((location === undefined) === (affinityGroup === undefined)) throw new SeedError(field, 'needs exactly one of location and affinityGroup');
    if (affinityGroup !== undefined && !groups.some((g) => g.name.toLowerCase() === affinityGroup.toLowerCase())) {
        throw new SeedError(`${field}.affinityGroup`, `no affinity group named '${affinityGroup}' in affinityGroups`);
    }
    return location !== undefined ? { location } : { affinityGroup: affinityGroup ?? '' };
}

export function affinityGroupAt(value: unknown, field: string): SeedAffinityGroup {
    const o = objectAt(value, field, ['name', 'location']);
    return {
        name: requiredString(o, 'name', field, { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/, hint: 'letters, digits and hyphens' }),
        location: requiredString(o, 'location', field, { oneOf: LOCATION_NAMES }),
    };
}

export function storageAccountAt(value: unknown, field: string, groups: readonly SeedAffinityGroup[]): SeedStorageAccount {
    const o = objectAt(value, field, [
        'name', 'label', 'description', 'location', 'affinityGroup', 'accountType', 'createdTime', 'extendedProperties', 'primaryKey', 'secondaryKey',
    ]);
    const name = requiredString(o, 'name', field);
    if (!isValidStorageAccountName(name)) throw new SeedError(`${field}.name`, `'${name}' is not valid (3-24 lower-case letters and digits)`);
    const keyRule = { pattern: BASE64_64_BYTES, hint: 'base64 of 64 bytes' };
    return {
        name,
        ...placementAt(o, field, groups),
        ...defined('label', optionalString(o, 'label', field)),
        ...defined('description', optionalString(o, 'description', field)),
        ...defined('accountType', optionalString(o, 'accountType', field, { oneOf: ['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS', 'Premium_LRS'] })),
        ...defined('createdTime', optionalTime(o, 'createdTime', field)),
        ...defined('extendedProperties', optionalDictionary(o, 'extendedProperties', field)),
        ...defined('primaryKey', optionalString(o, 'primaryKey', field, keyRule)),
        ...defined('secondaryKey', optionalString(o, 'secondaryKey', field, keyRule)),
    };
}

export function osImageAt(value: unknown, field: string): SeedOsImage {
    const o = objectAt(value, field, [
        'name', 'label', 'os', 'category', 'location', 'logicalSizeInGB', 'mediaLink', 'description', 'imageFamily', 'publishedDate',
        'publisherName', 'recommendedVMSize', 'eula', 'isPremium', 'showInGui',
    ]);
    return {
        name: requiredString(o, 'name', field, { pattern: IMAGE_NAME, hint: 'letters, digits, dots, hyphens, underscores' }),
        label: requiredString(o, 'label', field),
        os: requiredString(o, 'os', field, { oneOf: OS_NAMES }),
        ...defined('category', optionalString(o, 'category', field, { oneOf: ['Public', 'User'] })),
        ...defined('location', optionalString(o, 'location', field)),
        ...defined('logicalSizeInGB', optionalNumber(o, 'logicalSizeInGB', field, 1, 4095)),
        ...defined('mediaLink', optionalString(o, 'mediaLink', field, { pattern: BLOB_URL, hint: 'a blob URL' })),
        ...defined('description', optionalString(o, 'description', field)),
        ...defined('imageFamily', optionalString(o, 'imageFamily', field)),
        ...defined('publishedDate', optionalTime(o, 'publishedDate', field)),
        ...defined('publisherName', optionalString(o, 'publisherName', field)),
        ...defined('recommendedVMSize', optionalString(o, 'recommendedVMSize', field)),
        ...defined('eula', optionalString(o, 'eula', field)),
        ...defined('isPremium', optionalBoolean(o, 'isPremium', field)),
        ...defined('showInGui', optionalBoolean(o, 'showInGui', field)),
    };
}

export function vmImageAt(value: unknown, field: string): SeedVmImage {
    const o = objectAt(value, field, [
        'name', 'label', 'os', 'osState', 'mediaLink', 'category', 'location', 'logicalDiskSizeInGB', 'description', 'createdTime', 'language',
        'imageFamily', 'roleSizeOnCapture', 'serviceName', 'deploymentName', 'roleName',
    ]);
    return {
        name: requiredString(o, 'name', field, { pattern: IMAGE_NAME, hint: 'letters, digits, dots, hyphens, underscores' }),
        label: requiredString(o, 'label', field),
        os: requiredString(o, 'os', field, { oneOf: OS_NAMES }),
        osState: requiredString(o, 'osState', field, { oneOf: ['Generalized', 'Specialized'] }),
        mediaLink: requiredString(o, 'mediaLink', field, { pattern: BLOB_URL, hint: 'a blob URL' }),
        ...defined('category', optionalString(o, 'category', field, { oneOf: ['Public', 'User'] })),
        ...defined('location', optionalString(o, 'location', field, { oneOf: LOCATION_NAMES })),
        ...defined('logicalDiskSizeInGB', optionalNumber(o, 'logicalDiskSizeInGB', field, 1, 4095)),
        ...defined('description', optionalString(o, 'description', field)),
        ...defined('createdTime', optionalTime(o, 'createdTime', field)),
        ...defined('language', optionalString(o, 'language', field)),
        ...defined('imageFamily', optionalString(o, 'imageFamily', field)),
        ...defined('roleSizeOnCapture', optionalString(o, 'roleSizeOnCapture', field)),
        ...defined('serviceName', optionalString(o, 'serviceName', field)),
        ...defined('deploymentName', optionalString(o, 'deploymentName', field)),
        ...defined('roleName', optionalString(o, 'roleName', field)),
    };
}

/** `{ key: value }` when the value is present, `{}` otherwise (keeps optional properties absent, not undefined). */
export function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
