import type { TrackedOperation } from './TrackedOperation';
import type { TrackingDeps } from './TrackingDeps';
import type { TrackRequest } from './TrackRequest';
import { pollDelaySeconds } from './pollDelaySeconds';
import { validateTrackRequest } from './validateTrackRequest';

export interface TrackResult {
    readonly record: TrackedOperation;
    /** False when the request id was already tracked (the call changed nothing but, maybe, re-sent its first poll). */
    readonly created: boolean;
}

function ms(value: number | Date | undefined): number | undefined {
    return value instanceof Date ? value.getTime() : value;
}

/**
 * Starts following an asynchronous ASM operation: writes its record to the operations table, then sends the first
 * poll message with the schedule's first delay. Idempotent: tracking a request id again returns the existing
 * record and sends nothing — unless that record was never polled and its first poll is overdue by more than
 * resendGraceMs (the first call died between its two writes): then the first poll is sent again (were the
 * original still coming, the poller would drop one of the two as stale).
 */
export class OperationTracker {
    constructor(private readonly deps: TrackingDeps) {}

    async track(input: TrackRequest): Promise<TrackResult> {
        validateTrackRequest(input);
        const { settings, now } = this.deps;
        const at = now();
        const startedAt = ms(input.startedAt) ?? at;
        const deadline = ms(input.deadline) ?? startedAt + settings.defaultDeadlineMs;
        const delaySeconds = pollDelaySeconds({ elapsedMs: at - startedAt, pollsSoFar: 0, remainingMs: deadline - at }, settings.schedule);
        const nextPollAt = at + delaySeconds * 1000;
        const fresh: TrackedOperation = {
            subscriptionId: input.subscriptionId,
            requestId: input.requestId,
            operation: input.operation,
            target: input.target,
            ...(input.correlationId === undefined ? {} : { correlationId: input.correlationId }),
            ...(input.callbackUrl === undefined ? {} : { callbackUrl: input.callbackUrl }),
            status: 'InProgress',
            startedAt,
            deadline,
            attempts: 0,
            nextPollAt,
            pollErrors: 0,
            recoveries: 0,
        };
        const { created, stored } = await this.deps.store.create(fresh);
        const record = stored.record;
        if (!created) {
            const lost = record.status === 'InProgress' && record.attempts === 0 && at >= record.nextPollAt + settings.resendGraceMs;
            if (!lost) return { record, created };
        }
        await this.deps.queues.sendPoll(
            {
                v: 1,
                subscriptionId: record.subscriptionId,
                requestId: record.requestId,
                attempt: 0,
                dueAt: new Date(created ? nextPollAt : at).toISOString(),
                reason: created ? 'track' : 'resend',
            },
            created ? delaySeconds : 0,
        );
        return { record, created };
    }
}
