import type { Operation } from '../../../asm/models/operationStatus';
import { operationNotFound } from '../asmErrors';
import { requestIdAsGuid } from '../ids';
import { type HandlerTable, ok } from './Handler';
import { pathParam } from './requestValues';

/** GET /{sub}/operations/{requestId}: InProgress (no HttpStatusCode), then Succeeded (200) or Failed (+ Error). */
export const operationHandlers: HandlerTable = {
    getOperationStatus: (ctx) => {
        const op = ctx.findOperation(pathParam(ctx, 'requestId'));
        if (op === undefined) throw operationNotFound();
        const model: Operation = { id: requestIdAsGuid(op.requestId), status: op.status };
        if (op.status !== 'InProgress' && op.httpStatusCode !== undefined) model.httpStatusCode = op.httpStatusCode;
        if (op.status === 'Failed' && op.error !== undefined) model.error = { code: op.error.code, message: op.error.message };
        return ok(model);
    },
};
