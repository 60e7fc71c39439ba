import type { TransportFailureKind } from '../errors/AsmTransportError';

export interface TransportFailure {
    readonly kind: TransportFailureKind;
    /** False only when no byte of the request can have been written. */
    readonly reachedServer: boolean;
    readonly errorCode: string | undefined;
}

/**
 * Codes that only the connect phase produces. undici opens the socket (DNS, TCP, then TLS) before it hands a
 * request to it, and fails the queued requests with the connector's error when that fails (client.js
 * `handleConnectError` → `errorRequest` for requests that are not running), so a request failing with one of these
 * was never written:
 * - ECONNREFUSED / EHOSTUNREACH / ENETUNREACH / EADDRNOTAVAIL: `connect(2)` failed;
 * - ENOTFOUND / EAI_AGAIN: the DNS lookup failed, no socket at all;
 * - UND_ERR_CONNECT_TIMEOUT: undici's ConnectTimeoutError (TCP + TLS handshake did not finish in connectTimeout).
 * Deliberately NOT in the list, because they also happen on a socket that already carried the request:
 * ECONNRESET and EPIPE (reset during the handshake looks the same as reset after the write), UND_ERR_SOCKET
 * ("other side closed", typically a stale keep-alive connection: the request may have been written),
 * ETIMEDOUT (TCP retransmission timeout on an established socket), UND_ERR_HEADERS_TIMEOUT/BODY_TIMEOUT.
 */
const NEVER_SENT = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']);
const TIMEOUT = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ASM_ATTEMPT_TIMEOUT']);
const TLS_VERIFY = new Set([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

function codeOf(err: unknown): string | undefined {
    if (typeof err !== 'object' || err === null) return undefined;
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    // Happy-eyeballs connects (autoSelectFamily) fail with an AggregateError of the per-address errors.
    const errors = (err as { errors?: unknown }).errors;
    if (Array.isArray(errors)) return codeOf(errors[0]);
    return codeOf((err as { cause?: unknown }).cause);
}

/** Classifies an error thrown by an undici exchange (never an abort by the caller: that is handled before). */
export function classifyTransportError(err: unknown): TransportFailure {
    const errorCode = codeOf(err);
    if (errorCode === undefined) return { kind: 'other', reachedServer: true, errorCode };
    if (NEVER_SENT.has(errorCode)) return { kind: 'connect', reachedServer: false, errorCode };
    if (RESET.has(errorCode)) return { kind: 'reset', reachedServer: true, errorCode };
    if (TIMEOUT.has(errorCode)) return { kind: 'timeout', reachedServer: true, errorCode };
    if (TLS_VERIFY.has(errorCode) || errorCode.startsWith('ERR_SSL_') || errorCode.startsWith('ERR_TLS_')) {
        return { kind: 'tls', reachedServer: true, errorCode };
    }
    return { kind: 'other', reachedServer: true, errorCode };
}
