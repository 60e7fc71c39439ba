import type { StorageConfig } from '../config/AppConfig';
import { storageCredential } from '../config/storageCredential';
import type { TrackingStorageTarget } from './createTrackingStorage';

/**
 * Where tracking keeps its table and queues: the Function App's own storage account (AzureWebJobsStorage), by
 * connection string or identity (the table service URL derived from the queue one when not given).
 */
export function trackingStorageTarget(storage: StorageConfig): TrackingStorageTarget {
    if (storage.kind === 'connectionString') return { connectionString: storage.connectionString };
    const tableServiceUrl = storage.tableServiceUrl ?? storage.queueServiceUrl.replace('.queue.', '.table.');
    return { tableServiceUrl, queueServiceUrl: storage.queueServiceUrl, credential: storageCredential(storage) };
}
