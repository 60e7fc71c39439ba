import type { ValidationIssue } from '../../asm/schema/validate';
import { ProblemError } from './ProblemError';

/** A 400 invalid-request problem for input issues: the detail names the first field, `errors` lists them all. */
export function invalidRequest(issues: readonly [ValidationIssue, ...ValidationIssue[]]): ProblemError {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    return new ProblemError({ kind: 'invalid-request', detail: `${first.path}: ${first.message}${more}`, code: 'InvalidInput', errors: issues });
}
