import { statusUrl } from '../routes/statusUrl';
import type { OperationStatusView } from '../schemas/operationStatusSchema';
import type { OperationState } from '../status/OperationStatusReader';
import type { FacadeResponse } from './FacadeResponse';
import { jsonResponse } from './jsonResponse';

/** Seconds a caller is asked to wait before polling an operation still in progress. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * An operation's state as the facade answers it: `202 Accepted` (with Location and Retry-After) when the
 * operation was just started or a wait ran out, else `200` with its state (Retry-After while still InProgress).
 */
export function operationStatusResponse(requestUrl: string, state: OperationState, status: 200 | 202): FacadeResponse {
    const url = statusUrl(requestUrl, state.requestId);
    const body: OperationStatusView = {
        requestId: state.requestId,
        status: state.status,
        statusUrl: url,
        ...(state.httpStatusCode === undefined ? {} : { httpStatusCode: state.httpStatusCode }),
        ...(state.error === undefined ? {} : { error: state.error }),
    };
    const headers: Record<string, string> = {};
    if (status === 202) headers['location'] = url;
    if (state.status === 'InProgress') headers['retry-after'] = String(RETRY_AFTER_SECONDS);
    return jsonResponse(status, body, headers);
}
