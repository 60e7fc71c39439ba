import { globToRegExp } from './globToRegExp';

const cache = new Map<string, RegExp>();

/** Whether `name` matches at least one of the glob `patterns` (see globToRegExp). */
export function matchesAnyGlob(name: string, patterns: readonly string[]): boolean {
    return patterns.some((pattern) => {
        let re = cache.get(pattern);
        if (re === undefined) {
            re = globToRegExp(pattern);
            if (cache.size < 1000) cache.set(pattern, re);
        }
        return re.test(name);
    });
}
