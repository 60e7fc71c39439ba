/** The polling backoff's state between empty polls. */
export interface PollBackoff {
    readonly exponent: number;
    readonly currentMs: number;
}

export const INITIAL_POLL_BACKOFF: PollBackoff = { exponent: 0, currentMs: 0 };

/**
 * The WebJobs RandomizedExponentialBackoffStrategy: after a poll that found messages, wait the minimum again;
 * otherwise grow `min + min·2^(n-1)·(1±0.2)` until the maximum.
 */
export function nextPollDelay(
    state: PollBackoff,
    foundSinceLastDelay: boolean,
    minMs: number,
    maxMs: number,
    random: () => number = Math.random,
): { delayMs: number; state: PollBackoff } {
    if (foundSinceLastDelay) return { delayMs: minMs, state: { exponent: 0, currentMs: minMs } };
    if (state.currentMs === maxMs) return { delayMs: maxMs, state };
    let backoff = minMs;
    if (state.exponent > 0) backoff += (0.8 + 0.4 * random()) * 2 ** (state.exponent - 1) * minMs;
    const next = backoff < maxMs ? { exponent: state.exponent + 1, currentMs: backoff } : { exponent: state.exponent, currentMs: maxMs };
    return { delayMs: next.currentMs, state: next };
}
