/**
 * When to poll an asynchronous ASM operation. ASM sends no Retry-After on `GET /operations/{id}`, so we choose.
 *
 * Rule (pure): the first polls come after 250 ms and 500 ms more (operations that finish at once: certificate
 * adds, emulator runs); from then on the next poll comes after 10 % of the time elapsed since the operation
 * started, clamped to [1 s, 15 s].
 *
 * Poll times: 0.25, 0.75, 1.75, 2.75, … 10.75 s (1 s steps while 10 % of elapsed < 1 s), then each poll 1.1 × the
 * previous time, until the gap reaches the 15 s cap at t = 150 s; then every 15 s.
 *
 * Detection latency L(T) for an operation finishing at T is at most the gap around T:
 * - T ≤ 10.75 s: L ≤ 1 s (so ≤ 1 s for a 5 s operation; the requirement is ≤ 2 s);
 * - 10.75 s < T ≤ 150 s: gap = 0.1 × (previous poll time) < 0.1 T, so L < 10 % of T;
 * - T > 150 s: L ≤ 15 s ≤ 10 % of T.
 * So the worst-case latency is ≤ max(1 s, 10 % of T) for every T.
 *
 * Calls N(T) up to detection: 12 polls by 10.75 s; the geometric phase adds ln(T / 10.75) / ln(1.1) ≈ 10.5 · ln(T / 10.75)
 * (≈ 28 polls to reach 150 s, so N(150 s) ≈ 40); then (T − 150) / 15. Fixed 5 s polling makes ⌈T / 5⌉ calls.
 * 40 + (T − 150) / 15 ≤ T / 5 ⇔ T ≥ 225 s: from about 4 minutes (the time a VM deployment takes) this schedule makes
 * no more calls than fixed 5 s polling, and tends to a third of them (one per 15 s against one per 5 s); below that
 * it spends more calls (at most 1 per second of the first 11 s) to detect completion ≥ 5× sooner.
 * Geometric growth is what ties latency to a fraction of the duration: any schedule with worst-case latency ≤ f·T
 * needs ≥ ln(T2/T1) / ln(1 + f) polls between T1 and T2, which this one meets with f = 0.1.
 * Numbers per duration are checked in test/unit/client/pollSchedule.test.ts (simulatePolling).
 */
export interface PollSchedule {
    /** Delays of the first polls, ms (used only while less than minMs has elapsed, so a resumed wait skips them). */
    readonly warmupMs: readonly number[];
    /** Afterwards, the delay is this fraction of the elapsed time… */
    readonly fraction: number;
    /** …clamped to [minMs, maxMs]. */
    readonly minMs: number;
    readonly maxMs: number;
}

export const DEFAULT_POLL_SCHEDULE: PollSchedule = { warmupMs: [250, 500], fraction: 0.1, minMs: 1_000, maxMs: 15_000 };

/** Delay before the next poll, given the time since the operation started and the polls made so far. */
export function pollSchedule(elapsedMs: number, pollsSoFar: number, schedule: PollSchedule = DEFAULT_POLL_SCHEDULE): number {
    const warmup = schedule.warmupMs[pollsSoFar];
    if (warmup !== undefined && elapsedMs < schedule.minMs) return warmup;
    const proportional = Math.round(schedule.fraction * Math.max(0, elapsedMs));
    return Math.min(schedule.maxMs, Math.max(schedule.minMs, proportional));
}
