import { matchesAnyGlob } from './matchesAnyGlob';

/** The first of `patterns` that `name` matches, or undefined. */
export function firstMatchingGlob(name: string, patterns: readonly string[]): string | undefined {
    return patterns.find((p) => matchesAnyGlob(name, [p]));
}
