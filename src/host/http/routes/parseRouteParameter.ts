import { compileRouteConstraint } from './compileRouteConstraint';
import type { RouteConstraint, RouteParameter } from './RouteTemplate';

/** Splits `int:min(1):regex(a:b)=5` after the name into constraint texts and the tail (`?`, `=default`). */
function splitConstraints(rest: string): { constraints: string[]; tail: string } {
    const constraints: string[] = [];
    let i = 0;
    while (rest[i] === ':') {
        let depth = 0;
        let j = i + 1;
        for (; j < rest.length; j++) {
            const c = rest[j];
            if (c === '\\') j++;
            else if (c === '(') depth++;
            else if (c === ')') depth = Math.max(0, depth - 1);
            else if (depth === 0 && (c === ':' || c === '=' || (c === '?' && j === rest.length - 1))) break;
        }
        constraints.push(rest.slice(i + 1, j));
        i = j;
    }
    return { constraints, tail: rest.slice(i) };
}

/** Parses the inside of `{…}` (braces already unescaped): `*rest`, `id:int`, `page?`, `lang=en`. */
export function parseRouteParameter(inner: string, template: string): RouteParameter {
    const stars = /^\*{1,2}/.exec(inner)?.[0].length ?? 0;
    const body = inner.slice(stars);
    const nameEnd = body.search(/[:=?]/);
    const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
    if (name === '' || /[/{}*?=:\s]/.test(name)) {
        throw new Error(`The route template '${template}' has an invalid parameter name in '{${inner}}'.`);
    }
    const { constraints: texts, tail } = splitConstraints(nameEnd < 0 ? '' : body.slice(nameEnd));
    let optional = false;
    let defaultValue: string | undefined;
    if (tail === '?') optional = true;
    else if (tail.startsWith('=')) defaultValue = tail.slice(1);
    else if (tail !== '') throw new Error(`The route template '${template}' has a malformed parameter '{${inner}}'.`);
    if (stars > 0 && optional) throw new Error(`The route template '${template}': a catch-all parameter cannot be optional.`);
    const constraints: RouteConstraint[] = texts.map((t) => {
        if (t === '') throw new Error(`The route template '${template}' has an empty constraint in '{${inner}}'.`);
        return compileRouteConstraint(t);
    });
    return { kind: 'parameter', name, optional, catchAll: stars > 0, ...(defaultValue !== undefined ? { defaultValue } : {}), constraints };
}
