import type { Dispatcher } from 'undici';

import type { AsmHttpRequest } from '../request/AsmHttpRequest';
import { AttemptTimeoutError } from './AttemptTimeoutError';

/** A complete response: status, lower-case headers (first value of repeated ones) and the body text. */
export interface AsmHttpResponse {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) {
        const first = Array.isArray(value) ? value[0] : value;
        if (first !== undefined) out[name.toLowerCase()] = first;
    }
    return out;
}

/**
 * One HTTP exchange through the given dispatcher, response body read to the end. The timeout covers the whole
 * exchange (connect, headers and body). On abort by `signal` the signal's reason is thrown; on timeout an
 * AttemptTimeoutError; transport failures are thrown as undici/Node raised them (classified by the caller).
 */
export async function exchange(
    dispatcher: Dispatcher,
    request: AsmHttpRequest,
    options: { readonly signal?: AbortSignal; readonly timeoutMs: number },
): Promise<AsmHttpResponse> {
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(new AttemptTimeoutError(`No complete response within ${options.timeoutMs} ms`)), options.timeoutMs);
    const signal = options.signal === undefined ? timer.signal : AbortSignal.any([options.signal, timer.signal]);
    try {
        const response = await dispatcher.request({
            origin: request.origin,
            path: request.path,
            method: request.method,
            headers: { ...request.headers },
            body: request.body ?? null,
            signal,
        });
        const body = await response.body.text();
        return { status: response.statusCode, headers: flattenHeaders(response.headers), body };
    } catch (err) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (timer.signal.aborted) throw timer.signal.reason;
        throw err;
    } finally {
        clearTimeout(handle);
    }
}
