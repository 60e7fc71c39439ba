import type { ProblemKind } from './PROBLEM_TYPES';

/** `urn:asm-functions:problem:<kind>`. */
export function problemTypeUri(kind: ProblemKind): string {
    return `urn:asm-functions:problem:${kind}`;
}
