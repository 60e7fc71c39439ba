import { operations } from '../../asm/operations/catalogue';
import type { AsmClient } from '../../client/AsmClient';
import type { OperationState, OperationStatusReader } from './OperationStatusReader';

const STATES = new Set(['InProgress', 'Succeeded', 'Failed']);

/** An OperationStatusReader that asks ASM each time (GET /{subscriptionId}/operations/{requestId}). */
export function createLiveOperationStatusReader(client: () => AsmClient): OperationStatusReader {
    return {
        async read(requestId, options = {}): Promise<OperationState> {
            const op = await client().send(operations.getOperationStatus, { requestId }, options.signal === undefined ? {} : { signal: options.signal });
            const error = op.error === undefined || (op.error.code === undefined && op.error.message === undefined) ? undefined : op.error;
            return {
                requestId,
                status: STATES.has(op.status) ? op.status : 'InProgress',
                ...(op.httpStatusCode === undefined ? {} : { httpStatusCode: op.httpStatusCode }),
                ...(error === undefined ? {} : { error }),
            };
        },
    };
}
