import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';

import { definedFields, entityFields } from './entityFields';
import { hasStatusCode } from './hasStatusCode';
import type { ItemRecord, WorkRecord } from './ItemRecord';
import type { Versioned } from './Versioned';

/** Table storage takes at most 100 operations per transaction (one partition). */
const BATCH = 100;

/**
 * Plan items and work records of runs (PartitionKey runId). Items are written with deterministic keys, so a worker
 * that runs twice for the same hosted service overwrites rather than duplicates.
 */
export class ItemStore {
    constructor(private readonly table: TableClient) {}

    /** Creates the table when missing (the SDK treats TableAlreadyExists as done). */
    async ensureTable(): Promise<void> {
        await this.table.createTable();
    }

    /** Writes items (insert or replace), in transactions of up to 100. */
    async upsertItems(runId: string, items: readonly ItemRecord[]): Promise<void> {
        for (let i = 0; i < items.length; i += BATCH) {
            const actions: TransactionAction[] = items
                .slice(i, i + BATCH)
                .map((item) => ['upsert', { partitionKey: runId, rowKey: item.key, ...definedFields(item) }, 'Replace']);
            await this.table.submitTransaction(actions);
        }
    }

    async getItem(runId: string, key: string): Promise<Versioned<ItemRecord> | undefined> {
        return this.get<ItemRecord>(runId, key);
    }

    /** Replaces an item if its ETag matches; undefined on a conflict (another worker changed it). */
    async replaceItem(runId: string, item: ItemRecord, etag: string): Promise<string | undefined> {
        return this.replace(runId, item, etag);
    }

    /** Every item of a run whose key starts with `prefix` (`d~`, `s~`, `w~`, or a service's `d~name~`). */
    async listItems<T = ItemRecord>(runId: string, prefix = ''): Promise<Versioned<T>[]> {
        const end = `${prefix}\uffff`;
        const filter = prefix === '' ? odata`PartitionKey eq ${runId}` : odata`PartitionKey eq ${runId} and RowKey ge ${prefix} and RowKey lt ${end}`;
        const out: Versioned<T>[] = [];
        for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
            out.push({ value: entityFields(e) as T, etag: e.etag });
        }
        return out;
    }

    /** Creates a work record; false when it already exists (another delivery of the same message). */
    async createWork(runId: string, work: WorkRecord): Promise<string | undefined> {
        try {
            const res = await this.table.createEntity({ partitionKey: runId, rowKey: work.key, ...definedFields(work) });
            return res.etag ?? '';
        } catch (err) {
            if (hasStatusCode(err, 409)) return undefined;
            throw err;
        }
    }

    async getWork(runId: string, key: string): Promise<Versioned<WorkRecord> | undefined> {
        return this.get<WorkRecord>(runId, key);
    }

    async replaceWork(runId: string, work: WorkRecord, etag: string): Promise<string | undefined> {
        return this.replace(runId, work, etag);
    }

    private async get<T>(runId: string, key: string): Promise<Versioned<T> | undefined> {
        try {
            const e = await this.table.getEntity<Record<string, unknown>>(runId, key);
            return { value: entityFields(e) as T, etag: e.etag };
        } catch (err) {
            if (hasStatusCode(err, 404)) return undefined;
            throw err;
        }
    }

    private async replace(runId: string, record: { readonly key: string }, etag: string): Promise<string | undefined> {
        try {
            const res = await this.table.updateEntity({ partitionKey: runId, rowKey: record.key, ...definedFields(record) }, 'Replace', { etag });
            return res.etag ?? '';
        } catch (err) {
            if (hasStatusCode(err, 412)) return undefined;
            throw err;
        }
    }
}
