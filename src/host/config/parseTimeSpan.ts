const TIME_SPAN = /^\s*(-)?(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?\s*$/;
const DAYS_ONLY = /^\s*(-)?(\d+)\s*$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses a .NET TimeSpan string as host.json holds them (`"00:00:30"`, `"1.02:00:00"`, `"00:00:00.250"`) into
 * milliseconds, with TimeSpan.Parse's rules: a bare integer counts days (so `"2000"` is 2000 days, as in Azure).
 * Throws on anything else.
 */
export function parseTimeSpan(value: string | number, what = 'TimeSpan'): number {
    const text = String(value);
    const days = DAYS_ONLY.exec(text);
    if (days) return (days[1] ? -1 : 1) * Number(days[2]) * MS_PER_DAY;
    const m = TIME_SPAN.exec(text);
    if (!m) throw new Error(`${what}: '${text}' is not a TimeSpan ([d.]hh:mm[:ss[.fffffff]]).`);
    const [, sign, d, h, min, s, fraction] = m;
    const hours = Number(h);
    const minutes = Number(min);
    const seconds = Number(s ?? '0');
    if (hours > 23 || minutes > 59 || seconds > 59) throw new Error(`${what}: '${text}' has a field out of range.`);
    const ms = Number(`0.${fraction ?? '0'}`) * 1000;
    const total = Number(d ?? '0') * MS_PER_DAY + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + ms;
    return (sign ? -1 : 1) * Math.round(total);
}
