export interface RetryDelayInput {
    /** Retries already made (0 before the first retry). */
    readonly retriesSoFar: number;
    readonly baseDelayMs: number;
    readonly maxRetryDelayMs: number;
    /** The server's `Retry-After`, ms, when it sent one. */
    readonly retryAfterMs?: number;
    /** Uniform in [0, 1). */
    readonly random: () => number;
}

/**
 * Capped exponential backoff with FULL jitter (delay uniform in [0, min(cap, base·2^n)]: spreads retrying clients
 * best, AWS "Exponential Backoff And Jitter"). A `Retry-After` is a floor: the wait is at least what the server
 * asked for (max of the two), so the server's hint is honoured and simultaneous clients still spread out above it.
 * Pure: `random` is injected.
 */
export function computeRetryDelay(input: RetryDelayInput): number {
    const exponent = Math.min(Math.max(0, input.retriesSoFar), 30);
    const ceiling = Math.min(input.maxRetryDelayMs, input.baseDelayMs * 2 ** exponent);
    const r = Math.min(Math.max(input.random(), 0), 1);
    const jittered = Math.floor(r * ceiling);
    if (input.retryAfterMs === undefined) return jittered;
    return Math.max(Math.ceil(Math.max(0, input.retryAfterMs)), jittered);
}
