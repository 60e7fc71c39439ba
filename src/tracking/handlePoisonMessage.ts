import type { InvocationContext } from '@azure/functions';

import { completeOperation } from './completeOperation';
import { decidePollMessage } from './decidePollMessage';
import { nextState } from './nextState';
import { parsePollMessage } from './parsePollMessage';
import type { TrackingDeps } from './TrackingDeps';

const MAX_ROUNDS = 5;

/**
 * The poison-queue handler: a poll message that failed maxDequeueCount times lands on
 * `asm-operation-polls-poison`. If it is still the message the record expects, the record becomes `Poisoned`
 * (reason: the last error the poller left on it) and the completion event is sent, so the operation is never
 * silently lost. A poison message the chain has moved past is only logged; one for a terminal record finishes
 * its completion if that was left unfinished.
 */
export async function handlePoisonMessage(queueItem: unknown, context: InvocationContext, deps: TrackingDeps): Promise<void> {
    const message = parsePollMessage(queueItem);
    if (message === undefined) {
        context.error('asm-operation-polls-poison: a message that is not a poll message; nothing to mark.', { queueItem });
        return;
    }
    const where = `${message.subscriptionId}/${message.requestId} attempt ${message.attempt}`;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const stored = await deps.store.get(message.subscriptionId, message.requestId);
        const now = deps.now();
        const decision = decidePollMessage(stored?.record, message, now, { resendGraceMs: deps.settings.resendGraceMs });
        if (stored === undefined) {
            context.error(`poison ${where}: no tracking record.`);
            return;
        }
        const { record } = stored;
        switch (decision.kind) {
            case 'unknown':
            case 'done':
                context.info(`poison ${where}: record already ${record.status}; nothing to do.`);
                return;
            case 'stale':
                context.warn(`poison ${where}: the poll chain has moved on (attempt ${record.attempts}); not marking.`);
                return;
            case 'resend':
                await deps.queues.sendPoll({ ...message, attempt: record.attempts, dueAt: new Date(now).toISOString(), reason: 'resend' }, 0);
                return;
            case 'awaitSuccessor':
                await deps.queues.sendPoll({ ...message, reason: 'recheck' }, decision.delaySeconds);
                return;
            case 'awaitClaim':
                await deps.queues.sendPoll({ ...message, attempt: record.attempts, reason: 'awaitClaim' }, decision.delaySeconds);
                return;
            case 'complete': {
                const claimed = await deps.store.replace({ ...record, completionClaimedUntil: now + deps.settings.claimMs }, stored.etag);
                if (claimed === undefined) continue;
                await completeOperation(claimed, deps);
                return;
            }
            case 'poll': {
                const reason = `The poll message for attempt ${message.attempt} failed on every delivery (host.json maxDequeueCount) and was moved to the poison queue.`;
                const transition = nextState(record, { kind: 'poisoned', reason }, now, { claimMs: deps.settings.claimMs, schedule: deps.settings.schedule });
                const written = await deps.store.replace(transition.record, stored.etag);
                if (written === undefined) continue;
                context.error(`poison ${where}: marked Poisoned. ${transition.record.error?.message ?? ''}`);
                await completeOperation(written, deps);
                return;
            }
        }
    }
    throw new Error(`poison ${where}: lost ${MAX_ROUNDS} conditional writes in a row.`);
}
