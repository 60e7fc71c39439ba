const UNITS: readonly (readonly [string, number])[] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
];

/** A readable length of time, at most its two largest units: `12d 3h`, `7d`, `5h 20m`, `45s`. */
export function formatAge(ms: number): string {
    const sign = ms < 0 ? '-' : '';
    let rest = Math.floor(Math.abs(ms) / 1000);
    const parts: string[] = [];
    for (const [unit, size] of UNITS) {
        if (parts.length === 2) break;
        const n = Math.floor(rest / size);
        rest -= n * size;
        if (n > 0) parts.push(`${n}${unit}`);
        else if (parts.length > 0) break;
    }
    return parts.length === 0 ? '0s' : sign + parts.join(' ');
}
