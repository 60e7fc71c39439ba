/** A function's retry policy as the library hands it to the worker (RpcRetryOptions; durations in seconds). */
interface RetryOptionsLike {
    readonly maxRetryCount?: number;
    readonly retryStrategy?: string;
    readonly delayInterval?: { readonly seconds?: number };
    readonly minimumInterval?: { readonly seconds?: number };
    readonly maximumInterval?: { readonly seconds?: number };
}

/**
 * The wait before retry number `retry` (1-based) under a function's retry policy, or undefined when no retry is
 * left (maxRetryCount -1 retries forever): fixedDelay waits delayInterval; exponentialBackoff waits the minimum,
 * doubling each time up to the maximum.
 */
export function retryDelayMs(policy: unknown, retry: number): number | undefined {
    if (typeof policy !== 'object' || policy === null) return undefined;
    const p = policy as RetryOptionsLike;
    const max = p.maxRetryCount ?? 0;
    if (max !== -1 && retry > max) return undefined;
    const seconds = (d: { readonly seconds?: number } | undefined): number => Math.max(0, d?.seconds ?? 0) * 1000;
    if (p.retryStrategy === 'exponentialBackoff') {
        const min = seconds(p.minimumInterval);
        const ceiling = Math.max(min, seconds(p.maximumInterval));
        return Math.min(ceiling, min * 2 ** (retry - 1));
    }
    return seconds(p.delayInterval);
}
