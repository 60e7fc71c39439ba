import type { AsmHttpRequest } from '../request/AsmHttpRequest';

/**
 * Where a 307 sends the request: the same method, headers and body to `Location`, resolved against the current URL.
 * A Location without a query keeps the original query (as the legacy Python client re-appends it). Refused
 * (undefined): a missing or unparsable Location, a non-http(s) scheme, and an https → http downgrade.
 */
export function redirectTarget(current: AsmHttpRequest, location: string | undefined): AsmHttpRequest | undefined {
    if (location === undefined || location.trim() === '') return undefined;
    let url: URL;
    try {
        url = new URL(location.trim(), `${current.origin}${current.path}`);
    } catch {
        return undefined;
    }
    const from = new URL(current.origin).protocol;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (from === 'https:' && url.protocol === 'http:') return undefined;
    const originalQuery = current.path.includes('?') ? current.path.slice(current.path.indexOf('?')) : '';
    return { ...current, origin: url.origin, path: `${url.pathname}${url.search === '' ? originalQuery : url.search}` };
}
