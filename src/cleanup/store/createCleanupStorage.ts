import { TableClient } from '@azure/data-tables';
import type { BlobServiceClient } from '@azure/storage-blob';
import { QueueServiceClient } from '@azure/storage-queue';

import { StorageCleanupQueues } from '../queue/StorageCleanupQueues';
import type { CleanupStorageTarget } from './CleanupStorageTarget';
import { CLEANUP_NAMES } from './cleanupNames';
import { hasStatusCode } from './hasStatusCode';
import { ItemStore } from './ItemStore';
import { MarkStore } from './MarkStore';
import { RunStore } from './RunStore';

export interface CleanupStorage {
    readonly runs: RunStore;
    readonly items: ItemStore;
    readonly marks: MarkStore;
    readonly queues: StorageCleanupQueues;
    /** Reads a blob as text; undefined when missing. */
    readBlob(container: string, name: string): Promise<string | undefined>;
    /** Creates the tables and queues when missing (idempotent; retried after a failure). */
    ensure(): Promise<void>;
}

function isLoopbackHttp(connectionString: string): boolean {
    return /(?:TableEndpoint|QueueEndpoint|BlobEndpoint)=http:\/\/(?:127\.|localhost|\[::1\])/i.test(connectionString) || /UseDevelopmentStorage=true/i.test(connectionString);
}

/**
 * The cleanup tables, queues and blob reader on the Function App's storage account. Touches only CLEANUP_NAMES.
 * @azure/storage-blob is loaded on the first blob read (a policy kept in a blob), not when the app is imported.
 */
export function createCleanupStorage(target: CleanupStorageTarget): CleanupStorage {
    let table: (name: string) => TableClient;
    let queues: QueueServiceClient;
    let blobClient: BlobServiceClient | undefined;
    const blobs = (): BlobServiceClient => {
        const { BlobServiceClient: Client } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
        blobClient ??= 'connectionString' in target ? Client.fromConnectionString(target.connectionString) : new Client(target.blobServiceUrl, target.credential);
        return blobClient;
    };
    if ('connectionString' in target) {
        const options = isLoopbackHttp(target.connectionString) ? { allowInsecureConnection: true } : {};
        table = (name) => TableClient.fromConnectionString(target.connectionString, name, options);
        queues = QueueServiceClient.fromConnectionString(target.connectionString);
    } else {
        table = (name) => new TableClient(target.tableServiceUrl, name, target.credential);
        queues = new QueueServiceClient(target.queueServiceUrl, target.credential);
    }
    const runs = new RunStore(table(CLEANUP_NAMES.runsTable));
    const items = new ItemStore(table(CLEANUP_NAMES.itemsTable));
    const marks = new MarkStore(table(CLEANUP_NAMES.marksTable));
    const cleanupQueues = new StorageCleanupQueues(queues.getQueueClient(CLEANUP_NAMES.workQueue), queues.getQueueClient(CLEANUP_NAMES.eventsQueue));
    let ensured: Promise<void> | undefined;
    return {
        runs,
        items,
        marks,
        queues: cleanupQueues,
        async readBlob(container, name) {
            try {
                const buffer = await blobs().getContainerClient(container).getBlobClient(name).downloadToBuffer();
                return buffer.toString('utf8');
            } catch (err) {
                if (hasStatusCode(err, 404)) return undefined;
                throw err;
            }
        },
        ensure() {
            ensured ??= Promise.all([runs.ensureTable(), items.ensureTable(), marks.ensureTable(), cleanupQueues.ensureQueues()]).then(
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
