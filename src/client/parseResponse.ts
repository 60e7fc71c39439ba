import type { OperationSpec } from '../asm/operations/OperationSpec';
import { parseModel } from '../xml/modelXml';
import { AsmResponseFormatError } from './errors/AsmResponseFormatError';
import { createHttpError } from './response/createHttpError';
import type { AsmHttpResponse } from './transport/exchange';
import type { AsyncResult } from './types/AsyncResult';

/** Whether a success answer of this operation is the start of an asynchronous operation. */
function startedAsync(spec: OperationSpec, status: number): boolean {
    if (spec.async === true) return true;
    if (spec.async === false) return false;
    return status === 202; // `whenFlag:x`: asynchronous only when the flag was set, and then ASM answers 202
}

/**
 * The result of a final response (redirects and retries are behind us): an error for a status the spec does not
 * list, `{ requestId }` when an asynchronous operation started, the model read with the response schema, or
 * undefined for an operation without a response body.
 */
export function parseResponse(spec: OperationSpec, response: AsmHttpResponse): unknown {
    if (!spec.statuses.includes(response.status)) throw createHttpError(spec.name, response);
    const requestId = response.headers['x-ms-request-id'];
    const context = { status: response.status, operation: spec.name, ...(requestId === undefined ? {} : { requestId }) };
    if (startedAsync(spec, response.status)) {
        if (requestId === undefined || requestId === '') {
            throw new AsmResponseFormatError({ ...context, detail: 'an asynchronous operation answered without x-ms-request-id' });
        }
        const result: AsyncResult = { requestId };
        return result;
    }
    if (spec.response === undefined) return undefined;
    try {
        return parseModel(spec.response, response.body);
    } catch (err) {
        throw new AsmResponseFormatError({ ...context, detail: (err as Error).message, cause: err });
    }
}
