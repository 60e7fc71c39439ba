import { extendedProperties, type Infer, s } from '../schema/schema';
import { label, STORAGE_NAME_PATTERN } from './common';

export const STORAGE_ACCOUNT_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS', 'Premium_LRS'] as const;

export const storageServicePropertiesSchema = s.object('StorageServiceProperties', {
    description: s.string('Description', { nil: true }),
    affinityGroup: s.string('AffinityGroup'),
    location: s.string('Location'),
    label: label(),
    status: s.string('Status'),
    endpoints: s.list('Endpoints', 'Endpoint', s.string('Endpoint', { format: 'uri' })),
    geoReplicationEnabled: s.bool('GeoReplicationEnabled'),
    geoPrimaryRegion: s.string('GeoPrimaryRegion'),
    statusOfPrimary: s.string('StatusOfPrimary'),
    lastGeoFailoverTime: s.string('LastGeoFailoverTime', { format: 'date-time' }),
    geoSecondaryRegion: s.string('GeoSecondaryRegion'),
    statusOfSecondary: s.string('StatusOfSecondary'),
    creationTime: s.string('CreationTime', { format: 'date-time' }),
    customDomains: s.list(
        'CustomDomains',
        'CustomDomain',
        s.object('CustomDomain', { name: s.string('Name'), useSubDomainName: s.bool('UseSubDomainName') }),
    ),
    accountType: s.string('AccountType'),
});

export const storageServiceKeysSchema = s.object('StorageServiceKeys', {
    primary: s.string('Primary'),
    secondary: s.string('Secondary'),
});

/** A storage account: properties (GET …/{name}, list) or keys (GET …/keys, regenerate). */
export const storageServiceSchema = s.object('StorageService', {
    url: s.string('Url'),
    serviceName: s.string('ServiceName'),
    storageServiceProperties: storageServicePropertiesSchema,
    storageServiceKeys: storageServiceKeysSchema,
    extendedProperties: extendedProperties(),
    capabilities: s.list('Capabilities', 'Capability', s.string('Capability')),
});

export const storageServiceDocument = s.document('StorageService', storageServiceSchema.fields);
export const storageServicesDocument = s.listDocument('StorageServices', 'StorageService', storageServiceSchema);

/** Body of create_storage_account(service_name, description, label, affinity_group=None, location=None, …). */
export const createStorageServiceRequest = s.document('CreateStorageServiceInput', {
    serviceName: s.string('ServiceName', { required: true, pattern: STORAGE_NAME_PATTERN, minLength: 3, maxLength: 24 }),
    description: s.string('Description', { maxLength: 1024 }),
    label: label(true),
    affinityGroup: s.string('AffinityGroup', { maxLength: 100 }),
    location: s.string('Location', { maxLength: 100 }),
    extendedProperties: extendedProperties(),
    accountType: s.string('AccountType', { enum: STORAGE_ACCOUNT_TYPES }),
});

export const regenerateKeysRequest = s.document('RegenerateKeys', {
    keyType: s.string('KeyType', { required: true, enum: ['Primary', 'Secondary'] }),
});

export type StorageService = Infer<typeof storageServiceSchema>;
export type StorageServiceProperties = Infer<typeof storageServicePropertiesSchema>;
