import type { TransportFailureKind } from '../errors/AsmTransportError';
import { computeRetryDelay } from './computeRetryDelay';
import { isExclusiveAccessConflict } from './isExclusiveAccessConflict';
import type { RetryOptions } from './RetryOptions';

/** What one attempt ended with, as far as retrying is concerned. */
export type AttemptOutcome =
    | {
          readonly kind: 'response';
          readonly status: number;
          readonly asmCode?: string;
          readonly asmMessage?: string;
          /** Parsed `Retry-After`, ms. */
          readonly retryAfterMs?: number;
      }
    | { readonly kind: 'transport'; readonly failure: TransportFailureKind; readonly reachedServer: boolean };

export interface RetryDecisionInput {
    readonly outcome: AttemptOutcome;
    /** GET/HEAD: safe to repeat whatever happened to the previous attempt. */
    readonly idempotent: boolean;
    readonly retriesSoFar: number;
    /** Time since the call started, ms. */
    readonly elapsedMs: number;
    readonly options: RetryOptions;
    readonly random: () => number;
}

export type RetryDecision =
    | { readonly retry: true; readonly delayMs: number; readonly reason: string }
    | { readonly retry: false; readonly reason: string };

/** Statuses that say "the server could not serve this now": retried for idempotent calls only. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

function retryableReason(input: RetryDecisionInput): string | undefined {
    const { outcome, idempotent } = input;
    if (outcome.kind === 'transport') {
        // Never reached the server (connect refused, DNS, connect timeout): safe for every method.
        if (!outcome.reachedServer && outcome.failure === 'connect') return 'connect failure before any byte was sent';
        if (idempotent && (outcome.failure === 'reset' || outcome.failure === 'timeout' || outcome.failure === 'connect')) {
            return `${outcome.failure} on an idempotent request`;
        }
        return undefined;
    }
    if (isExclusiveAccessConflict(outcome.status, outcome.asmCode, outcome.asmMessage)) {
        return '409 exclusive access held by another operation';
    }
    if (idempotent && TRANSIENT_STATUSES.has(outcome.status)) return `HTTP ${outcome.status} on an idempotent request`;
    return undefined;
}

/**
 * Whether to retry an attempt and after how long. Pure (random injected), table-tested.
 * - Idempotent calls (GET): 429/500/502/503/504, connection resets, timeouts, connect failures.
 * - Every call (POST/PUT/DELETE too): connect failures that provably happened before any byte was written
 *   (see classifyTransportError), and 409 ConflictError "…requires exclusive access" (rejected without effect).
 * - Never: other 4xx, TLS/certificate failures, non-idempotent 5xx/429/resets/timeouts (ASM may have acted).
 * Bounded by maxRetries, by maxRetryDelayMs for a server-requested wait, and by the call's retryBudgetMs.
 */
export function decideRetry(input: RetryDecisionInput): RetryDecision {
    const reason = retryableReason(input);
    if (reason === undefined) return { retry: false, reason: 'not retryable' };
    const { options } = input;
    if (input.retriesSoFar >= options.maxRetries) return { retry: false, reason: `${reason}; maxRetries reached` };
    const retryAfterMs = input.outcome.kind === 'response' ? input.outcome.retryAfterMs : undefined;
    if (retryAfterMs !== undefined && retryAfterMs > options.maxRetryDelayMs) {
        return { retry: false, reason: `${reason}; Retry-After ${retryAfterMs} ms exceeds maxRetryDelayMs` };
    }
    const delayMs = computeRetryDelay({
        retriesSoFar: input.retriesSoFar,
        baseDelayMs: options.baseDelayMs,
        maxRetryDelayMs: options.maxRetryDelayMs,
        random: input.random,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
    if (input.elapsedMs + delayMs > options.retryBudgetMs) {
        return { retry: false, reason: `${reason}; retry budget exhausted` };
    }
    return { retry: true, delayMs, reason };
}
