import type { TableClient, TableEntityResult } from '@azure/data-tables';

import { fromOperationEntity } from './fromOperationEntity';
import { operationFilter } from './operationFilter';
import type { OperationQuery, OperationStore, StoredOperation } from './OperationStore';
import { toOperationEntity } from './toOperationEntity';
import type { TrackedOperation } from './TrackedOperation';

function statusCodeOf(err: unknown): number | undefined {
    const code = (err as { statusCode?: unknown } | null)?.statusCode;
    return typeof code === 'number' ? code : undefined;
}

function etagOf(value: { etag?: string }): string {
    if (value.etag === undefined) throw new Error('Table storage answered without an ETag.');
    return value.etag;
}

/** OperationStore on an Azure Table (`asmoperations`): PartitionKey = subscription id, RowKey = request id. */
export class TableOperationStore implements OperationStore {
    constructor(private readonly table: TableClient) {}

    /** Creates the table when missing (idempotent). */
    async ensureTable(): Promise<void> {
        await this.table.createTable();
    }

    async create(record: TrackedOperation): Promise<{ created: boolean; stored: StoredOperation }> {
        try {
            const res = await this.table.createEntity(toOperationEntity(record));
            return { created: true, stored: { record, etag: etagOf(res) } };
        } catch (err) {
            if (statusCodeOf(err) !== 409) throw err;
        }
        const existing = await this.get(record.subscriptionId, record.requestId);
        if (existing === undefined) throw new Error(`Tracking record ${record.requestId} conflicted on insert but cannot be read.`);
        return { created: false, stored: existing };
    }

    async get(subscriptionId: string, requestId: string): Promise<StoredOperation | undefined> {
        let entity: TableEntityResult<Record<string, unknown>>;
        try {
            entity = await this.table.getEntity<Record<string, unknown>>(subscriptionId, requestId);
        } catch (err) {
            if (statusCodeOf(err) === 404) return undefined;
            throw err;
        }
        return { record: fromOperationEntity(entity), etag: etagOf(entity) };
    }

    async replace(record: TrackedOperation, etag: string): Promise<StoredOperation | undefined> {
        try {
            const res = await this.table.updateEntity(toOperationEntity(record), 'Replace', { etag });
            return { record, etag: etagOf(res) };
        } catch (err) {
            if (statusCodeOf(err) === 412) return undefined;
            throw err;
        }
    }

    async list(query: OperationQuery): Promise<StoredOperation[]> {
        const filter = operationFilter(query);
        const out: StoredOperation[] = [];
        const limit = query.top ?? Number.POSITIVE_INFINITY;
        if (limit <= 0) return out;
        const pages = this.table.listEntities<Record<string, unknown>>(filter === undefined ? {} : { queryOptions: { filter } }).byPage({
            maxPageSize: Math.min(1000, Number.isFinite(limit) ? limit : 1000),
        });
        for await (const page of pages) {
            for (const entity of page) {
                out.push({ record: fromOperationEntity(entity), etag: etagOf(entity) });
                if (out.length >= limit) return out;
            }
        }
        return out;
    }
}
