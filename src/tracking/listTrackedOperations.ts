import type { OperationStore } from './OperationStore';
import type { TrackedStatus } from './TrackedOperation';
import type { TrackedOperationView } from './TrackedOperationView';
import { toTrackedOperationView } from './toTrackedOperationView';

export interface ListTrackedOptions {
    readonly status?: TrackedStatus;
    readonly subscriptionId?: string;
    /** At most this many (default 100, at most 1000). */
    readonly top?: number;
}

export const DEFAULT_LIST_TOP = 100;
export const MAX_LIST_TOP = 1000;

/**
 * Tracked operations, newest first within what was read (`GET /api/operations?status=InProgress`). `status` is
 * not a key column: the table service scans (fine for the few thousand records a subscription accumulates; see
 * the README for retention).
 */
export async function listTrackedOperations(store: OperationStore, options: ListTrackedOptions = {}): Promise<TrackedOperationView[]> {
    const top = Math.min(MAX_LIST_TOP, Math.max(1, Math.floor(options.top ?? DEFAULT_LIST_TOP)));
    const rows = await store.list({
        top,
        ...(options.status === undefined ? {} : { status: options.status }),
        ...(options.subscriptionId === undefined ? {} : { subscriptionId: options.subscriptionId }),
    });
    return rows.map((s) => s.record).sort((a, b) => b.startedAt - a.startedAt).map(toTrackedOperationView);
}
