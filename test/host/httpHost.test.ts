import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import type { RunningLocalHost } from '../../src/host/RunningLocalHost';
import { startLocalHost } from '../../src/host/startLocalHost';
import { projectRoot } from '../helpers/projectPaths';
import { recorder } from './fixtures/recorder';

const lines: { level: string; message: string; fn?: string }[] = [];
let host: RunningLocalHost;

before(async () => {
    host = await startLocalHost({
        root: projectRoot(),
        main: path.join(__dirname, 'fixtures', 'httpApp', '*.js'),
        port: 0,
        settings: {},
        logger: (level, message, fn) => lines.push({ level, message, ...(fn ? { fn } : {}) }),
    });
});

after(() => host?.stop());

const get = (p: string, init?: RequestInit) => fetch(`${host.baseUrl}${p}`, init);

describe('HTTP functions through the local host', () => {
    it('loads every registration of the entry point glob', () => {
        const names = host.functions.map((f) => f.name).sort();
        assert.deepEqual(names, [
            'boom', 'defaultRoute', 'deleteItem', 'echo', 'getItemById', 'getItemByName', 'getItemSpecial', 'hooked',
            'notAnObject', 'optionalPage', 'settings', 'streamed',
        ]);
        assert.deepEqual(host.errors, []);
        assert.match(host.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/api$/);
        const echo = host.functions.find((f) => f.name === 'echo');
        assert.equal(echo?.description, `[POST,PUT] ${host.origin}/api/echo/{*rest}`);
    });

    it('routes by ASP.NET precedence: literal, then constrained, then plain parameter', async () => {
        assert.deepEqual(await (await get('/items/special')).json(), { matched: 'special' });
        assert.deepEqual(await (await get('/ITEMS/Special')).json(), { matched: 'special' });
        assert.deepEqual(await (await get('/items/42')).json(), { matched: 'id', id: '42' });
        assert.deepEqual(await (await get('/items/big%20widget')).json(), { matched: 'name', name: 'big widget' });
    });

    it('passes method, URL, params, repeated query keys, headers and body; returns status, JSON, multi-value headers and cookies', async () => {
        const res = await get('/echo/a/b%20c?tag=one&tag=two', { method: 'POST', headers: { 'x-test': 'yes' }, body: 'hello body' });
        assert.equal(res.status, 201);
        assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(res.headers.get('x-multi'), 'one, two');
        assert.deepEqual(res.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/', 'c=3; HttpOnly']);
        const body = (await res.json()) as Record<string, unknown>;
        assert.equal(body['method'], 'POST');
        assert.equal(body['url'], `${host.baseUrl}/echo/a/b%20c?tag=one&tag=two`);
        assert.deepEqual(body['params'], { rest: 'a/b c' });
        assert.deepEqual(body['tags'], ['one', 'two']);
        assert.equal(body['header'], 'yes');
        assert.equal(body['body'], 'hello body');
        assert.equal(body['triggerMetadata'], null, 'HTTP invocations have no triggerMetadata, as with the library');
        assert.equal(body['functionName'], 'echo');
        assert.equal(body['trigger'], 'httpTrigger');
        assert.ok(lines.some((l) => l.fn === 'echo' && l.message.startsWith('echo POST ')), 'context.log reaches the host log');
        assert.ok(lines.some((l) => /^Executed 'Functions\.echo' \(Succeeded, Id=/.test(l.message)));
    });

    it('answers 404 with an empty body for unknown routes and for a known route with another method (as the host)', async () => {
        for (const [p, method] of [['/nope', 'GET'], ['/items/42', 'POST'], ['/items/42', 'HEAD'], ['/opt/x', 'GET'], ['', 'GET']] as const) {
            const res = await get(p, { method });
            assert.equal(res.status, 404, `${method} ${p}`);
            assert.equal(await res.text(), '');
        }
    });

    it('runs the method-specific function for the same template, and answers 204 when a handler returns nothing', async () => {
        const res = await get('/items/widget', { method: 'DELETE' });
        assert.equal(res.status, 204);
    });

    it('binds optional parameters and uses the function name as the default route', async () => {
        assert.deepEqual(await (await get('/opt')).json(), { page: null });
        assert.deepEqual(await (await get('/opt/3')).json(), { page: '3' });
        const res = await get('/defaultRoute');
        assert.equal(res.status, 200);
        assert.equal(await res.text(), 'default route');
        assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    });

    it('answers 500 when a handler throws or returns something that is not a response, and logs why', async () => {
        const boom = await get('/boom');
        assert.equal(boom.status, 500);
        assert.equal(await boom.text(), '');
        assert.ok(lines.some((l) => l.level === 'error' && l.message.includes("Executed 'Functions.boom' (Failed") && l.message.includes('boom on purpose')));
        assert.equal((await get('/not-an-object')).status, 500);
    });

    it('streams a stream body', async () => {
        const res = await get('/stream');
        assert.equal(res.status, 200);
        assert.equal(await res.text(), 'chunk-1;chunk-2');
    });

    it('runs invocation hooks: preInvocation sees the context, postInvocation may replace the result', async () => {
        recorder.reset();
        const res = await get('/hooked');
        assert.equal(res.status, 299);
        assert.equal(await res.text(), 'from postInvocation hook');
        assert.deepEqual(recorder.of('preInvocation').map((c) => c.input), ['hooked']);
    });

    it('serves the home page and the admin endpoints', async () => {
        const home = await fetch(`${host.origin}/`);
        assert.equal(home.status, 200);
        assert.match(await home.text(), /up and running/);
        const status = (await (await fetch(`${host.origin}/admin/host/status`)).json()) as { state: string };
        assert.equal(status.state, 'Running');
        const list = (await (await fetch(`${host.origin}/admin/functions`)).json()) as { name: string }[];
        assert.ok(list.some((f) => f.name === 'echo'));
        assert.equal((await fetch(`${host.origin}/admin/functions/echo`, { method: 'POST' })).status, 400);
        assert.equal((await fetch(`${host.origin}/admin/functions/nosuch`, { method: 'POST' })).status, 404);
    });
});
