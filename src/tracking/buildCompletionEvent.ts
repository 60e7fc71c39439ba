import type { CompletionEvent } from './CompletionEvent';
import type { TrackedOperation } from './TrackedOperation';
import { isTerminal } from './TrackedOperation';

/** The completion event of a terminal record (pure, deterministic: the same record gives the same bytes). */
export function buildCompletionEvent(record: TrackedOperation): CompletionEvent {
    if (!isTerminal(record.status)) throw new Error(`Operation ${record.requestId} is still ${record.status}.`);
    const completedAt = record.completedAt ?? record.lastPolledAt ?? record.startedAt;
    return {
        type: 'asm.operation.completed',
        eventId: `${record.subscriptionId}/${record.requestId}`,
        requestId: record.requestId,
        subscriptionId: record.subscriptionId,
        operation: record.operation,
        target: record.target,
        status: record.status,
        error: record.error ?? null,
        httpStatusCode: record.resultHttpStatusCode ?? null,
        durationMs: Math.max(0, completedAt - record.startedAt),
        correlationId: record.correlationId ?? null,
        startedAt: new Date(record.startedAt).toISOString(),
        completedAt: new Date(completedAt).toISOString(),
        polls: record.attempts,
    };
}
