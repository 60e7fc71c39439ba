import { DEFAULT_POLL_SCHEDULE, type PollSchedule, pollSchedule } from '../client/polling/pollSchedule';

export interface PollDelayInput {
    /** Time since the operation started, ms. */
    readonly elapsedMs: number;
    /** Status calls made so far. */
    readonly pollsSoFar: number;
    /** Time left before the deadline, ms (the last poll is not scheduled past it). */
    readonly remainingMs: number;
}

/**
 * Delay of the next poll message, in whole seconds: the client's pollSchedule (the same backoff the in-process
 * waitForOperation uses), rounded UP to a second because a queue message's visibility timeout is whole seconds,
 * never past the deadline, and at least 1 s. Pure.
 */
export function pollDelaySeconds(input: PollDelayInput, schedule: PollSchedule = DEFAULT_POLL_SCHEDULE): number {
    const scheduled = pollSchedule(input.elapsedMs, input.pollsSoFar, schedule);
    const ms = Math.min(scheduled, Math.max(0, input.remainingMs));
    return Math.max(1, Math.ceil(ms / 1000));
}
