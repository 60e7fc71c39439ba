/**
 * When to poll an asynchronous ASM operation. ASM sends no Retry-After on `GET /operations/{id}`, so we choose.
 *
 * Rule (pure): a first poll 1 s after the operation started (operations that finish at once: certificate adds,
 * small updates), a second at 5 s; from then on the next poll comes after 10 % of the time elapsed since the
 * operation started, clamped to [5 s, 15 s].
 *
 * Poll times: 1, 5, 10, 15, … 55 s (5 s steps while 10 % of elapsed < 5 s), then each poll 1.1 × the previous time
 * (60.5, 66.6, 73.2 s …) until the gap reaches the 15 s cap at t = 150 s; then every 15 s.
 *
 * Against the Python SDK's fixed 5 s polling (wait_for_operation_status: a call at once, then one every 5 s), for an
 * operation of any duration T:
 * - calls: never more. Up to 55 s both make one call per 5 s step plus one (its call at 0 s, our call at 1 s);
 *   afterwards ours grow as ln(T) until 150 s and then by one per 15 s (a third of its rate): 13 against 13 at
 *   60 s, 53 against 121 at 600 s.
 * - latency L(T): T ≤ 1 s: L ≤ 1 s (fixed 5 s: up to 5 s); 1 s < T ≤ 55 s: the same 5 s grid (≤ 5 s, and 0 for a
 *   5 s operation); 55 s < T ≤ 150 s: the gap is 10 % of the previous poll time, so L < 10 % of T; T > 150 s:
 *   L ≤ 15 s ≤ 10 % of T.
 * Tighter latency below a minute would cost calls: any schedule with latency ≤ f·T needs ≥ ln(T2/T1) / ln(1 + f)
 * polls between T1 and T2 (≈ 41 between 1 s and 50 s for f = 0.1, against 10 on the 5 s grid). The cost of calls
 * is what ASM throttles (per-subscription read quotas), so the grid below 55 s is the fixed poller's own.
 * Numbers per duration are checked in test/unit/client/pollSchedule.test.ts (simulatePolling).
 */
export interface PollSchedule {
    /**
     * Times of the first polls, ms after the operation started: poll k (0-based) is made at `firstPollsAtMs[k]`, or
     * at once if that time has just passed (by less than minMs); a wait resumed later skips those long past.
     */
    readonly firstPollsAtMs: readonly number[];
    /** Afterwards, the delay is this fraction of the elapsed time… */
    readonly fraction: number;
    /** …clamped to [minMs, maxMs]. */
    readonly minMs: number;
    readonly maxMs: number;
}

export const DEFAULT_POLL_SCHEDULE: PollSchedule = { firstPollsAtMs: [1_000, 5_000], fraction: 0.1, minMs: 5_000, maxMs: 15_000 };

/** Delay before the next poll, given the time since the operation started and the polls made so far. */
export function pollSchedule(elapsedMs: number, pollsSoFar: number, schedule: PollSchedule = DEFAULT_POLL_SCHEDULE): number {
    const at = schedule.firstPollsAtMs[pollsSoFar];
    const elapsed = Math.max(0, elapsedMs);
    if (at !== undefined && elapsed < at + schedule.minMs) return Math.max(0, at - elapsed);
    const proportional = Math.round(schedule.fraction * elapsed);
    return Math.min(schedule.maxMs, Math.max(schedule.minMs, proportional));
}
