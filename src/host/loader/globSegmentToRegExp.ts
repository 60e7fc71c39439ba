/** One path segment of a glob (`*.js`, `fn-?.[cm]js`) as an anchored RegExp; `*`/`?` never match `/`. */
export function globSegmentToRegExp(segment: string): RegExp {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i] as string;
        if (c === '\\' && i + 1 < segment.length) {
            source += escape(segment[++i] as string);
        } else if (c === '*') {
            source += '[^/]*';
        } else if (c === '?') {
            source += '[^/]';
        } else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close < 0) {
                source += '\\[';
                continue;
            }
            let cls = segment.slice(i + 1, close);
            if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
            source += `[${cls.replace(/\\/g, '\\\\')}]`;
            i = close;
        } else {
            source += escape(c);
        }
    }
    return new RegExp(`^${source}$`);
}

function escape(c: string): string {
    return /[.+^${}()|[\]\\*?]/.test(c) ? `\\${c}` : c;
}
