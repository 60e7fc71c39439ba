/**
 * Reads a `Retry-After` header: delta-seconds (`120`, decimals tolerated) or an HTTP-date, relative to `nowMs`.
 * Returns ms to wait (0 for a date in the past), or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
    if (value === undefined) return undefined;
    const text = value.trim();
    if (text === '') return undefined;
    if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
    if (!/[A-Za-z]/.test(text)) return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    return Math.max(0, at - nowMs);
}
