import type { AppSettings } from '../config/AppSettings';
import type { QueueSettings } from '../config/QueueSettings';
import type { HostBinding } from '../functions/HostBinding';
import type { HostFunction } from '../functions/HostFunction';
import type { HostLogger } from '../HostLogger';
import type { OutputWriter } from '../invoke/OutputWriter';
import { encodeQueueMessage } from '../queues/encodeQueueMessage';
import type { QueueNotifier } from '../queues/QueueNotifier';
import { resolveStorageConnection } from '../storage/resolveStorageConnection';
import type { StorageClients } from '../storage/StorageClients';

export interface OutputWriterDeps {
    readonly settings: AppSettings;
    readonly developmentStorage: string;
    readonly queueSettings: QueueSettings;
    readonly clients: StorageClients;
    readonly notifier: QueueNotifier;
    readonly logger: HostLogger;
}

function items(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [value];
}

function required(binding: HostBinding, property: string): string {
    const value = binding[property];
    if (typeof value !== 'string' || value === '') throw new Error(`The ${binding.type} output '${binding.name}' has no ${property}.`);
    return value;
}

/**
 * Writes the outputs the local host supports: `queue` (one message per item, encoded per messageEncoding, queue
 * created if needed, its listeners woken) and `table` (one entity per item, PartitionKey/RowKey from the binding
 * when set). Other output types are skipped with a warning, once per binding.
 */
export function createOutputWriter(deps: OutputWriterDeps): OutputWriter {
    const warned = new Set<string>();
    return {
        async write(fn: HostFunction, binding: HostBinding, value: unknown): Promise<void> {
            const type = binding.type.toLowerCase();
            if (type === 'queue') {
                const queueName = required(binding, 'queueName').toLowerCase();
                const connection = resolveStorageConnection(binding['connection'], deps.settings, deps.developmentStorage);
                const queue = deps.clients.queue(connection, queueName);
                await queue.createIfNotExists();
                for (const item of items(value)) await queue.sendMessage(encodeQueueMessage(item, deps.queueSettings.messageEncoding));
                deps.notifier.notify(queueName);
                return;
            }
            if (type === 'table') {
                const connection = resolveStorageConnection(binding['connection'], deps.settings, deps.developmentStorage);
                const table = deps.clients.table(connection, required(binding, 'tableName'));
                await table.createTable();
                for (const item of items(value)) {
                    const entity = { ...(item as Record<string, unknown>) };
                    if (typeof binding['partitionKey'] === 'string') entity['partitionKey'] ??= binding['partitionKey'];
                    if (typeof binding['rowKey'] === 'string') entity['rowKey'] ??= binding['rowKey'];
                    entity['partitionKey'] ??= entity['PartitionKey'];
                    entity['rowKey'] ??= entity['RowKey'];
                    delete entity['PartitionKey'];
                    delete entity['RowKey'];
                    await table.createEntity(entity as { partitionKey: string; rowKey: string });
                }
                return;
            }
            const key = `${fn.name}/${binding.name}`;
            if (!warned.has(key)) {
                warned.add(key);
                deps.logger('warning', `The ${binding.type} output '${binding.name}' is not supported by the local host; its value was dropped.`, fn.name);
            }
        },
    };
}
