import { DEFAULT_POLL_SCHEDULE, type PollSchedule, pollSchedule } from './pollSchedule';

export interface PollingSimulation {
    /** Status calls made until the one that saw the operation finished (included). */
    readonly calls: number;
    /** When that call happened, ms after the start. */
    readonly detectedAtMs: number;
    /** detectedAtMs − durationMs. */
    readonly latencyMs: number;
}

/**
 * Plays a schedule against an operation that finishes `durationMs` after it started, with instant status calls:
 * how many calls it takes and how late completion is seen. Pure; for tests and the benchmark.
 */
export function simulatePolling(durationMs: number, schedule: PollSchedule = DEFAULT_POLL_SCHEDULE): PollingSimulation {
    let elapsed = 0;
    let calls = 0;
    do {
        elapsed += pollSchedule(elapsed, calls, schedule);
        calls++;
    } while (elapsed < durationMs);
    return { calls, detectedAtMs: elapsed, latencyMs: elapsed - durationMs };
}
