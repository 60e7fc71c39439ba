/**
 * `{ ...base, ...changes }` for records that come in several shapes (their optional fields): V8 copies such objects
 * with Object.assign many times faster than with a spread, whose inline cache gives up on the variety.
 */
export function copyWith<T extends object, const C extends object>(base: T, changes: C): Omit<T, keyof C> & C {
    return Object.assign({}, base, changes);
}
