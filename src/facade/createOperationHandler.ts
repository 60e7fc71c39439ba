import type { OperationSpec } from '../asm/operations/OperationSpec';
import type { AppServices } from '../app/AppServices';
import { OperationTimeoutError } from '../client/errors/OperationTimeoutError';
import type { AsyncResult } from '../client/types/AsyncResult';
import type { ParamsOf } from '../client/types/ParamsOf';
import { readTrackingHeaders } from '../tracking/readTrackingHeaders';
import { trackAcceptedOperation } from '../tracking/trackAcceptedOperation';
import type { FacadeHandler } from './FacadeFunction';
import { readOperationInput } from './input/readOperationInput';
import { failureResponse } from './output/failureResponse';
import type { FacadeResponse } from './output/FacadeResponse';
import { operationStatusResponse } from './output/operationStatusResponse';
import { resultResponse } from './output/resultResponse';
import type { ParamLocator } from './problems/errorToProblem';

/** The catalogue operation GET /api/operations/{requestId} serves, through the OperationStatusReader. */
const STATUS_OPERATION = 'getOperationStatus';

function isAsyncResult(value: unknown): value is AsyncResult {
    return typeof value === 'object' && value !== null && typeof (value as { requestId?: unknown }).requestId === 'string';
}

function locator(spec: OperationSpec): ParamLocator {
    return (name) => {
        const head = /^[A-Za-z0-9_]+/.exec(name)?.[0] ?? name;
        if (spec.pathParams !== undefined && Object.hasOwn(spec.pathParams, head)) return `path.${name}`;
        if (spec.query !== undefined && Object.hasOwn(spec.query, head)) return `query.${name}`;
        return `body.${name}`;
    };
}

function pathOf(url: string): string | undefined {
    try {
        return new URL(url).pathname;
    } catch {
        return undefined;
    }
}

async function waitForEnd(app: AppServices, spec: OperationSpec, requestUrl: string, requestId: string, startedAt: number): Promise<FacadeResponse> {
    const remaining = startedAt + app.config().waitMaxSeconds * 1000 - app.now();
    const inProgress = operationStatusResponse(requestUrl, { requestId, status: 'InProgress' }, 202);
    if (remaining <= 0) return inProgress;
    try {
        const op = await app.client().waitForOperation(requestId, {
            timeoutMs: remaining,
            operation: spec.name,
            ...(app.pollSchedule === undefined ? {} : { schedule: app.pollSchedule }),
        });
        return operationStatusResponse(requestUrl, { requestId, status: 'Succeeded', ...(op.httpStatusCode === undefined ? {} : { httpStatusCode: op.httpStatusCode }) }, 200);
    } catch (err) {
        if (err instanceof OperationTimeoutError) return inProgress;
        throw err;
    }
}

/**
 * The HTTP handler of one catalogue operation, built from its spec alone:
 * 1. read and validate path, query and body (readOperationInput) — a problem+json 4xx before any ASM call;
 * 2. call the operation with the instance's client (configuration and certificate are loaded on first use);
 * 3. answer: the response model as JSON (lists as `{ value }`), 201/204 without content, or for an asynchronous
 *    operation 202 with Location + Retry-After and `{ requestId, status, statusUrl }` — or, with `?wait=true`, the
 *    final state (200) once it ends within ASM_WAIT_MAX_SECONDS (else the same 202);
 *    An accepted asynchronous operation is handed to the durable tracker first (src/tracking: record, poller,
 *    completion event; optional `x-callback-url` / `x-correlation-id` headers, checked before the call);
 * 4. map every failure to problem+json (errorToProblem).
 * getOperationStatus answers from the OperationStatusReader.
 */
export function createOperationHandler(spec: OperationSpec, services: () => AppServices, options: { readonly maxBodyBytes?: number } = {}): FacadeHandler {
    const locate = locator(spec);
    return async (request, context) => {
        const problemContext = { ...(pathOf(request.url) === undefined ? {} : { instance: pathOf(request.url) }), operationId: spec.name, invocationId: context.invocationId };
        try {
            const input = await readOperationInput(spec, request, options);
            const app = services();
            const startedAt = app.now();
            if (spec.name === STATUS_OPERATION) {
                const state = await app.operationStatusReader().read(String(input.params['requestId']));
                return operationStatusResponse(request.url, state, 200);
            }
            const tracking = spec.async === false ? {} : readTrackingHeaders(request.headers);
            const result: unknown = await app.client().send(spec, input.params as ParamsOf<OperationSpec>);
            if (isAsyncResult(result)) {
                const op = { subscriptionId: app.config().subscriptionId, requestId: result.requestId, spec, params: input.params, headers: tracking, startedAt };
                await trackAcceptedOperation(app.operationTracker(), op, context);
                if (input.wait) return await waitForEnd(app, spec, request.url, result.requestId, startedAt);
                return operationStatusResponse(request.url, { requestId: result.requestId, status: 'InProgress' }, 202);
            }
            return resultResponse(spec, result);
        } catch (err) {
            return failureResponse(err, context, problemContext, locate);
        }
    };
}
