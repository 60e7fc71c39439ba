/** `2015-07-02T16:45:20Z`: how ASM writes DateCreated, CreatedTime, LastModifiedTime (whole seconds). */
export function isoSeconds(epochMs: number): string {
    return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** `2015-07-02T18:17:13.9333545Z`: how ASM writes VM image CreatedTime/ModifiedTime (7 fractional digits). */
export function isoTicks(epochMs: number, extraTicks = 0): string {
    const base = new Date(Math.floor(epochMs)).toISOString(); // …T18:17:13.933Z
    const ticks = String(Math.max(0, Math.min(9999, Math.trunc(extraTicks)))).padStart(4, '0');
    return `${base.slice(0, -1)}${ticks}Z`;
}

/** `201507022023270167`: the timestamp suffix of generated disk names (yyyyMMddHHmmss + 4 digits). */
export function diskStamp(epochMs: number, extra = 0): string {
    const iso = new Date(Math.floor(epochMs)).toISOString();
    const digits = iso.replace(/[^0-9]/g, '').slice(0, 14);
    return `${digits}${String(Math.abs(Math.trunc(extra)) % 10000).padStart(4, '0')}`;
}

/** `2015-07-02`: the date suffix of captured image disk names. */
export function isoDate(epochMs: number): string {
    return new Date(Math.floor(epochMs)).toISOString().slice(0, 10);
}
