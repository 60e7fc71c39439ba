/** `obj[key]` with .NET configuration's case-insensitive key lookup; undefined unless obj is a plain object. */
export function getIgnoreCase(obj: unknown, key: string): unknown {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return undefined;
    const lower = key.toLowerCase();
    for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) return v;
    return undefined;
}
