/**
 * Cleanup's storage (runs, items, marks, queues) in memory, with Table storage's semantics where the engine relies
 * on them: ETags on every write (a replace with a stale ETag loses), create-if-absent, RowKey order in listings,
 * undefined fields dropped. The sweep benchmark measures the engine's ASM path, so storage costs nothing here
 * (against Azurite, storage round trips would dominate and the ideal — ASM calls × latency / concurrency — would
 * not be the question asked).
 */
import type { TableClient } from '@azure/data-tables';

import type { Mark } from '../../src/cleanup/plan/Mark';
import type { CleanupQueues } from '../../src/cleanup/queue/CleanupQueues';
import type { WorkMessage } from '../../src/cleanup/queue/WorkMessage';
import type { RunCompletedEvent } from '../../src/cleanup/run/RunCompletedEvent';
import type { CleanupStorage } from '../../src/cleanup/store/createCleanupStorage';
import type { ItemRecord, WorkRecord } from '../../src/cleanup/store/ItemRecord';
import { ItemStore } from '../../src/cleanup/store/ItemStore';
import { MarkStore } from '../../src/cleanup/store/MarkStore';
import type { RunRecord } from '../../src/cleanup/store/RunRecord';
import { type RunLock, RunStore } from '../../src/cleanup/store/RunStore';
import type { Versioned } from '../../src/cleanup/store/Versioned';

let etagCounter = 0;
const newEtag = (): string => `W/"${++etagCounter}"`;

/** A record as Table storage keeps it: undefined fields dropped (what definedFields does, without the allocations). */
function definedFields(record: object): Record<string, unknown> {
    const source = record as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k in source) {
        const v = source[k];
        if (v !== undefined && Object.prototype.hasOwnProperty.call(source, k)) out[k] = v;
    }
    return out;
}

type Entry = { fields: Record<string, unknown>; etag: string };

/** The group a RowKey is listed under: everything up to its last `~` (`d~service~`, `s~`, `w~`). */
function groupOf(rk: string): string {
    return rk.slice(0, rk.lastIndexOf('~') + 1);
}

/** One table: partition → row → (fields, ETag), with RowKeys grouped for prefix listings. */
class MemoryTable {
    readonly #partitions = new Map<string, { rows: Map<string, Entry>; groups: Map<string, Set<string>> }>();

    #partition(pk: string): { rows: Map<string, Entry>; groups: Map<string, Set<string>> } {
        let p = this.#partitions.get(pk);
        if (p === undefined) {
            p = { rows: new Map(), groups: new Map() };
            this.#partitions.set(pk, p);
        }
        return p;
    }

    #set(pk: string, rk: string, entry: Entry): void {
        const p = this.#partition(pk);
        if (!p.rows.has(rk)) {
            const group = groupOf(rk);
            let keys = p.groups.get(group);
            if (keys === undefined) {
                keys = new Set();
                p.groups.set(group, keys);
            }
            keys.add(rk);
        }
        p.rows.set(rk, entry);
    }

    get<T>(pk: string, rk: string): Versioned<T> | undefined {
        const e = this.#partitions.get(pk)?.rows.get(rk);
        return e === undefined ? undefined : { value: Object.assign({}, e.fields) as T, etag: e.etag };
    }

    /** Creates the entity; undefined when it exists (409). */
    create(pk: string, rk: string, record: object): string | undefined {
        if (this.#partitions.get(pk)?.rows.has(rk)) return undefined;
        const etag = newEtag();
        this.#set(pk, rk, { fields: definedFields(record), etag });
        return etag;
    }

    /** Replaces the entity if its ETag matches; undefined on a mismatch or when it is gone (412/404). */
    replace(pk: string, rk: string, record: object, etag: string): string | undefined {
        const current = this.#partitions.get(pk)?.rows.get(rk);
        if (current === undefined || current.etag !== etag) return undefined;
        const next = newEtag();
        this.#set(pk, rk, { fields: definedFields(record), etag: next });
        return next;
    }

    upsert(pk: string, rk: string, record: object): void {
        this.#set(pk, rk, { fields: definedFields(record), etag: newEtag() });
    }

    delete(pk: string, rk: string, etag?: string): boolean {
        const p = this.#partitions.get(pk);
        const current = p?.rows.get(rk);
        if (p === undefined || current === undefined || (etag !== undefined && current.etag !== etag)) return false;
        p.rows.delete(rk);
        p.groups.get(groupOf(rk))?.delete(rk);
        return true;
    }

    /** Entities of a partition whose RowKey starts with `prefix`, in RowKey order (a range query, as Table storage answers it). */
    list<T>(pk: string, prefix = ''): Versioned<T>[] {
        const p = this.#partitions.get(pk);
        if (p === undefined) return [];
        // A service's deployments (`d~service~`): RowKeys hold at most two `~` (itemKeys), so the group is exactly
        // the range. Anything else is scanned.
        const grouped = prefix.endsWith('~') && prefix.split('~').length === 3 ? p.groups.get(prefix) : undefined;
        const keys = grouped !== undefined ? [...grouped] : [...p.rows.keys()].filter((rk) => rk.startsWith(prefix));
        return keys
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            .map((rk) => {
                const e = p.rows.get(rk) as Entry;
                return { value: Object.assign({}, e.fields) as T, etag: e.etag };
            });
    }
}

