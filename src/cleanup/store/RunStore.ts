import { odata, type TableClient } from '@azure/data-tables';

import { definedFields, entityFields } from './entityFields';
import { hasStatusCode } from './hasStatusCode';
import type { RunRecord } from './RunRecord';
import type { Versioned } from './Versioned';

const RUN = 'run';
const LOCK = 'lock';
const MAX_ETAG_RETRIES = 50;

/** The one-active-run lock of a subscription (PartitionKey `lock`, RowKey subscriptionId). */
export interface RunLock {
    readonly runId: string;
    readonly acquiredAt: string;
}

/**
 * Runs and the active-run lock in Table storage. Every change of a run goes through ETags: `update` re-reads and
 * re-applies its mutation when another worker changed the run in between (counters, reservations, completion).
 */
export class RunStore {
    constructor(private readonly table: TableClient) {}

    /** Creates the table when missing (the SDK treats TableAlreadyExists as done). */
    async ensureTable(): Promise<void> {
        await this.table.createTable();
    }

    async create(run: RunRecord): Promise<string> {
        const res = await this.table.createEntity({ partitionKey: RUN, rowKey: run.runId, ...definedFields(run) });
        return res.etag ?? '';
    }

    async get(runId: string): Promise<Versioned<RunRecord> | undefined> {
        try {
            const e = await this.table.getEntity<Record<string, unknown>>(RUN, runId);
            return { value: entityFields(e) as unknown as RunRecord, etag: e.etag };
        } catch (err) {
            if (hasStatusCode(err, 404)) return undefined;
            throw err;
        }
    }

    /** Replaces the run if its ETag still matches; undefined when another writer got there first (412). */
    async replace(run: RunRecord, etag: string): Promise<string | undefined> {
        try {
            const res = await this.table.updateEntity({ partitionKey: RUN, rowKey: run.runId, ...definedFields(run) }, 'Replace', { etag });
            return res.etag ?? '';
        } catch (err) {
            if (hasStatusCode(err, 412)) return undefined;
            throw err;
        }
    }

    /**
     * Optimistic read-modify-write: `mutate` gets the current run and returns the new one, or undefined to change
     * nothing. Retried on ETag conflicts. Resolves to what was written (or the unchanged run), undefined if missing.
     */
    async update(runId: string, mutate: (run: RunRecord) => RunRecord | undefined): Promise<{ run: RunRecord; changed: boolean } | undefined> {
        for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
            const current = await this.get(runId);
            if (current === undefined) return undefined;
            const next = mutate(current.value);
            if (next === undefined) return { run: current.value, changed: false };
            if ((await this.replace(next, current.etag)) !== undefined) return { run: next, changed: true };
            await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 20 * (attempt + 1))));
        }
        throw new Error(`Run ${runId}: gave up after ${MAX_ETAG_RETRIES} concurrent updates.`);
    }

    /** The newest runs first (runIds sort by start time). */
    async list(limit: number): Promise<RunRecord[]> {
        const runs: RunRecord[] = [];
        for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${RUN}` } })) {
            runs.push(entityFields(e) as unknown as RunRecord);
        }
        return runs.sort((a, b) => b.runId.localeCompare(a.runId)).slice(0, limit);
    }

    /** Creates the lock; false when a lock already exists. */
    async createLock(subscriptionId: string, lock: RunLock): Promise<boolean> {
        try {
            await this.table.createEntity({ partitionKey: LOCK, rowKey: subscriptionId, ...lock });
            return true;
        } catch (err) {
            if (hasStatusCode(err, 409)) return false;
            throw err;
        }
    }

    async getLock(subscriptionId: string): Promise<Versioned<RunLock> | undefined> {
        try {
            const e = await this.table.getEntity<Record<string, unknown>>(LOCK, subscriptionId);
            return { value: entityFields(e) as unknown as RunLock, etag: e.etag };
        } catch (err) {
            if (hasStatusCode(err, 404)) return undefined;
            throw err;
        }
    }

    /** Takes the lock over from a finished or abandoned holder; false if it changed meanwhile. */
    async replaceLock(subscriptionId: string, lock: RunLock, etag: string): Promise<boolean> {
        try {
            await this.table.updateEntity({ partitionKey: LOCK, rowKey: subscriptionId, ...lock }, 'Replace', { etag });
            return true;
        } catch (err) {
            if (hasStatusCode(err, 412) || hasStatusCode(err, 404)) return false;
            throw err;
        }
    }

    /** Releases the lock if `runId` holds it (never someone else's). */
    async releaseLock(subscriptionId: string, runId: string): Promise<void> {
        const lock = await this.getLock(subscriptionId);
        if (lock === undefined || lock.value.runId !== runId) return;
        try {
            await this.table.deleteEntity(LOCK, subscriptionId, { etag: lock.etag });
        } catch (err) {
            if (!hasStatusCode(err, 404) && !hasStatusCode(err, 412)) throw err;
        }
    }
}
