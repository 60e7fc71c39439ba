import { parseRouteParameter } from './parseRouteParameter';
import type { RoutePart, RouteSegment } from './RouteTemplate';

/** Parses one segment: literals (`{{`/`}}` escape braces) and `{parameters}`. */
export function parseRouteSegment(segment: string, template: string): RouteSegment {
    const parts: RoutePart[] = [];
    let literal = '';
    const flush = (): void => {
        if (literal !== '') parts.push({ kind: 'literal', text: literal });
        literal = '';
    };
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        const next = segment[i + 1];
        if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
            literal += c;
            i++;
        } else if (c === '}') {
            throw new Error(`The route template '${template}' has an unmatched '}'.`);
        } else if (c === '{') {
            let j = i + 1;
            let inner = '';
            for (; j < segment.length; j++) {
                const d = segment[j];
                if ((d === '{' || d === '}') && segment[j + 1] === d) {
                    inner += d;
                    j++;
                } else if (d === '}') break;
                else if (d === '{') throw new Error(`The route template '${template}' has a '{' inside a parameter.`);
                else inner += d;
            }
            if (j >= segment.length) throw new Error(`The route template '${template}' has an unterminated parameter.`);
            flush();
            const previous = parts[parts.length - 1];
            if (previous?.kind === 'parameter') {
                throw new Error(`The route template '${template}': a segment cannot hold two consecutive parameters.`);
            }
            parts.push(parseRouteParameter(inner, template));
            i = j;
        } else {
            literal += c;
        }
    }
    flush();
    return { parts };
}
