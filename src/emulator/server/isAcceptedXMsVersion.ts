/** The oldest and newest `x-ms-version` the emulator accepts (the range real clients send). */
export const OLDEST_X_MS_VERSION = '2012-03-01';
export const NEWEST_X_MS_VERSION = '2017-01-01';

const VERSION = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Verdicts by header value: clients send one or two versions, every request (bounded, in case of a flood of others). */
const verdicts = new Map<string, boolean>();

/** True for a real calendar date `YYYY-MM-DD` between the oldest and newest accepted versions, inclusive. */
export function isAcceptedXMsVersion(value: string | undefined): value is string {
    if (value === undefined) return false;
    const known = verdicts.get(value);
    if (known !== undefined) return known;
    const verdict = checkXMsVersion(value);
    if (verdicts.size < 256) verdicts.set(value, verdict);
    return verdict;
}

function checkXMsVersion(value: string): boolean {
    const m = VERSION.exec(value.trim());
    if (!m) return false;
    const date = new Date(`${m[0]}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== m[0]) return false;
    return m[0] >= OLDEST_X_MS_VERSION && m[0] <= NEWEST_X_MS_VERSION;
}
