import { errorToProblem } from '../../facade/problems/errorToProblem';
import { ProblemError } from '../../facade/problems/ProblemError';
import { CleanupPolicyError } from '../policy/CleanupPolicyError';
import { CleanupRunError } from '../run/CleanupRunError';

/**
 * The problem a cleanup endpoint answers with: no such run → 404; another run active, or a run that cannot be
 * applied → 409; an invalid policy → 500 configuration naming every field (`policy.<field>`); anything else as the
 * facade maps it (ASM, certificate, configuration errors), or undefined (an unexpected error: 500, logged).
 */
export function cleanupProblem(err: unknown): ProblemError | undefined {
    if (err instanceof CleanupRunError) {
        if (err.kind === 'not-found') return new ProblemError({ kind: 'not-found', title: 'No such cleanup run', code: 'CleanupRunNotFound', detail: err.message });
        return new ProblemError({
            kind: 'conflict',
            code: err.kind === 'active-run' ? 'CleanupRunActive' : 'CleanupPlanNotApplicable',
            detail: err.message,
        });
    }
    if (err instanceof CleanupPolicyError) {
        return new ProblemError({
            kind: 'configuration',
            title: 'The cleanup policy is not valid',
            code: 'InvalidCleanupPolicy',
            detail: err.message,
            errors: err.issues.map((i) => ({ path: `policy.${i.field}`, message: i.message })),
        });
    }
    return errorToProblem(err);
}
