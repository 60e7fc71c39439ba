import type { OperationStore, StoredOperation } from './OperationStore';
import type { TrackedOperation } from './TrackedOperation';

const MAX_ROUNDS = 5;

/**
 * Applies `change` to a stored record and writes it under its ETag; on 412 re-reads and applies `change` to the
 * fresh version (so `change` must be idempotent, like "set eventSentAt unless set"). `change` returning undefined
 * means nothing to write. Returns the latest stored version; throws if the record disappeared or kept changing.
 */
export async function updateRecord(
    store: OperationStore,
    stored: StoredOperation,
    change: (record: TrackedOperation) => TrackedOperation | undefined,
): Promise<StoredOperation> {
    let current = stored;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const next = change(current.record);
        if (next === undefined) return current;
        const written = await store.replace(next, current.etag);
        if (written !== undefined) return written;
        const fresh = await store.get(current.record.subscriptionId, current.record.requestId);
        if (fresh === undefined) throw new Error(`Tracking record ${current.record.requestId} disappeared.`);
        current = fresh;
    }
    throw new Error(`Tracking record ${stored.record.requestId} kept changing; gave up after ${MAX_ROUNDS} conflicting writes.`);
}
