import type { ProblemError } from '../problems/ProblemError';
import { problemTypeUri } from '../problems/problemTypeUri';
import type { ProblemDetails } from '../schemas/problemSchema';
import type { FacadeResponse } from './FacadeResponse';

export interface ProblemContext {
    /** The request path (`/api/hostedservices/x`), never the query (it may hold the function key). */
    readonly instance?: string;
    readonly operationId?: string;
    readonly invocationId?: string;
}

/** Renders a ProblemError as RFC 9457 application/problem+json. */
export function problemResponse(problem: ProblemError, context: ProblemContext = {}): FacadeResponse {
    const body: ProblemDetails = {
        type: problemTypeUri(problem.kind),
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        ...(context.instance === undefined ? {} : { instance: context.instance }),
        code: problem.code,
        ...(problem.requestId === undefined ? {} : { requestId: problem.requestId }),
        ...(context.operationId === undefined ? {} : { operationId: context.operationId }),
        ...(context.invocationId === undefined ? {} : { invocationId: context.invocationId }),
        ...(problem.errors === undefined ? {} : { errors: problem.errors.map((e) => ({ path: e.path, message: e.message })) }),
    };
    return {
        status: problem.status,
        headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...problem.headers },
        body: JSON.stringify(body),
    };
}
