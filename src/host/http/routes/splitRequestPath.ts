/** The raw segments of a request path (`/api/items/` → `['api', 'items']`); a trailing slash is insignificant. */
export function splitRequestPath(pathname: string): string[] {
    const trimmed = pathname.replace(/^\/+/, '').replace(/\/$/, '');
    return trimmed === '' ? [] : trimmed.split('/');
}
