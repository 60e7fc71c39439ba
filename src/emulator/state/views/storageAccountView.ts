import type { StorageService, StorageServiceProperties } from '../../../asm/models/storageService';
import type { StorageAccountRecord } from '../store/records';
import { storageServiceUrl } from './urls';

function properties(a: StorageAccountRecord): StorageServiceProperties {
    const endpoint = (kind: string) => `https://${a.name}.${kind}.core.windows.net/`;
    return {
        ...(a.description === undefined ? {} : { description: a.description }),
        ...(a.affinityGroup === undefined ? {} : { affinityGroup: a.affinityGroup }),
        ...(a.location === undefined ? {} : { location: a.location }),
        label: a.label,
        status: a.status,
        endpoints: ['blob', 'queue', 'table', 'file'].map(endpoint),
        ...(a.geoPrimaryRegion === undefined ? {} : { geoPrimaryRegion: a.geoPrimaryRegion, statusOfPrimary: 'Available' }),
        geoSecondaryRegion: a.geoSecondaryRegion ?? '',
        statusOfSecondary: a.geoSecondaryRegion === undefined ? '' : 'Available',
        creationTime: a.creationTime,
        customDomains: [],
        accountType: a.accountType,
    };
}

/** In a list: absolute Url, no capabilities (PY-REC test_list_storage_accounts). */
export function storageAccountListView(subscriptionId: string, a: StorageAccountRecord): StorageService {
    return {
        url: storageServiceUrl(subscriptionId, a.name),
        serviceName: a.name,
        storageServiceProperties: properties(a),
        extendedProperties: { ...a.extendedProperties },
    };
}

/** Read on its own: Url and Capabilities (PY-REC test_get_storage_account_properties). */
export function storageAccountView(subscriptionId: string, a: StorageAccountRecord): StorageService {
    return {
        url: storageServiceUrl(subscriptionId, a.name),
        serviceName: a.name,
        storageServiceProperties: properties(a),
        extendedProperties: { ...a.extendedProperties },
        capabilities: ['PersistentVMRole'],
    };
}

/** Keys (GET …/keys and regenerate): Url and StorageServiceKeys only (PY-REC test_regenerate_storage_account_keys). */
export function storageKeysView(subscriptionId: string, a: StorageAccountRecord): StorageService {
    return { url: storageServiceUrl(subscriptionId, a.name), storageServiceKeys: { primary: a.primaryKey, secondary: a.secondaryKey } };
}
