import type { TokenCredential } from '@azure/core-auth';
import { TableClient } from '@azure/data-tables';
import { QueueServiceClient } from '@azure/storage-queue';

import { StorageTrackingQueues } from './StorageTrackingQueues';
import { TableOperationStore } from './TableOperationStore';
import { EVENTS_QUEUE, OPERATIONS_TABLE, POLL_POISON_QUEUE, POLL_QUEUE } from './trackingNames';

/** The storage account of the Function App: a connection string (Azurite, keys) or service URLs + identity. */
export type TrackingStorageTarget =
    | { readonly connectionString: string }
    | { readonly tableServiceUrl: string; readonly queueServiceUrl: string; readonly credential: TokenCredential };

export interface TrackingStorage {
    readonly store: TableOperationStore;
    readonly queues: StorageTrackingQueues;
    /** Creates the table and the three queues when missing (idempotent; once per instance). */
    ensure(): Promise<void>;
}

function isLoopbackHttp(connectionString: string): boolean {
    return /(?:TableEndpoint|QueueEndpoint)=http:\/\/(?:127\.|localhost|\[::1\])/i.test(connectionString) || /UseDevelopmentStorage=true/i.test(connectionString);
}

/**
 * Retries of one storage call: 3 tries, 200 ms then 400 ms apart (the SDK defaults wait seconds). track() runs
 * inside the HTTP request that started the operation, so a storage problem must cost that request well under a
 * second; the queue-triggered handlers have the host's own retries behind them.
 */
const TABLE_RETRY = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 };
const QUEUE_RETRY = { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 10_000 };

/** Table and queue clients for tracking on one storage account. */
export function createTrackingStorage(target: TrackingStorageTarget): TrackingStorage {
    let table: TableClient;
    let queues: QueueServiceClient;
    if ('connectionString' in target) {
        const insecure = isLoopbackHttp(target.connectionString);
        table = TableClient.fromConnectionString(target.connectionString, OPERATIONS_TABLE, {
            retryOptions: TABLE_RETRY,
            ...(insecure ? { allowInsecureConnection: true } : {}),
        });
        queues = QueueServiceClient.fromConnectionString(target.connectionString, { retryOptions: QUEUE_RETRY });
    } else {
        table = new TableClient(target.tableServiceUrl, OPERATIONS_TABLE, target.credential, { retryOptions: TABLE_RETRY });
        queues = new QueueServiceClient(target.queueServiceUrl, target.credential, { retryOptions: QUEUE_RETRY });
    }
    const store = new TableOperationStore(table);
    const trackingQueues = new StorageTrackingQueues(queues.getQueueClient(POLL_QUEUE), queues.getQueueClient(EVENTS_QUEUE), queues.getQueueClient(POLL_POISON_QUEUE));
    let ensured: Promise<void> | undefined;
    return {
        store,
        queues: trackingQueues,
        ensure: () => {
            ensured ??= Promise.all([store.ensureTable(), trackingQueues.ensureQueues()]).then(
                () => undefined,
                (err: unknown) => {
                    ensured = undefined;
                    throw err;
                },
            );
            return ensured;
        },
    };
}
