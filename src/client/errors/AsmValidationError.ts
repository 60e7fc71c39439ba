import { AsmError } from './AsmError';

/** One problem with a parameter, at a dotted path (`label`, `roleList[0].roleName`). */
export interface AsmValidationIssue {
    readonly path: string;
    readonly message: string;
}

/**
 * A parameter or option is missing or invalid; nothing was sent. `field` names the first offending one
 * (`serviceName`, `label`), `issues` lists them all. Messages describe the rule, never the rejected value.
 */
export class AsmValidationError extends AsmError {
    override readonly name: string = 'AsmValidationError';
    readonly field: string;
    readonly operation: string | undefined;
    readonly issues: readonly AsmValidationIssue[];

    constructor(field: string, message: string, operation?: string, issues?: readonly AsmValidationIssue[]) {
        const more = issues !== undefined && issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
        super('ASM_VALIDATION_ERROR', `${operation === undefined ? '' : `${operation}: `}${field}: ${message}${more}`);
        this.field = field;
        this.operation = operation;
        this.issues = issues ?? [{ path: field, message }];
    }
}
