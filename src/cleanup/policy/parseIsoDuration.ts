import type { IsoDuration } from './IsoDuration';

const PATTERN = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const MS = { week: 7 * 86_400_000, day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1_000 } as const;

/**
 * Parses an ISO-8601 duration of weeks, days, hours, minutes and seconds (`P7D`, `PT12H`, `P1W2DT3H`, `PT0.5S`).
 * Years and months are refused (their length depends on the calendar): write days instead. Returns a reason string
 * when the text is not such a duration, so the caller can name the policy field.
 */
export function parseIsoDuration(text: string): IsoDuration | string {
    const upper = text.trim().toUpperCase();
    const datePart = upper.split('T')[0] ?? '';
    if (upper.startsWith('P') && /\d(Y|M)/.test(datePart)) {
        return `"${text}" uses years or months, whose length varies; write days instead (P30D)`;
    }
    const m = PATTERN.exec(upper);
    if (m === null || upper === 'P' || upper.endsWith('T')) {
        return `"${text}" is not an ISO-8601 duration such as P7D, PT12H or P1DT6H`;
    }
    const [, w, d, h, min, s] = m;
    const ms =
        Number(w ?? 0) * MS.week +
        Number(d ?? 0) * MS.day +
        Number(h ?? 0) * MS.hour +
        Number(min ?? 0) * MS.minute +
        Math.round(Number(s ?? 0) * MS.second);
    if (!Number.isSafeInteger(ms)) return `"${text}" is too long`;
    return { text: upper, ms };
}
