/** One problem of a policy: the field's path (`include.services[1]`) and what is wrong with it. */
export interface PolicyIssue {
    readonly field: string;
    readonly message: string;
}

/** The cleanup policy is not valid: names every offending field. Nothing runs with an invalid policy. */
export class CleanupPolicyError extends Error {
    override readonly name = 'CleanupPolicyError';
    readonly issues: readonly PolicyIssue[];

    constructor(source: string, issues: readonly PolicyIssue[]) {
        super(`Invalid cleanup policy (${source}): ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
        this.issues = issues;
    }
}
