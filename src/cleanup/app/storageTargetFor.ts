import type { StorageConfig } from '../../config/AppConfig';
import { storageCredential } from '../../config/storageCredential';
import { CleanupPolicyError } from '../policy/CleanupPolicyError';
import type { CleanupStorageTarget } from '../store/CleanupStorageTarget';

/** The cleanup storage target of the Function App's storage account (AzureWebJobsStorage, key or identity). */
export function storageTargetFor(storage: StorageConfig): CleanupStorageTarget {
    if (storage.kind === 'connectionString') return { connectionString: storage.connectionString };
    const { tableServiceUrl, blobServiceUrl } = storage;
    if (tableServiceUrl === undefined || blobServiceUrl === undefined) {
        throw new CleanupPolicyError('settings', [
            {
                field: 'AzureWebJobsStorage__tableServiceUri',
                message: 'cleanup needs the table and blob services: set AzureWebJobsStorage__accountName (or the *ServiceUri settings)',
            },
        ]);
    }
    return { tableServiceUrl, queueServiceUrl: storage.queueServiceUrl, blobServiceUrl, credential: storageCredential(storage) };
}
