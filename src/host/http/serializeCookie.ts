import type { Cookie } from '@azure/functions';

/** One `Set-Cookie` value for an HttpResponse cookie (what the host writes for `cookies`). */
export function serializeCookie(cookie: Cookie): string {
    const parts = [`${cookie.name}=${cookie.value}`];
    if (cookie.domain) parts.push(`Domain=${cookie.domain}`);
    if (cookie.path) parts.push(`Path=${cookie.path}`);
    if (cookie.expires !== undefined) {
        const expires = typeof cookie.expires === 'number' ? new Date(cookie.expires) : cookie.expires;
        parts.push(`Expires=${expires.toUTCString()}`);
    }
    if (cookie.maxAge !== undefined) parts.push(`Max-Age=${cookie.maxAge}`);
    if (cookie.secure) parts.push('Secure');
    if (cookie.httpOnly) parts.push('HttpOnly');
    if (cookie.sameSite) parts.push(`SameSite=${cookie.sameSite}`);
    return parts.join('; ');
}
