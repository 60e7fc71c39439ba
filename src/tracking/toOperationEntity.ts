import type { OperationEntity } from './OperationEntity';
import type { TrackedError, TrackedOperation } from './TrackedOperation';

/** Longest text kept in a message column (Table storage allows 32 K characters per string property). */
const MAX_TEXT = 2_000;

function iso(ms: number | undefined): string | undefined {
    return ms === undefined ? undefined : new Date(ms).toISOString();
}

function text(value: string | undefined): string | undefined {
    return value === undefined ? undefined : value.slice(0, MAX_TEXT);
}

function errorColumns(prefix: 'error' | 'lastError', error: TrackedError | undefined): Record<string, string | number | undefined> {
    return {
        [`${prefix}Code`]: error?.code,
        [`${prefix}Message`]: text(error?.message),
        [`${prefix}HttpStatusCode`]: error?.httpStatusCode,
    };
}

/** The table row of a record (undefined columns are dropped, so a Replace write removes them). */
export function toOperationEntity(r: TrackedOperation): OperationEntity {
    const entity: Record<string, string | number | undefined> = {
        partitionKey: r.subscriptionId,
        rowKey: r.requestId,
        operation: r.operation,
        target: r.target,
        correlationId: r.correlationId,
        callbackUrl: r.callbackUrl,
        status: r.status,
        startedAt: iso(r.startedAt),
        deadline: iso(r.deadline),
        attempts: r.attempts,
        nextPollAt: iso(r.nextPollAt),
        lastPolledAt: iso(r.lastPolledAt),
        lastStatus: r.lastStatus,
        pollErrors: r.pollErrors,
        ...errorColumns('lastError', r.lastError),
        recoveries: r.recoveries,
        completedAt: iso(r.completedAt),
        resultHttpStatusCode: r.resultHttpStatusCode,
        ...errorColumns('error', r.error),
        completion: r.completion,
        completionClaimedUntil: iso(r.completionClaimedUntil),
        eventSentAt: iso(r.eventSentAt),
        callbackStatus: r.callback?.status,
        callbackAttempts: r.callback?.attempts,
        callbackHttpStatus: r.callback?.httpStatus,
        callbackAt: iso(r.callback?.at),
        callbackError: text(r.callback?.error),
    };
    for (const key of Object.keys(entity)) if (entity[key] === undefined) delete entity[key];
    return entity as unknown as OperationEntity;
}
