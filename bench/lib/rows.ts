/** One line of bench/results.json: medians of the same run, so anyone can recompute the ratio. */
export interface BenchRow {
    readonly scenario: string;
    readonly metric: string;
    readonly unit: string;
    readonly ours: number;
    /** The comparison value, or null where there is nothing to compare with (cold start, package size). */
    readonly baseline: number | null;
    readonly baselineName: string | null;
    readonly lowerIsBetter: boolean;
}

/** How many times better ours is than the baseline (> 1: better): baseline/ours when lower is better, else ours/baseline. */
export function advantage(row: BenchRow): number | undefined {
    if (row.baseline === null || row.ours === 0 || row.baseline === 0) return undefined;
    return row.lowerIsBetter ? row.baseline / row.ours : row.ours / row.baseline;
}

export function median(values: readonly number[]): number {
    if (values.length === 0) throw new Error('median of nothing');
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds for the JSON: three significant decimals are plenty for medians of noisy timings. */
export function round(value: number, decimals = 2): number {
    const f = 10 ** decimals;
    return Math.round(value * f) / f;
}
