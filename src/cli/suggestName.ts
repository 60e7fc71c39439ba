function distance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

/** The candidate a mistyped name most likely meant (same letters in another case, or at most 2 edits away). */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
    const lower = name.toLowerCase();
    const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
    if (sameLetters !== undefined) return sameLetters;
    let best: { name: string; d: number } | undefined;
    for (const candidate of candidates) {
        const d = distance(lower, candidate.toLowerCase());
        if (d <= 2 && (best === undefined || d < best.d)) best = { name: candidate, d };
    }
    return best?.name;
}
