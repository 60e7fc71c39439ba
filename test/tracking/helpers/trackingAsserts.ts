import type { OperationStore } from '../../../src/tracking/OperationStore';
import type { TrackedOperation } from '../../../src/tracking/TrackedOperation';

/** The stored record (throws when missing). */
export async function readRecord(store: OperationStore, subscriptionId: string, requestId: string): Promise<TrackedOperation> {
    const stored = await store.get(subscriptionId, requestId);
    if (stored === undefined) throw new Error(`No record for ${requestId}`);
    return stored.record;
}

/** A `done` predicate for QueueDriver.runUntil: the record is terminal and its completion finished. */
export function completed(store: OperationStore, subscriptionId: string, requestId: string): () => Promise<boolean> {
    return async () => (await readRecord(store, subscriptionId, requestId)).completion === 'done';
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
