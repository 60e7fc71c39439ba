import type { TrackedOperation, TrackedStatus } from './TrackedOperation';

/** A record with the ETag it was read or written with. */
export interface StoredOperation {
    readonly record: TrackedOperation;
    readonly etag: string;
}

/** Which records to list (all conditions must hold). */
export interface OperationQuery {
    readonly status?: TrackedStatus;
    readonly subscriptionId?: string;
    /** InProgress records whose nextPollAt is before this time (the sweep). */
    readonly nextPollBefore?: number;
    /** Records with completion `pending` whose claim expired before this time (the sweep). */
    readonly completionClaimExpiredBefore?: number;
    /** At most this many (default: all). */
    readonly top?: number;
}

/**
 * Where tracking records live. Writes are conditional: `replace` succeeds only when the stored ETag still equals
 * the one given (optimistic concurrency), so of two instances that read the same version only one can write.
 */
export interface OperationStore {
    /** Inserts a new record; when one already exists for the key, returns it instead (created false). */
    create(record: TrackedOperation): Promise<{ readonly created: boolean; readonly stored: StoredOperation }>;
    get(subscriptionId: string, requestId: string): Promise<StoredOperation | undefined>;
    /** Replaces the whole record if its ETag is still `etag`; `undefined` when another writer got there first (412). */
    replace(record: TrackedOperation, etag: string): Promise<StoredOperation | undefined>;
    list(query: OperationQuery): Promise<StoredOperation[]>;
}
