import type { HttpMethod } from '../../asm/operations/OperationSpec';
import { asmErrors } from './asmErrors';
import type { OperationMatch, OperationMatcher } from './OperationMatcher';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

export type Route =
    | { readonly kind: 'matched'; readonly match: OperationMatch }
    | { readonly kind: 'notFound' }
    | { readonly kind: 'invalidVerb' };

/**
 * Finds the catalogue operation for a request. The body's root element only disambiguates operations that share
 * method and path (the role `Operations` endpoints); when it names none of them, the path's operation is still
 * returned, so that reading the body answers 400 (wrong root element) rather than 404. A path the catalogue knows under
 * another method answers InvalidHttpVerb (400), as ASM's error table documents; an unknown path ResourceNotFound.
 */
export function routeRequest(matcher: OperationMatcher, method: string, pathAndQuery: string, bodyRoot: string | undefined): Route {
    const withRoot = bodyRoot === undefined ? undefined : matcher(method, pathAndQuery, bodyRoot);
    const match = withRoot ?? matcher(method, pathAndQuery);
    if (match !== undefined) return { kind: 'matched', match };
    const otherVerb = METHODS.some((m) => m !== method.toUpperCase() && matcher(m, pathAndQuery) !== undefined);
    return otherVerb ? { kind: 'invalidVerb' } : { kind: 'notFound' };
}

export function routeError(route: Exclude<Route, { kind: 'matched' }>) {
    return route.kind === 'invalidVerb' ? asmErrors.invalidHttpVerb() : asmErrors.uriNotFound();
}
