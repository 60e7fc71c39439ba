import { type Dispatcher, request } from 'undici';

import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './callbackHeaders';
import { signCallbackBody } from './signCallbackBody';
import type { CallbackOutcome } from './TrackedOperation';

export interface CallbackOptions {
    readonly secret: string;
    /** Attempts in all (default 3). */
    readonly attempts?: number;
    /** Wait before the 2nd, 3rd… attempt, ms (default [1000, 3000]; the last value repeats). */
    readonly backoffMs?: readonly number[];
    /** Timeout of one attempt (headers and body), ms (default 10 s). */
    readonly timeoutMs?: number;
    readonly sleep: (ms: number) => Promise<void>;
    readonly now: () => number;
    readonly dispatcher?: Dispatcher;
}

/** Worth another attempt: no response, 408, 425, 429 or 5xx. Any other status is the receiver's final answer. */
function retryable(status: number | undefined): boolean {
    return status === undefined || status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * POSTs the completion event to the caller's callback URL, signed (`x-asm-signature: sha256=<hex>` over the exact
 * body, `x-asm-timestamp`, `x-asm-event-id`), with bounded retries; redirects are not followed (undici 7 default).
 * Never throws: the outcome is recorded.
 */
export async function deliverCallback(url: string, body: string, eventId: string, options: CallbackOptions): Promise<CallbackOutcome> {
    const attempts = Math.max(1, options.attempts ?? 3);
    const backoff = options.backoffMs ?? [1000, 3000];
    const timeoutMs = options.timeoutMs ?? 10_000;
    const signature = signCallbackBody(body, options.secret);
    let httpStatus: number | undefined;
    let error: string | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) await options.sleep(backoff[Math.min(attempt - 2, backoff.length - 1)] ?? 1000);
        httpStatus = undefined;
        error = undefined;
        try {
            const res = await request(url, {
                method: 'POST',
                body,
                headers: {
                    'content-type': 'application/json',
                    [SIGNATURE_HEADER]: signature,
                    [TIMESTAMP_HEADER]: String(Math.floor(options.now() / 1000)),
                    [EVENT_ID_HEADER]: eventId,
                    'x-asm-delivery-attempt': String(attempt),
                },
                headersTimeout: timeoutMs,
                bodyTimeout: timeoutMs,
                ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
            });
            await res.body.dump();
            httpStatus = res.statusCode;
            if (httpStatus >= 200 && httpStatus < 300) return { status: 'delivered', attempts: attempt, httpStatus, at: options.now() };
            error = `HTTP ${httpStatus}`;
        } catch (err) {
            const code = (err as { code?: unknown }).code;
            error = typeof code === 'string' ? code : err instanceof Error ? err.name : 'error';
        }
        if (!retryable(httpStatus)) return { status: 'failed', attempts: attempt, at: options.now(), error, ...(httpStatus === undefined ? {} : { httpStatus }) };
    }
    return { status: 'failed', attempts, at: options.now(), ...(error === undefined ? {} : { error }), ...(httpStatus === undefined ? {} : { httpStatus }) };
}
