import { QueueServiceClient, type StoragePipelineOptions } from '@azure/storage-queue';

import type { StorageConfig } from '../config/AppConfig';
import { storageCredential } from '../config/storageCredential';

/** One cheap storage call (queue service properties); rejects when the account cannot be reached or refuses us. */
export type StorageProbe = (options: { readonly timeoutMs: number }) => Promise<void>;

/**
 * A probe of the Function App's storage account (AzureWebJobsStorage): `GET ?restype=service&comp=properties` on the
 * queue service, one try, bounded by the caller's timeout. The client is created once and reused.
 */
export function createStorageProbe(storage: StorageConfig): StorageProbe {
    const options: StoragePipelineOptions = { retryOptions: { maxTries: 1 } };
    let client: QueueServiceClient | undefined;
    const get = (): QueueServiceClient => {
        client ??=
            storage.kind === 'connectionString'
                ? QueueServiceClient.fromConnectionString(storage.connectionString, options)
                : new QueueServiceClient(storage.queueServiceUrl, storageCredential(storage), options);
        return client;
    };
    return async ({ timeoutMs }) => {
        await get().getProperties({ abortSignal: AbortSignal.timeout(timeoutMs) });
    };
}
