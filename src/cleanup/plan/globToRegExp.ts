/**
 * A glob on ASM names: `*` matches any run of characters (also none), `?` exactly one; everything else literally.
 * Case-insensitive, like ASM's names. Anchored at both ends: `web-*` does not match `old-web-1`.
 */
export function globToRegExp(pattern: string): RegExp {
    let source = '';
    for (const ch of pattern) {
        if (ch === '*') source += '.*';
        else if (ch === '?') source += '.';
        else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'is');
}
