import type { InvocationContext } from '@azure/functions';

import type { OperationSpec } from '../asm/operations/OperationSpec';
import { describeTarget } from './describeTarget';
import type { OperationTracking } from './OperationTracking';
import type { TrackingHeaders } from './readTrackingHeaders';

export interface AcceptedOperation {
    readonly subscriptionId: string;
    readonly requestId: string;
    readonly spec: OperationSpec;
    readonly params: Readonly<Record<string, unknown>>;
    readonly headers: TrackingHeaders;
    /** When the facade sent the request (the operation's start). */
    readonly startedAt: number;
}

/**
 * What the facade does after ASM answered 202: starts tracking the operation (record + first poll). Never throws:
 * the operation is running whatever happens here, so the caller still gets its 202; a failure is logged as an
 * error naming the request id (GET /api/operations/{id} still answers, live).
 */
export async function trackAcceptedOperation(tracking: OperationTracking | undefined, op: AcceptedOperation, context: InvocationContext): Promise<void> {
    if (tracking === undefined) return;
    try {
        await tracking.track({
            subscriptionId: op.subscriptionId,
            requestId: op.requestId,
            operation: op.spec.name,
            target: describeTarget(op.spec, op.params),
            startedAt: op.startedAt,
            correlationId: op.headers.correlationId ?? context.invocationId,
            ...(op.headers.callbackUrl === undefined ? {} : { callbackUrl: op.headers.callbackUrl }),
        });
    } catch (err) {
        context.error(`${op.spec.name} ${op.requestId} started but is NOT tracked: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    }
}
