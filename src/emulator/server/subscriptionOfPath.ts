/**
 * The subscription a request addresses: the first path segment (URI-decoded, lower-cased: ids are GUIDs), or
 * undefined for the subscription-less `/subscriptions` listing and for a path without any segment.
 */
export function subscriptionOfPath(pathAndQuery: string): string | undefined {
    const path = pathAndQuery.split('?', 1)[0] ?? '';
    const first = path.split('/').find((segment) => segment !== '');
    if (first === undefined) return undefined;
    let decoded: string;
    try {
        decoded = decodeURIComponent(first);
    } catch {
        decoded = first;
    }
    return decoded.toLowerCase() === 'subscriptions' ? undefined : decoded.toLowerCase();
}
