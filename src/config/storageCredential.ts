import type { TokenCredential } from '@azure/identity';

import type { StorageConfig } from './AppConfig';

/**
 * The credential for the Function App's storage account when AzureWebJobsStorage is identity-based:
 * `ManagedIdentityCredential` when `credential` is `managedidentity`, `DefaultAzureCredential` otherwise, with the
 * user-assigned identity's client id when given. @azure/identity is loaded here, on first use, so an app with a
 * connection string never pays for loading it.
 */
export function storageCredential(storage: Extract<StorageConfig, { kind: 'identity' }>): TokenCredential {
    const identity = require('@azure/identity') as typeof import('@azure/identity');
    const clientId = storage.clientId;
    return storage.credential === 'managedidentity'
        ? new identity.ManagedIdentityCredential(clientId === undefined ? {} : { clientId })
        : new identity.DefaultAzureCredential(clientId === undefined ? {} : { managedIdentityClientId: clientId });
}
