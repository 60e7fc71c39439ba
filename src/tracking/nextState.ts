import { DEFAULT_POLL_SCHEDULE, type PollSchedule } from '../client/polling/pollSchedule';
import type { PollObservation } from './PollObservation';
import { pollDelaySeconds } from './pollDelaySeconds';
import type { TrackedError, TrackedOperation, TerminalStatus } from './TrackedOperation';
import { isTerminal } from './TrackedOperation';
import type { TrackingAction } from './TrackingAction';

export interface TransitionOptions {
    /** How long the writer of a terminal state holds the completion claim, ms. */
    readonly claimMs: number;
    readonly schedule?: PollSchedule;
}

export interface Transition {
    readonly record: TrackedOperation;
    readonly actions: readonly TrackingAction[];
}

function finish(
    r: TrackedOperation,
    status: TerminalStatus,
    now: number,
    claimMs: number,
    extra: { readonly error?: TrackedError; readonly resultHttpStatusCode?: number },
): Transition {
    const { error: _e, resultHttpStatusCode: _r, ...rest } = r;
    const record: TrackedOperation = {
        ...rest,
        status,
        nextPollAt: now,
        completedAt: now,
        completion: 'pending',
        completionClaimedUntil: now + claimMs,
        ...extra,
    };
    return { record, actions: [{ type: 'complete' }] };
}

/**
 * The poller's state machine, pure: given a record, what one poll observed and the time, the record to write
 * and the actions to take once the write has won its ETag race.
 *
 * - Succeeded / Failed → terminal, completion claimed (`complete`).
 * - InProgress or a transient error before the deadline → next poll after the client's pollSchedule delay
 *   (whole seconds, never past the deadline): `schedulePoll` with attempt = the new attempts count.
 * - InProgress or a transient error at/after the deadline → TimedOut (the last poll happened at the deadline).
 * - poisoned → Poisoned with the reason (and the last error seen).
 * A record that is already terminal is returned unchanged with no actions.
 */
export function nextState(record: TrackedOperation, observation: PollObservation, now: number, options: TransitionOptions): Transition {
    if (isTerminal(record.status)) return { record, actions: [] };
    const { claimMs } = options;

    if (observation.kind === 'poisoned') {
        const last = record.lastError === undefined ? '' : ` Last error: ${record.lastError.code}: ${record.lastError.message}`;
        return finish(record, 'Poisoned', now, claimMs, { error: { code: 'PollMessagePoisoned', message: `${observation.reason}${last}` } });
    }

    const polled: TrackedOperation = { ...record, attempts: record.attempts + 1, lastPolledAt: now };

    if (observation.kind === 'status' && observation.status === 'Succeeded') {
        return finish({ ...polled, lastStatus: 'Succeeded' }, 'Succeeded', now, claimMs, {
            ...(observation.httpStatusCode === undefined ? {} : { resultHttpStatusCode: observation.httpStatusCode }),
        });
    }
    if (observation.kind === 'status' && observation.status === 'Failed') {
        return finish({ ...polled, lastStatus: 'Failed' }, 'Failed', now, claimMs, {
            error: {
                code: observation.error?.code ?? 'OperationFailed',
                message: observation.error?.message ?? 'The operation failed without an error message.',
                ...(observation.httpStatusCode === undefined ? {} : { httpStatusCode: observation.httpStatusCode }),
            },
        });
    }

    const next: TrackedOperation =
        observation.kind === 'transientError'
            ? { ...polled, pollErrors: record.pollErrors + 1, lastError: observation.error }
            : { ...polled, lastStatus: observation.status };

    if (now >= record.deadline) {
        const seen = next.lastStatus === undefined ? 'No status was read' : `Still ${next.lastStatus}`;
        const why = observation.kind === 'transientError' ? ` (last status call: ${observation.error.code}: ${observation.error.message})` : '';
        return finish(next, 'TimedOut', now, claimMs, {
            error: {
                code: 'OperationTimedOut',
                message: `${seen} at the tracking deadline ${new Date(record.deadline).toISOString()}${why}; the ASM operation itself may still complete.`,
            },
        });
    }

    const delaySeconds = pollDelaySeconds(
        { elapsedMs: now - record.startedAt, pollsSoFar: next.attempts, remainingMs: record.deadline - now },
        options.schedule ?? DEFAULT_POLL_SCHEDULE,
    );
    const nextPollAt = now + delaySeconds * 1000;
    return {
        record: { ...next, nextPollAt },
        actions: [
            {
                type: 'schedulePoll',
                delaySeconds,
                message: {
                    v: 1,
                    subscriptionId: record.subscriptionId,
                    requestId: record.requestId,
                    attempt: next.attempts,
                    dueAt: new Date(nextPollAt).toISOString(),
                    reason: 'poll',
                },
            },
        ],
    };
}
