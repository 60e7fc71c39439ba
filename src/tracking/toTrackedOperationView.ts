import type { TrackedOperation } from './TrackedOperation';
import type { TrackedOperationView } from './TrackedOperationView';

const iso = (ms: number): string => new Date(ms).toISOString();

/** The JSON view of a record (pure). The callback URL is not echoed: it may carry a token in its path. */
export function toTrackedOperationView(r: TrackedOperation): TrackedOperationView {
    return {
        subscriptionId: r.subscriptionId,
        requestId: r.requestId,
        operation: r.operation,
        target: r.target,
        status: r.status,
        ...(r.correlationId === undefined ? {} : { correlationId: r.correlationId }),
        startedAt: iso(r.startedAt),
        deadline: iso(r.deadline),
        polls: r.attempts,
        pollErrors: r.pollErrors,
        ...(r.status === 'InProgress' ? { nextPollAt: iso(r.nextPollAt) } : {}),
        ...(r.lastPolledAt === undefined ? {} : { lastPolledAt: iso(r.lastPolledAt) }),
        ...(r.completedAt === undefined ? {} : { completedAt: iso(r.completedAt), durationMs: r.completedAt - r.startedAt }),
        ...(r.resultHttpStatusCode === undefined ? {} : { httpStatusCode: r.resultHttpStatusCode }),
        ...(r.error === undefined ? {} : { error: r.error }),
        ...(r.lastError === undefined ? {} : { lastError: r.lastError }),
        ...(r.eventSentAt === undefined ? {} : { eventSentAt: iso(r.eventSentAt) }),
        ...(r.callbackUrl === undefined
            ? {}
            : {
                  callback: {
                      requested: true as const,
                      ...(r.callback === undefined
                          ? {}
                          : {
                                status: r.callback.status,
                                attempts: r.callback.attempts,
                                at: iso(r.callback.at),
                                ...(r.callback.httpStatus === undefined ? {} : { httpStatus: r.callback.httpStatus }),
                                ...(r.callback.error === undefined ? {} : { error: r.callback.error }),
                            }),
                  },
              }),
    };
}
