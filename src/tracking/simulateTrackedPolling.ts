import { DEFAULT_POLL_SCHEDULE, type PollSchedule } from '../client/polling/pollSchedule';
import { type PollingSimulation, simulatePolling } from '../client/polling/simulatePolling';
import { pollDelaySeconds } from './pollDelaySeconds';

export interface TrackedPollingSimulation {
    /** The in-process schedule (client simulatePolling): the reference. */
    readonly client: PollingSimulation;
    /** The queue-driven tracker: the same schedule with whole-second message delays. */
    readonly tracker: PollingSimulation;
    /**
     * Worst case added by the Functions queue listener: when the queue looked empty it backs off up to
     * host.json maxPollingInterval before it sees a message that became visible.
     */
    readonly worstPickupLatencyMs: number;
}

/**
 * Plays the tracker's polling against an operation that finishes `durationMs` after it started (instant status
 * calls, messages picked up the moment they become visible): status calls made until completion is seen and how
 * late. Pure; the README's numbers come from here.
 */
export function simulateTrackedPolling(
    durationMs: number,
    options: { readonly schedule?: PollSchedule; readonly maxPollingIntervalMs?: number; readonly deadlineMs?: number } = {},
): TrackedPollingSimulation {
    const schedule = options.schedule ?? DEFAULT_POLL_SCHEDULE;
    const deadline = options.deadlineMs ?? Number.POSITIVE_INFINITY;
    let elapsed = 0;
    let calls = 0;
    do {
        elapsed += 1000 * pollDelaySeconds({ elapsedMs: elapsed, pollsSoFar: calls, remainingMs: deadline - elapsed }, schedule);
        calls++;
    } while (elapsed < durationMs && elapsed < deadline);
    return {
        client: simulatePolling(durationMs, schedule),
        tracker: { calls, detectedAtMs: elapsed, latencyMs: elapsed - durationMs },
        worstPickupLatencyMs: options.maxPollingIntervalMs ?? 0,
    };
}
