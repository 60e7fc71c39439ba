/** Whether a glob segment has wildcards (else it is a literal name). */
export function isGlobMagic(segment: string): boolean {
    return /[*?[]/.test(segment);
}
