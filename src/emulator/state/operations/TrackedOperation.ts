/** The error an operation ended with (`<Error><Code/><Message/></Error>` inside the Operation). */
export interface OperationError {
    readonly status: number;
    readonly code: string;
    readonly message: string;
}

/** What an asynchronous mutation does: at once, on success, on failure. */
export interface AsyncEffects {
    /** Resources held exclusively while the operation runs (see `lockKeys`). */
    readonly locks: readonly string[];
    /** Applies the final state; `at` is the emulator time the operation settles at. */
    readonly commit: (at: number) => void;
    readonly rollback: () => void;
}

export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed';

/** One request the subscription's operation log knows, by its request id. */
export interface TrackedOperation {
    readonly requestId: string;
    readonly subscriptionId: string;
    readonly operationName: string;
    readonly startedAt: number;
    /** Emulator ms at which it settles; undefined: never (scripted `never`). */
    readonly dueAt: number | undefined;
    readonly seq: number;
    status: OperationStatus;
    httpStatusCode?: number;
    error?: OperationError;
    /** Present while InProgress. */
    effects?: AsyncEffects;
    /** Scripted failure applied when it settles. */
    readonly failWith?: OperationError;
}