const NO_TABLE = undefined as unknown as TableClient;

class MemoryRunStore extends RunStore {
    readonly #table = new MemoryTable();
    constructor() {
        super(NO_TABLE);
    }
    override async ensureTable(): Promise<void> {}
    override async create(run: RunRecord): Promise<string> {
        const etag = this.#table.create('run', run.runId, run);
        if (etag === undefined) throw Object.assign(new Error(`run ${run.runId} exists`), { statusCode: 409 });
        return etag;
    }
    override async get(runId: string): Promise<Versioned<RunRecord> | undefined> {
        return this.#table.get<RunRecord>('run', runId);
    }
    override async replace(run: RunRecord, etag: string): Promise<string | undefined> {
        return this.#table.replace('run', run.runId, run, etag);
    }
    override async list(limit: number): Promise<RunRecord[]> {
        return this.#table
            .list<RunRecord>('run')
            .map((v) => v.value)
            .sort((a, b) => b.runId.localeCompare(a.runId))
            .slice(0, limit);
    }
    override async createLock(subscriptionId: string, lock: RunLock): Promise<boolean> {
        return this.#table.create('lock', subscriptionId, lock) !== undefined;
    }
    override async getLock(subscriptionId: string): Promise<Versioned<RunLock> | undefined> {
        return this.#table.get<RunLock>('lock', subscriptionId);
    }
    override async replaceLock(subscriptionId: string, lock: RunLock, etag: string): Promise<boolean> {
        return this.#table.replace('lock', subscriptionId, lock, etag) !== undefined;
    }
    override async releaseLock(subscriptionId: string, runId: string): Promise<void> {
        const lock = this.#table.get<RunLock>('lock', subscriptionId);
        if (lock !== undefined && lock.value.runId === runId) this.#table.delete('lock', subscriptionId, lock.etag);
    }
}

class MemoryItemStore extends ItemStore {
    readonly #table = new MemoryTable();
    constructor() {
        super(NO_TABLE);
    }
    override async ensureTable(): Promise<void> {}
    override async upsertItems(runId: string, items: readonly ItemRecord[]): Promise<void> {
        for (const item of items) this.#table.upsert(runId, item.key, item);
    }
    override async getItem(runId: string, key: string): Promise<Versioned<ItemRecord> | undefined> {
        return this.#table.get<ItemRecord>(runId, key);
    }
    override async replaceItem(runId: string, item: ItemRecord, etag: string): Promise<string | undefined> {
        return this.#table.replace(runId, item.key, item, etag);
    }
    override async listItems<T = ItemRecord>(runId: string, prefix = ''): Promise<Versioned<T>[]> {
        return this.#table.list<T>(runId, prefix);
    }
    override async createWork(runId: string, work: WorkRecord): Promise<string | undefined> {
        return this.#table.create(runId, work.key, work);
    }
    override async getWork(runId: string, key: string): Promise<Versioned<WorkRecord> | undefined> {
        return this.#table.get<WorkRecord>(runId, key);
    }
    override async replaceWork(runId: string, work: WorkRecord, etag: string): Promise<string | undefined> {
        return this.#table.replace(runId, work.key, work, etag);
    }
}

const markKey = (serviceName: string, deploymentName: string): string => `${serviceName.toLowerCase()}~${deploymentName.toLowerCase()}`;

class MemoryMarkStore extends MarkStore {
    readonly #table = new MemoryTable();
    constructor() {
        super(NO_TABLE);
    }
    override async ensureTable(): Promise<void> {}
    override async forService(subscriptionId: string, serviceName: string): Promise<Mark[]> {
        return this.#table.list<Mark>(subscriptionId, `${serviceName.toLowerCase()}~`).map((v) => v.value);
    }
    override async set(subscriptionId: string, mark: Mark): Promise<void> {
        this.#table.upsert(subscriptionId, markKey(mark.serviceName, mark.deploymentName), mark);
    }
    override async clear(subscriptionId: string, serviceName: string, deploymentName: string): Promise<void> {
        this.#table.delete(subscriptionId, markKey(serviceName, deploymentName));
    }
}

/** The work and events queues: FIFO arrays the bench's worker pool takes messages from. */
export class MemoryCleanupQueues implements CleanupQueues {
    readonly work: WorkMessage[] = [];
    readonly events: RunCompletedEvent[] = [];
    async ensureQueues(): Promise<void> {}
    async sendWork(message: WorkMessage): Promise<void> {
        // As the queue would: the worker gets its own copy of the JSON text.
        this.work.push(JSON.parse(JSON.stringify(message)) as WorkMessage);
    }
    async sendEvent(event: RunCompletedEvent): Promise<void> {
        this.events.push(event);
    }
}

/** A fresh, empty cleanup storage in memory, and its queues (for the bench's worker pool). */
export function createMemoryCleanupStorage(): { readonly storage: CleanupStorage; readonly queues: MemoryCleanupQueues } {
    const queues = new MemoryCleanupQueues();
    const storage: CleanupStorage = {
        runs: new MemoryRunStore(),
        items: new MemoryItemStore(),
        marks: new MemoryMarkStore(),
        // The engine sees the CleanupQueues interface only (CleanupDeps.queues).
        queues: queues as unknown as CleanupStorage['queues'],
        readBlob: async () => undefined,
        ensure: async () => undefined,
    };
    return { storage, queues };
}
