import type { EmulatorRequest, EmulatorResponse } from '../../EmulatorContract';
import type { TrackedOperation } from '../operations/TrackedOperation';
import type { Estate } from '../store/records';

/** What a handler sees: the parsed request, the subscription's live estate, the emulator time, the locks. */
export interface HandlerContext {
    readonly request: EmulatorRequest;
    readonly subscriptionId: string;
    readonly estate: Estate;
    /** Emulator ms. */
    readonly now: number;
    /** Whether this call runs asynchronously (the spec's `async`, or its `whenFlag` flag set). */
    readonly asynchronous: boolean;
    /** The request id of the in-flight operation holding a lock (see `lockKeys`), if any. */
    readonly lockedBy: (lock: string) => string | undefined;
    /** The subscription's operation log entry for a request id (either form), if any. */
    readonly findOperation: (requestId: string) => TrackedOperation | undefined;
}

/**
 * A state change, described so the dispatcher can run it synchronously or as a tracked asynchronous operation:
 * `begin` applies at once (a transitional state, e.g. Status Creating/Deleting), `commit` applies the final state
 * (at once for synchronous calls, when the operation settles for asynchronous ones), and `rollback` undoes `begin`
 * when a scripted or real failure ends the operation Failed. Validation happens before any of them runs.
 */
export interface Mutation {
    readonly kind: 'mutation';
    /** Held while the asynchronous operation is InProgress; other mutations of these answer 409. */
    readonly locks?: readonly string[];
    readonly begin?: () => void;
    /**
     * Applies the final state at emulator time `at` (the call's time when synchronous, the due time when an
     * asynchronous operation settles). For synchronous calls, answers the response (default: the spec's first
     * status, no body).
     */
    readonly commit: (at: number) => EmulatorResponse | void;
    readonly rollback?: () => void;
    /** Headers of the 201/202 answer (`Location`). */
    readonly headers?: Readonly<Record<string, string>>;
}

export type HandlerResult = EmulatorResponse | Mutation;
export type Handler = (ctx: HandlerContext) => HandlerResult;
export type HandlerTable = Readonly<Record<string, Handler>>;

export function isMutation(result: HandlerResult): result is Mutation {
    return (result as Partial<Mutation>).kind === 'mutation';
}

export function ok(body?: unknown, status = 200): EmulatorResponse {
    return body === undefined ? { status } : { status, body };
}
