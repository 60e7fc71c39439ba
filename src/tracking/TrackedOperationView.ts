import type { CallbackOutcome, TrackedError, TrackedStatus } from './TrackedOperation';

/** A tracking record as JSON (times ISO-8601), for `GET /api/operations` and logs. */
export interface TrackedOperationView {
    readonly subscriptionId: string;
    readonly requestId: string;
    readonly operation: string;
    readonly target: string;
    readonly status: TrackedStatus;
    readonly correlationId?: string;
    readonly startedAt: string;
    readonly deadline: string;
    readonly polls: number;
    readonly pollErrors: number;
    readonly nextPollAt?: string;
    readonly lastPolledAt?: string;
    readonly completedAt?: string;
    readonly durationMs?: number;
    readonly httpStatusCode?: number;
    readonly error?: TrackedError;
    readonly lastError?: TrackedError;
    readonly eventSentAt?: string;
    /** Whether a callback URL was given (the URL itself is not echoed). */
    readonly callback?: { readonly requested: true } & Partial<Omit<CallbackOutcome, 'at'>> & { readonly at?: string };
}
