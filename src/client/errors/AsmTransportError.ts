import { AsmError } from './AsmError';

/**
 * How an exchange failed below HTTP:
 * - `connect`: no connection was made (refused, DNS, unreachable, connect timeout): the request never left.
 * - `tls`: the TLS handshake or certificate verification failed (retrying does not help).
 * - `reset`: the connection broke after it was established (the request may have reached ASM).
 * - `timeout`: no complete response in time (the request may have reached ASM).
 * - `other`: anything else.
 */
export type TransportFailureKind = 'connect' | 'tls' | 'reset' | 'timeout' | 'other';

export interface AsmTransportErrorInit {
    readonly kind: TransportFailureKind;
    /** False only when the request provably never reached the server. */
    readonly reachedServer: boolean;
    /** The Node/undici error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, …) when there was one. */
    readonly errorCode?: string;
    readonly operation: string;
    readonly cause?: unknown;
}

/** The exchange with ASM failed below HTTP (after any retries). */
export class AsmTransportError extends AsmError {
    override readonly name: string = 'AsmTransportError';
    readonly kind: TransportFailureKind;
    readonly reachedServer: boolean;
    readonly errorCode: string | undefined;
    readonly operation: string;

    constructor(init: AsmTransportErrorInit) {
        const code = init.errorCode === undefined ? '' : ` (${init.errorCode})`;
        super('ASM_TRANSPORT_ERROR', `${init.operation}: ${init.kind} failure${code}`, { cause: init.cause });
        this.kind = init.kind;
        this.reachedServer = init.reachedServer;
        this.errorCode = init.errorCode;
        this.operation = init.operation;
    }
}
