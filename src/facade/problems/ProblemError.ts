import type { ValidationIssue } from '../../asm/schema/validate';
import { PROBLEM_TYPES, type ProblemKind } from './PROBLEM_TYPES';

export interface ProblemInit {
    readonly kind: ProblemKind;
    /** Defaults to the kind's status (asm-error and operation-failed pass ASM's status through). */
    readonly status?: number;
    /** Defaults to the kind's title. */
    readonly title?: string;
    readonly detail: string;
    /** ASM's error code, or the facade's own (InvalidInput, UnsupportedMediaType, …). */
    readonly code: string;
    readonly requestId?: string;
    readonly errors?: readonly ValidationIssue[];
    /** Extra response headers (Allow, Retry-After). */
    readonly headers?: Readonly<Record<string, string>>;
}

/** A problem the facade answers with, thrown inside a handler and rendered as application/problem+json. */
export class ProblemError extends Error {
    override readonly name = 'ProblemError';
    readonly kind: ProblemKind;
    readonly status: number;
    readonly title: string;
    readonly detail: string;
    readonly code: string;
    readonly requestId: string | undefined;
    readonly errors: readonly ValidationIssue[] | undefined;
    readonly headers: Readonly<Record<string, string>>;

    constructor(init: ProblemInit) {
        super(init.detail);
        this.kind = init.kind;
        this.status = init.status ?? PROBLEM_TYPES[init.kind].status;
        this.title = init.title ?? PROBLEM_TYPES[init.kind].title;
        this.detail = init.detail;
        this.code = init.code;
        this.requestId = init.requestId;
        this.errors = init.errors;
        this.headers = init.headers ?? {};
    }
}
