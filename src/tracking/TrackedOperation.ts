/**
 * The state of one tracked asynchronous ASM operation, as the tracker reasons about it (times in epoch ms).
 * Stored as one Table storage entity (see toOperationEntity / fromOperationEntity for the columns).
 *
 * Life cycle: InProgress → Succeeded | Failed | TimedOut | Poisoned. Once terminal, the record never changes
 * status again; only its completion bookkeeping (event sent, callback result) is filled in.
 */
export type TrackedStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Poisoned';

export type TerminalStatus = Exclude<TrackedStatus, 'InProgress'>;

export const TRACKED_STATUSES: readonly TrackedStatus[] = ['InProgress', 'Succeeded', 'Failed', 'TimedOut', 'Poisoned'];

/** An error as recorded: ASM's `<Error><Code/><Message/>` or one of ours (`OperationTimedOut`, `PollMessagePoisoned`). */
export interface TrackedError {
    readonly code: string;
    readonly message: string;
    /** `<HttpStatusCode>` of a Failed operation, or the HTTP status of a failed status call. */
    readonly httpStatusCode?: number;
}

/** Outcome of the completion callback (the signed POST to the caller's callbackUrl). */
export interface CallbackOutcome {
    readonly status: 'delivered' | 'failed' | 'skipped';
    readonly attempts: number;
    /** HTTP status of the last attempt, when there was a response. */
    readonly httpStatus?: number;
    readonly at: number;
    readonly error?: string;
}

export interface TrackedOperation {
    readonly subscriptionId: string;
    readonly requestId: string;
    /** Catalogue name of the operation that was started (`deleteDeployment`). */
    readonly operation: string;
    /** The resource it acts on, as the caller describes it (`hostedservices/svc/deploymentslots/staging`). */
    readonly target: string;
    readonly correlationId?: string;
    readonly callbackUrl?: string;
    readonly status: TrackedStatus;
    readonly startedAt: number;
    /** When the tracker gives up (TimedOut); the ASM operation itself goes on. */
    readonly deadline: number;
    /** Status calls made so far; also the sequence number of the poll message currently scheduled. */
    readonly attempts: number;
    /** When the scheduled poll message becomes visible. */
    readonly nextPollAt: number;
    readonly lastPolledAt?: number;
    /** The ASM status seen by the last successful status call. */
    readonly lastStatus?: string;
    /** Status calls that failed transiently (503, throttling, network) and were simply rescheduled. */
    readonly pollErrors: number;
    /** The last failed status call (transient or not). */
    readonly lastError?: TrackedError;
    /** Times the sweep re-sent a poll for a broken chain. */
    readonly recoveries: number;
    readonly completedAt?: number;
    /** `<HttpStatusCode>` of a Succeeded operation. */
    readonly resultHttpStatusCode?: number;
    /** Why a terminal record is not Succeeded. */
    readonly error?: TrackedError;
    /**
     * Completion bookkeeping (terminal records only): `pending` until the event is sent and the callback, if any,
     * has an outcome; then `done`. Whoever holds the claim (completionClaimedUntil in the future) does the work.
     */
    readonly completion?: 'pending' | 'done';
    readonly completionClaimedUntil?: number;
    readonly eventSentAt?: number;
    readonly callback?: CallbackOutcome;
}

export function isTerminal(status: TrackedStatus): status is TerminalStatus {
    return status !== 'InProgress';
}
