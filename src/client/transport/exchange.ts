import type { Dispatcher } from 'undici';

import type { AsmHttpRequest } from '../request/AsmHttpRequest';
import { AttemptTimeoutError } from './AttemptTimeoutError';
import { TurnQueue } from './TurnQueue';

/** A complete response: status, lower-case headers (first value of repeated ones) and the body text. */
export interface AsmHttpResponse {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}

type ResponseHeaders = Record<string, string | string[] | undefined>;

function flattenHeaders(raw: ResponseHeaders): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name in raw) {
        const value = raw[name];
        const first = Array.isArray(value) ? value[0] : value;
        if (first !== undefined) out[name.toLowerCase()] = first;
    }
    return out;
}

/** The body as UTF-8 text, a leading byte order mark dropped (as undici's body.text() does). */
function decodeBody(chunks: readonly Buffer[], length: number): string {
    const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks as Buffer[], length);
    const start = body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
    return body.toString('utf8', start);
}

/** Completed responses, handed to their callers at most one per event-loop turn after the first (see TurnQueue). */
const handOver = new TurnQueue();

/**
 * One HTTP exchange through the given dispatcher, response body read to the end. The timeout covers the whole
 * exchange (waiting for a socket, connect, headers and body). On abort by `signal` the signal's reason is thrown; on
 * timeout an AttemptTimeoutError — at once in both cases, and a request not yet written is never written; transport
 * failures are thrown as undici/Node raised them (classified by the caller).
 *
 * It drives undici's dispatch handler directly: no body stream, no AbortController per attempt — the client's
 * cost per call is what bounds a sweep's throughput. A response that completes while others are being handed over in
 * the same event-loop turn is decoded and handed over in a later turn (TurnQueue), so that the requests their
 * callers send next are not all held back until every response of a burst has been processed.
 */
export function exchange(
    dispatcher: Dispatcher,
    request: AsmHttpRequest,
    options: { readonly signal?: AbortSignal; readonly timeoutMs: number },
): Promise<AsmHttpResponse> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason as unknown);
    return new Promise<AsmHttpResponse>((resolve, reject) => {
        let controller: Dispatcher.DispatchController | undefined;
        /** Why the exchange ended early, for undici's abort (which takes an Error). */
        let failure: Error | undefined;
        let settled = false;
        let status = 0;
        let headers: ResponseHeaders = {};
        let chunks: Buffer[] = [];
        let length = 0;
        const settle = (): void => {
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        };
        // Ends the exchange with `reason` now; the request is aborted once undici starts it, if it has not yet.
        const fail = (reason: unknown): void => {
            if (settled) return;
            settle();
            failure = reason instanceof Error ? reason : new Error(String(reason));
            if (controller !== undefined && !controller.aborted) controller.abort(failure);
            reject(reason);
        };
        const onAbort = (): void => fail(signal?.reason);
        const timer = setTimeout(() => fail(new AttemptTimeoutError(`No complete response within ${options.timeoutMs} ms`)), options.timeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        const handler: Dispatcher.DispatchHandler = {
            onRequestStart(c) {
                controller = c;
                if (failure !== undefined) c.abort(failure);
            },
            onResponseStart(_c, statusCode, responseHeaders) {
                if (statusCode < 200) return; // 1xx: the final response follows
                status = statusCode;
                headers = responseHeaders as ResponseHeaders;
                chunks = [];
                length = 0;
            },
            onResponseData(_c, chunk) {
                chunks.push(chunk);
                length += chunk.length;
            },
            onResponseEnd() {
                if (settled) return;
                settle();
                handOver.run(() => {
                    try {
                        resolve({ status, headers: flattenHeaders(headers), body: decodeBody(chunks, length) });
                    } catch (err) {
                        reject(err);
                    }
                });
            },
            onResponseError(_c, error) {
                if (settled) return;
                settle();
                reject(error);
            },
        };
        try {
            dispatcher.dispatch(
                { origin: request.origin, path: request.path, method: request.method, headers: { ...request.headers }, body: request.body ?? null },
                handler,
            );
        } catch (err) {
            fail(err);
        }
    });
}
