import type { OperationSpec } from '../asm/operations/OperationSpec';

/**
 * The boundary between the emulator's HTTPS transport (server, router, certificates, faults, admin surface) and
 * its state (per-subscription store, semantics, asynchronous operations, clock). The transport parses a request
 * against the catalogue and hands over this; the state answers with a model the transport serializes with the
 * operation's response schema.
 */
export interface EmulatorRequest {
    readonly operation: OperationSpec;
    readonly subscriptionId: string;
    /** Path parameters by the names of the operation's path template (`serviceName`, …), URI-decoded. */
    readonly pathParams: Readonly<Record<string, string>>;
    /** Query parameters by the operation's camelCase names: flags as booleans, values as strings. */
    readonly query: Readonly<Record<string, string | boolean>>;
    /** The request body read with the operation's request schema; undefined when the operation has none. */
    readonly body: unknown;
    /** The request id this call is answered with (32 lower-case hex); async operations are tracked under it. */
    readonly requestId: string;
    readonly xMsVersion: string;
}

export interface EmulatorResponse {
    readonly status: number;
    /** The response model, serialized by the transport with `operation.response`. */
    readonly body?: unknown;
    /** Extra headers (`Location`). */
    readonly headers?: Readonly<Record<string, string>>;
}

/** Outcome scripted for an operation's asynchronous work (fault injection). */
export interface AsyncOutcome {
    /** How long the operation stays InProgress, in emulator milliseconds. */
    readonly durationMs?: number;
    /** `fail`: ends Failed with the given error; `never`: stays InProgress forever. */
    readonly outcome?: 'succeed' | 'fail' | 'never';
    readonly error?: { readonly status: number; readonly code: string; readonly message: string };
}

/** An error ASM would answer with: status + `<Error><Code/><Message/></Error>`. */
export class AsmEmulatorError extends Error {
    override readonly name = 'AsmEmulatorError';
    constructor(
        readonly status: number,
        readonly code: string,
        message: string,
    ) {
        super(message);
    }
}

/**
 * What the transport needs from the state: answer a parsed request, and the admin operations.
 * Implemented by `src/emulator/state/EmulatorState.ts`.
 */
export interface EmulatorStateApi {
    /** Answers one parsed request; throws AsmEmulatorError for an ASM error. Synchronous: state is in memory. */
    handle(request: EmulatorRequest): EmulatorResponse;
    /** Loads a seed estate (see `src/emulator/state/seed.ts` for its JSON shape) into a subscription, replacing it. */
    loadSeed(subscriptionId: string, seed: unknown): void;
    /** Empties every subscription's estate and forgets operations and scripted outcomes. */
    reset(): void;
    /** The emulator clock (ms since epoch). */
    now(): number;
    /** Sets the emulator clock to an absolute time; it keeps running from there. */
    setClock(epochMs: number): void;
    /** Moves the emulator clock forward. */
    advanceClock(ms: number): void;
    /** Scripts the asynchronous outcome of the next (or every, when `sticky`) call of an operation. */
    scriptOperation(operationName: string, outcome: AsyncOutcome, sticky?: boolean): void;
    /** Default duration of asynchronous operations, emulator ms. */
    setDefaultOperationDuration(ms: number): void;
    /** A JSON snapshot of a subscription's estate (for tests comparing before/after). */
    snapshot(subscriptionId: string): unknown;
}
