import type { InvocationContext } from '@azure/functions';

import { classifyPollError } from './classifyPollError';
import { completeOperation } from './completeOperation';
import { decidePollMessage } from './decidePollMessage';
import { nextState } from './nextState';
import { parsePollMessage } from './parsePollMessage';
import { PollFailedError } from './PollFailedError';
import type { PollMessage } from './PollMessage';
import type { PollObservation } from './PollObservation';
import type { StoredOperation } from './OperationStore';
import type { TrackingAction } from './TrackingAction';
import type { TrackingDeps } from './TrackingDeps';
import { updateRecord } from './updateRecord';

/** Conditional writes lost in a row before the invocation gives up (and the host retries the message). */
const MAX_ROUNDS = 5;

function dequeueCountOf(context: InvocationContext): number | undefined {
    const n = context.triggerMetadata?.['dequeueCount'];
    return typeof n === 'number' ? n : undefined;
}

async function runActions(actions: readonly TrackingAction[], written: StoredOperation, deps: TrackingDeps): Promise<void> {
    for (const action of actions) {
        if (action.type === 'schedulePoll') await deps.queues.sendPoll(action.message, action.delaySeconds);
        else await completeOperation(written, deps);
    }
}

async function observe(stored: StoredOperation, deps: TrackingDeps, context: InvocationContext): Promise<PollObservation> {
    const { record } = stored;
    try {
        const status = await deps.getStatus(record.subscriptionId, record.requestId);
        return {
            kind: 'status',
            status: status.status ?? 'InProgress',
            ...(status.httpStatusCode === undefined ? {} : { httpStatusCode: status.httpStatusCode }),
            ...(status.error === undefined ? {} : { error: status.error }),
        };
    } catch (err) {
        const { kind, error } = classifyPollError(err);
        if (kind === 'transient') return { kind: 'transientError', error };
        // Leave the reason on the record (without advancing it) for the poison handler, then let the host retry.
        await updateRecord(deps.store, stored, (r) => (r.status === 'InProgress' ? { ...r, lastError: error } : undefined)).catch(() => undefined);
        const count = dequeueCountOf(context);
        throw new PollFailedError(`getOperationStatus ${record.requestId} failed (${error.code}: ${error.message})${count === undefined ? '' : `, delivery ${count}`}.`, {
            cause: err,
        });
    }
}

/**
 * The queue-triggered poller: one poll message → read the record, decide (decidePollMessage), call
 * getOperationStatus, compute the next state (nextState), write it under the ETag read, then act (schedule the
 * next poll, or complete). A lost ETag race re-reads and decides again: the winner's state usually makes this
 * message stale. InProgress re-schedules by sending a new delayed message, never by throwing; only genuine errors
 * throw (and count towards maxDequeueCount).
 */
export async function handlePollMessage(queueItem: unknown, context: InvocationContext, deps: TrackingDeps): Promise<void> {
    const message: PollMessage | undefined = parsePollMessage(queueItem);
    if (message === undefined) {
        context.error('asm-operation-polls: dropped a message that is not a poll message.', { queueItem });
        return;
    }
    const where = `${message.subscriptionId}/${message.requestId} attempt ${message.attempt}`;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const stored = await deps.store.get(message.subscriptionId, message.requestId);
        const decision = decidePollMessage(stored?.record, message, deps.now(), { resendGraceMs: deps.settings.resendGraceMs });
        if (stored === undefined || decision.kind === 'unknown') {
            context.warn(`poll ${where}: no tracking record; dropped.`);
            return;
        }
        const { record } = stored;
        switch (decision.kind) {
            case 'stale':
            case 'done':
                context.info(`poll ${where}: ${decision.kind} (record at attempt ${record.attempts}, ${record.status}); dropped.`);
                return;
            case 'resend': {
                context.warn(`poll ${where}: the successor poll is overdue; re-sending it.`);
                await deps.queues.sendPoll({ ...message, attempt: record.attempts, dueAt: new Date(deps.now()).toISOString(), reason: 'resend' }, 0);
                return;
            }
            case 'awaitSuccessor':
                context.info(`poll ${where}: its successor (attempt ${record.attempts}) is due; looking again in ${decision.delaySeconds} s in case it was lost.`);
                await deps.queues.sendPoll({ ...message, reason: 'recheck' }, decision.delaySeconds);
                return;
            case 'awaitClaim':
                context.info(`poll ${where}: ${record.status}, another invocation is completing it; looking again in ${decision.delaySeconds} s.`);
                await deps.queues.sendPoll({ ...message, attempt: record.attempts, reason: 'awaitClaim' }, decision.delaySeconds);
                return;
            case 'complete': {
                const claimed = await deps.store.replace({ ...record, completionClaimedUntil: deps.now() + deps.settings.claimMs }, stored.etag);
                if (claimed === undefined) continue;
                context.info(`poll ${where}: took over the unfinished completion of ${record.status}.`);
                await completeOperation(claimed, deps);
                return;
            }
            case 'poll': {
                const observation = await observe(stored, deps, context);
                const transition = nextState(record, observation, deps.now(), { claimMs: deps.settings.claimMs, schedule: deps.settings.schedule });
                const written = await deps.store.replace(transition.record, stored.etag);
                if (written === undefined) {
                    context.info(`poll ${where}: another poller wrote first; deciding again.`);
                    continue;
                }
                if (observation.kind === 'transientError') context.warn(`poll ${where}: status call failed (${observation.error.code}); rescheduled.`);
                await runActions(transition.actions, written, deps);
                return;
            }
        }
    }
    throw new Error(`poll ${where}: lost ${MAX_ROUNDS} conditional writes in a row.`);
}
