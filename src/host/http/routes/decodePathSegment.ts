/** Percent-decodes one path segment as ASP.NET Core does, except `%2F` which stays encoded; malformed → as is. */
export function decodePathSegment(raw: string): string {
    try {
        return decodeURIComponent(raw.replace(/%2F/gi, '%252F'));
    } catch {
        return raw;
    }
}
