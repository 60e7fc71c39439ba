import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { compileRouteConstraint } from '../../src/host/http/routes/compileRouteConstraint';
import { parseRouteTemplate } from '../../src/host/http/routes/parseRouteTemplate';
import { comparePrecedence, routePrecedence } from '../../src/host/http/routes/routePrecedence';
import { RouteTable } from '../../src/host/http/routes/RouteTable';

function table(...routes: [string, string[], string][]): RouteTable<string> {
    const t = new RouteTable<string>();
    for (const [template, methods, name] of routes) t.add(template, methods, name);
    return t;
}

describe('route templates', () => {
    it('parses literals, parameters, optional, defaults, catch-all and constraints', () => {
        const t = parseRouteTemplate('api/subs/{subscriptionId:guid}/files/{name=index}/{*rest}');
        assert.equal(t.segments.length, 6);
        const part = (i: number) => t.segments[i]?.parts[0];
        assert.deepEqual(part(0), { kind: 'literal', text: 'api' });
        const sub = part(2);
        assert.ok(sub?.kind === 'parameter' && sub.name === 'subscriptionId' && sub.constraints[0]?.text === 'guid');
        const name = part(4);
        assert.ok(name?.kind === 'parameter' && name.defaultValue === 'index' && !name.optional);
        const rest = part(5);
        assert.ok(rest?.kind === 'parameter' && rest.catchAll);
        const optional = parseRouteTemplate('{page:int?}').segments[0]?.parts[0];
        assert.ok(optional?.kind === 'parameter' && optional.optional && optional.constraints.length === 1);
    });

    it('rejects what the host rejects', () => {
        assert.throws(() => parseRouteTemplate('a//b'), /empty segment/);
        assert.throws(() => parseRouteTemplate('{*rest}/x'), /catch-all/);
        assert.throws(() => parseRouteTemplate('{a}{b}'), /consecutive/);
        assert.throws(() => parseRouteTemplate('{id}/{ID}'), /twice/);
        assert.throws(() => parseRouteTemplate('{a?}/b'), /optional segment/);
        assert.throws(() => parseRouteTemplate('{id:nosuch}'), /not one of the constraints/);
        assert.throws(() => parseRouteTemplate('{*rest?}'), /cannot be optional/);
        assert.throws(() => parseRouteTemplate('a?b'), /'\?'/);
        assert.throws(() => parseRouteTemplate('{open'), /unterminated/);
    });

    it('computes ASP.NET inbound precedence (literal < constrained < parameter < catch-all)', () => {
        const p = (s: string) => routePrecedence(parseRouteTemplate(s));
        assert.deepEqual(p('api/template'), [1, 1]);
        assert.deepEqual(p('api/{id:int}'), [1, 2]);
        assert.deepEqual(p('api/{id}'), [1, 3]);
        assert.deepEqual(p('api/{*rest}'), [1, 5]);
        assert.deepEqual(p('api/{*rest:minlength(1)}'), [1, 4]);
        assert.deepEqual(p('api/{a}.{b}'), [1, 2]);
        assert.ok(comparePrecedence(p('api/template'), p('api/template/{id}')) < 0);
        assert.ok(comparePrecedence(p('api/{id:int}'), p('api/{id}')) < 0);
    });
});

describe('route constraints', () => {
    const ok = (c: string, v: string) => compileRouteConstraint(c).test(v);
    it('int, long, bool, guid, alpha, decimal, double', () => {
        assert.ok(ok('int', '42') && ok('int', '-7') && !ok('int', '2147483648') && !ok('int', '4x'));
        assert.ok(ok('long', '9223372036854775807') && !ok('long', '9223372036854775808'));
        assert.ok(ok('bool', 'TRUE') && !ok('bool', 'yes'));
        assert.ok(ok('guid', '5F0C1B2A-0000-4000-8000-000000000001') && ok('guid', '{5f0c1b2a-0000-4000-8000-000000000001}'));
        assert.ok(ok('guid', '5f0c1b2a000040008000000000000001') && !ok('guid', 'nope'));
        assert.ok(ok('alpha', 'AbC') && !ok('alpha', 'ab1'));
        assert.ok(ok('decimal', '1.5') && !ok('decimal', '1e5') && ok('double', '1e5'));
    });
    it('length, min, max, range, regex, required, file', () => {
        assert.ok(ok('minlength(2)', 'ab') && !ok('minlength(2)', 'a'));
        assert.ok(ok('maxlength(2)', 'ab') && !ok('maxlength(2)', 'abc'));
        assert.ok(ok('length(2)', 'ab') && !ok('length(2)', 'abc') && ok('length(1,3)', 'abc'));
        assert.ok(ok('min(10)', '10') && !ok('min(10)', '9') && ok('max(10)', '10') && !ok('max(10)', '11'));
        assert.ok(ok('range(1,3)', '2') && !ok('range(1,3)', '4'));
        assert.ok(ok('regex(^[a-z]{{2}}\\d$)', 'AB1') === false, 'braces stay doubled until the template parser unescapes them');
        assert.ok(ok('regex(^[a-z]{2}\\d$)', 'AB1'), 'regex constraints ignore case, as ASP.NET');
        assert.ok(ok('file', 'a.txt') && !ok('file', 'abc') && ok('nonfile', 'abc'));
    });
});

