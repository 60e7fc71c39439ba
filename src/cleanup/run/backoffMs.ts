/** Exponential backoff with full jitter: up to `base * 2^attempt`, capped; at least a tenth of the step. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
    const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
    return Math.round(step * (0.1 + 0.9 * random()));
}
