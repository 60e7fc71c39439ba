import type { InvocationContext } from '@azure/functions';

import { isAsmError } from '../../client/errors/isAsmError';
import { redactText } from '../../client/errors/redactText';
import { errorToProblem, type ParamLocator } from '../problems/errorToProblem';
import { ProblemError } from '../problems/ProblemError';
import type { FacadeResponse } from './FacadeResponse';
import { type ProblemContext, problemResponse } from './problemResponse';

/**
 * The problem+json answer for an error thrown while serving a request; 5xx answers are logged (an unexpected error
 * with its redacted message, never a body or key material).
 */
export function failureResponse(err: unknown, context: InvocationContext, problemContext: ProblemContext, locate?: ParamLocator): FacadeResponse {
    let problem = errorToProblem(err, locate);
    if (problem === undefined) {
        const what = err instanceof Error ? `${err.name}: ${redactText(err.message)}` : redactText(String(err));
        context.error(`Unexpected error in ${problemContext.operationId ?? context.functionName}: ${what}`);
        problem = new ProblemError({
            kind: 'internal',
            code: 'InternalError',
            detail: `An unexpected error occurred; the function's log has it under invocation ${context.invocationId}.`,
        });
    } else if (problem.status >= 500) {
        const summary = isAsmError(err) ? JSON.stringify(err.toJSON()) : problem.detail;
        context.warn(`${problemContext.operationId ?? context.functionName} answered ${problem.status} ${problem.code}: ${summary}`);
    }
    return problemResponse(problem, problemContext);
}
