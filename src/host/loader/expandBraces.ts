/** Expands `{a,b}` alternatives (nested too) in a glob: `dist/{functions/*.js,src/index.js}` → two patterns. */
export function expandBraces(pattern: string): string[] {
    let depth = 0;
    let open = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
        } else if (c === '{') {
            if (depth++ === 0) open = i;
        } else if (c === '}' && depth > 0 && --depth === 0) {
            const body = pattern.slice(open + 1, i);
            const alternatives = splitTopLevel(body);
            if (alternatives.length < 2) continue;
            const head = pattern.slice(0, open);
            const tail = pattern.slice(i + 1);
            return alternatives.flatMap((alt) => expandBraces(`${head}${alt}${tail}`));
        }
    }
    return [pattern];
}

function splitTopLevel(body: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\') i++;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(body.slice(start));
    return parts;
}