describe('route table', () => {
    const routes = table(
        ['api/items/{name}', ['GET'], 'byName'],
        ['api/items/{id:int}', ['GET'], 'byId'],
        ['api/items/special', ['GET'], 'special'],
        ['api/items/{name}', ['DELETE'], 'delete'],
        ['api/files/{*path}', ['GET'], 'files'],
        ['api/pages/{page?}', ['GET'], 'pages'],
        ['api/lang/{code=en}', ['GET'], 'lang'],
        ['api/docs/{name}.{ext?}', ['GET'], 'doc'],
        ['api/archive/{year:int:range(2000,2100)}-{month:int}', ['GET'], 'archive'],
    );

    it('lets literal segments win over parameters regardless of registration order', () => {
        assert.equal(routes.match('GET', '/api/items/special')?.target, 'special');
        assert.equal(routes.match('GET', '/api/ITEMS/SPECIAL')?.target, 'special', 'literals are case-insensitive');
        assert.deepEqual(routes.match('GET', '/api/items/42'), { target: 'byId', template: routes.match('GET', '/api/items/42')?.template, params: { id: '42' } });
        assert.deepEqual(routes.match('GET', '/api/items/widget')?.params, { name: 'widget' });
        assert.equal(routes.match('GET', '/api/items/widget')?.target, 'byName');
    });

    it('treats the method as part of the match (no 405: no match)', () => {
        assert.equal(routes.match('DELETE', '/api/items/42')?.target, 'delete');
        assert.equal(routes.match('POST', '/api/items/42'), undefined);
        assert.equal(routes.match('HEAD', '/api/items/42'), undefined, 'the host does not map HEAD to GET');
    });

    it('decodes route values (but not %2F) and ignores a trailing slash', () => {
        assert.deepEqual(routes.match('GET', '/api/items/a%20b')?.params, { name: 'a b' });
        assert.deepEqual(routes.match('GET', '/api/items/a%2Fb')?.params, { name: 'a%2Fb' });
        assert.equal(routes.match('GET', '/api/items/special/')?.target, 'special');
        assert.equal(routes.match('GET', '/api/items'), undefined);
        assert.equal(routes.match('GET', '/api/items/a/b'), undefined);
    });

    it('binds catch-all, optional and default values', () => {
        assert.deepEqual(routes.match('GET', '/api/files/a/b%20c/d.txt')?.params, { path: 'a/b c/d.txt' });
        assert.deepEqual(routes.match('GET', '/api/files')?.params, {});
        assert.deepEqual(routes.match('GET', '/api/pages')?.params, {});
        assert.deepEqual(routes.match('GET', '/api/pages/3')?.params, { page: '3' });
        assert.deepEqual(routes.match('GET', '/api/lang')?.params, { code: 'en' });
        assert.deepEqual(routes.match('GET', '/api/lang/fr')?.params, { code: 'fr' });
    });

    it('matches complex segments with constraints', () => {
        assert.deepEqual(routes.match('GET', '/api/docs/readme.md')?.params, { name: 'readme', ext: 'md' });
        assert.deepEqual(routes.match('GET', '/api/docs/a.b.c')?.params, { name: 'a.b', ext: 'c' });
        assert.deepEqual(routes.match('GET', '/api/docs/readme')?.params, { name: 'readme' });
        assert.deepEqual(routes.match('GET', '/api/archive/2024-05')?.params, { year: '2024', month: '05' });
        assert.equal(routes.match('GET', '/api/archive/1999-05'), undefined);
    });
});
