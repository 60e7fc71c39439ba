import { DEFAULT_POLL_SCHEDULE, type PollSchedule } from '../client/polling/pollSchedule';

export interface TrackingSettings {
    /** Deadline of an operation tracked without one, ms after it started. */
    readonly defaultDeadlineMs: number;
    /** How long the writer of a terminal state holds the completion claim (> event send + all callback attempts). */
    readonly claimMs: number;
    /** How overdue a successor poll must be before its predecessor re-sends it (see decidePollMessage). */
    readonly resendGraceMs: number;
    /** The sweep re-sends polls of InProgress records whose nextPollAt is older than this. */
    readonly staleAfterMs: number;
    /** The client's backoff schedule. */
    readonly schedule: PollSchedule;
    /** Key of the callback HMAC (`ASM_CALLBACK_SECRET`); without it callbacks are recorded as skipped. */
    readonly callbackSecret?: string;
    readonly callbackAttempts: number;
    readonly callbackBackoffMs: readonly number[];
    readonly callbackTimeoutMs: number;
}

export const DEFAULT_TRACKING_SETTINGS: TrackingSettings = {
    defaultDeadlineMs: 2 * 60 * 60_000,
    claimMs: 120_000,
    resendGraceMs: 30_000,
    staleAfterMs: 120_000,
    schedule: DEFAULT_POLL_SCHEDULE,
    callbackAttempts: 3,
    callbackBackoffMs: [1_000, 3_000],
    callbackTimeoutMs: 10_000,
};
