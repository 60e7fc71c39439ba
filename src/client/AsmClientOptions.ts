import type { Dispatcher } from 'undici';

import type { RetryOptions } from './retry/RetryOptions';
import type { ClientCertificate } from './transport/ClientCertificate';

/** Default ASM endpoint. */
export const DEFAULT_ENDPOINT = 'https://management.core.windows.net';
/** Default timeout of one attempt (connect + headers + body), ms; the legacy Python client used 65 s. */
export const DEFAULT_TIMEOUT_MS = 65_000;
/** 307 redirects followed per call. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** An event of the client's optional log; never carries headers, bodies or certificate material. */
export type AsmClientLogEvent =
    | { readonly type: 'response'; readonly operation: string; readonly method: string; readonly path: string; readonly status: number; readonly requestId?: string; readonly attempt: number; readonly durationMs: number }
    | { readonly type: 'transportError'; readonly operation: string; readonly method: string; readonly path: string; readonly errorCode?: string; readonly attempt: number; readonly durationMs: number }
    | { readonly type: 'retry'; readonly operation: string; readonly reason: string; readonly delayMs: number; readonly attempt: number }
    | { readonly type: 'redirect'; readonly operation: string; readonly location: string; readonly redirects: number };

export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface AsmClientOptions {
    readonly subscriptionId: string;
    /** Default `https://management.core.windows.net`. */
    readonly endpoint?: string;
    /** Management certificate (PEM): the client creates one keep-alive Agent for it and closes it in close(). */
    readonly certificate?: ClientCertificate;
    /** Extra CA certificates to trust for the endpoint (the emulator's CA). */
    readonly ca?: string | Buffer | readonly (string | Buffer)[];
    /** A dispatcher to use instead (an Agent shared per certificate, or a MockAgent); never closed by the client. */
    readonly dispatcher?: Dispatcher;
    /** Timeout of one attempt, ms (default 65 s). */
    readonly timeoutMs?: number;
    readonly retry?: Partial<RetryOptions>;
    readonly maxRedirects?: number;
    readonly userAgent?: string;
    readonly log?: (event: AsmClientLogEvent) => void;
    /** Test seams: uniform [0,1) source for jitter, sleep between retries and polls, clock. */
    readonly random?: () => number;
    readonly sleep?: SleepFn;
    readonly now?: () => number;
}

/** Per-call options. */
export interface CallOptions {
    readonly signal?: AbortSignal;
    /** Timeout of one attempt, ms (overrides the client's). */
    readonly timeoutMs?: number;
    readonly retry?: Partial<RetryOptions>;
}
