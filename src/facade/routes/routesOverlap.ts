/**
 * Whether one path could match both route templates (same number of segments; at each position equal literals,
 * case-insensitively, or a parameter on either side). The facade's routes never overlap for one method (a unit
 * test checks it), so no routing precedence between them is needed: the only precedence rule the facade relies on
 * is that a catch-all (`{*path}`) loses to every other route, as in ASP.NET Core routing (and the local host).
 */
export function routesOverlap(a: string, b: string): boolean {
    const sa = a.split('/').filter((s) => s !== '');
    const sb = b.split('/').filter((s) => s !== '');
    if (sa.length !== sb.length) return false;
    return sa.every((x, i) => {
        const y = sb[i] ?? '';
        const param = (s: string): boolean => s.startsWith('{');
        return param(x) || param(y) || x.toLowerCase() === y.toLowerCase();
    });
}
