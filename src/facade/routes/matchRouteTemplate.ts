/**
 * Matches a path below `/api` (`hostedservices/a/deployments/b`, no leading slash, still percent-encoded) against a
 * route template (`hostedservices/{serviceName}/deployments/{deploymentName}`): the route values (decoded) when
 * it matches, undefined otherwise. Literal segments compare case-insensitively and a parameter takes exactly one
 * non-empty segment, as Functions (ASP.NET Core) routing does; a `{*name}` catch-all takes the rest.
 */
export function matchRouteTemplate(template: string, path: string): Record<string, string> | undefined {
    const want = template.split('/').filter((s) => s !== '');
    const have = path.split('/');
    if (have.length > 0 && have[have.length - 1] === '') have.pop();
    const values: Record<string, string> = {};
    for (let i = 0; i < want.length; i++) {
        const w = want[i] ?? '';
        const catchAll = /^\{\*([A-Za-z0-9_]+)\}$/.exec(w);
        if (catchAll?.[1] !== undefined) {
            values[catchAll[1]] = have.slice(i).join('/');
            return values;
        }
        const h = have[i];
        if (h === undefined || h === '') return undefined;
        const param = /^\{([A-Za-z0-9_]+)\}$/.exec(w);
        if (param?.[1] !== undefined) {
            let decoded: string;
            try {
                decoded = decodeURIComponent(h);
            } catch {
                decoded = h;
            }
            values[param[1]] = decoded;
        } else if (w.toLowerCase() !== h.toLowerCase()) {
            return undefined;
        }
    }
    return have.length === want.length ? values : undefined;
}
