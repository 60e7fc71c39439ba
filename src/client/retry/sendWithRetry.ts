import type { Dispatcher } from 'undici';

import type { AsmClientLogEvent, SleepFn } from '../AsmClientOptions';
import { AsmTransportError } from '../errors/AsmTransportError';
import type { AsmHttpRequest } from '../request/AsmHttpRequest';
import { parseErrorBody } from '../response/parseErrorBody';
import { classifyTransportError, type TransportFailure } from '../transport/classifyTransportError';
import { type AsmHttpResponse, exchange } from '../transport/exchange';
import { type AttemptOutcome, decideRetry } from './decideRetry';
import { parseRetryAfter } from './parseRetryAfter';
import { redirectTarget } from './redirectTarget';
import type { RetryOptions } from './RetryOptions';

export interface SendContext {
    readonly dispatcher: Dispatcher;
    readonly operation: string;
    readonly timeoutMs: number;
    readonly retry: RetryOptions;
    readonly maxRedirects: number;
    readonly signal?: AbortSignal;
    readonly random: () => number;
    readonly sleep: SleepFn;
    readonly now: () => number;
    readonly log?: (event: AsmClientLogEvent) => void;
}

type Attempt = { readonly response: AsmHttpResponse } | { readonly failure: TransportFailure; readonly error: unknown };

function outcomeOf(attempt: Attempt, nowMs: number): AttemptOutcome {
    if ('failure' in attempt) return { kind: 'transport', failure: attempt.failure.kind, reachedServer: attempt.failure.reachedServer };
    const { status, headers, body } = attempt.response;
    const retryAfterMs = parseRetryAfter(headers['retry-after'], nowMs);
    return { kind: 'response', status, ...(status >= 400 ? parseErrorBody(body) : {}), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

/**
 * Sends a request until it has a final response: follows 307 (same method and body, bounded), retries what
 * decideRetry allows with its delay, and turns a final transport failure into AsmTransportError. An abort by the
 * caller's signal is rethrown as its reason, at once, also during a wait. Returns the final response whatever
 * its status (parseResponse decides what it means).
 */
export async function sendWithRetry(request: AsmHttpRequest, ctx: SendContext): Promise<AsmHttpResponse> {
    const started = ctx.now();
    const idempotent = request.method === 'GET';
    let current = request;
    let retries = 0;
    let redirects = 0;
    for (let attemptNo = 1; ; attemptNo++) {
        const remaining = ctx.retry.retryBudgetMs - (ctx.now() - started);
        const timeoutMs = retries === 0 ? ctx.timeoutMs : Math.max(1, Math.min(ctx.timeoutMs, remaining));
        const t0 = ctx.now();
        let attempt: Attempt;
        try {
            attempt = { response: await exchange(ctx.dispatcher, current, { timeoutMs, ...(ctx.signal === undefined ? {} : { signal: ctx.signal }) }) };
        } catch (error) {
            if (ctx.signal?.aborted) throw ctx.signal.reason;
            attempt = { failure: classifyTransportError(error), error };
        }
        const base = { operation: ctx.operation, method: current.method, path: current.path, attempt: attemptNo, durationMs: ctx.now() - t0 };
        if ('response' in attempt) {
            const { status, headers } = attempt.response;
            ctx.log?.({ type: 'response', ...base, status, ...(headers['x-ms-request-id'] === undefined ? {} : { requestId: headers['x-ms-request-id'] }) });
            if (status === 307 && redirects < ctx.maxRedirects) {
                const next = redirectTarget(current, headers['location']);
                if (next !== undefined) {
                    redirects++;
                    ctx.log?.({ type: 'redirect', operation: ctx.operation, location: `${next.origin}${next.path}`, redirects });
                    current = next;
                    continue;
                }
            }
            if (status < 400) return attempt.response;
        } else {
            ctx.log?.({ type: 'transportError', ...base, ...(attempt.failure.errorCode === undefined ? {} : { errorCode: attempt.failure.errorCode }) });
        }
        const decision = decideRetry({
            outcome: outcomeOf(attempt, ctx.now()),
            idempotent,
            retriesSoFar: retries,
            elapsedMs: ctx.now() - started,
            options: ctx.retry,
            random: ctx.random,
        });
        if (!decision.retry) {
            if ('response' in attempt) return attempt.response;
            throw new AsmTransportError({ ...attempt.failure, operation: ctx.operation, cause: attempt.error });
        }
        ctx.log?.({ type: 'retry', operation: ctx.operation, reason: decision.reason, delayMs: decision.delayMs, attempt: attemptNo });
        await ctx.sleep(decision.delayMs, ctx.signal);
        retries++;
    }
}
