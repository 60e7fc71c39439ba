/** Retry settings of a client, overridable per call. */
export interface RetryOptions {
    /** Retries after the first attempt (307 redirects are not counted). */
    readonly maxRetries: number;
    /** Base of the exponential backoff, ms: the n-th retry waits up to `baseDelayMs * 2^n`. */
    readonly baseDelayMs: number;
    /** Cap of a single wait, ms. A `Retry-After` longer than this is not waited for: the call fails instead. */
    readonly maxRetryDelayMs: number;
    /** Total time budget of one call including every attempt and wait, ms: no retry starts past it. */
    readonly retryBudgetMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
    maxRetries: 5,
    baseDelayMs: 500,
    maxRetryDelayMs: 30_000,
    retryBudgetMs: 120_000,
};
