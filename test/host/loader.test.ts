import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import { FUNCTIONS_CORE_ID, installFunctionsCore } from '../../src/host/core/installFunctionsCore';
import { expandBraces } from '../../src/host/loader/expandBraces';
import { expandGlob } from '../../src/host/loader/expandGlob';
import { loadFunctionApp } from '../../src/host/loader/loadFunctionApp';

const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-host-loader-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(relative: string, content = ''): string {
    const p = path.join(dir, relative);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
}

describe('entry point globs (package.json main)', () => {
    it('expands braces, *, ?, [..] and ** like globby, files only, sorted', () => {
        assert.deepEqual(expandBraces('dist/{functions/*.js,src/index.js}'), ['dist/functions/*.js', 'dist/src/index.js']);
        assert.deepEqual(expandBraces('a/{b,{c,d}}/e'), ['a/b/e', 'a/c/e', 'a/d/e']);
        const a = file('g/dist/functions/a.js');
        const b = file('g/dist/functions/b.js');
        file('g/dist/functions/a.js.map');
        file('g/dist/functions/.hidden.js');
        mkdirSync(path.join(dir, 'g/dist/functions/dir.js'), { recursive: true });
        const index = file('g/dist/src/index.js');
        const deep = file('g/dist/src/x/y/deep.js');
        const root = path.join(dir, 'g');
        assert.deepEqual(expandGlob('dist/functions/*.js', root), [a, b]);
        assert.deepEqual(expandGlob('dist/{functions/*.js,src/index.js}', root), [a, b, index]);
        assert.deepEqual(expandGlob('dist/functions/?.js', root), [a, b]);
        assert.deepEqual(expandGlob('dist/functions/[a].js', root), [a]);
        assert.deepEqual(expandGlob('dist/**/deep.js', root), [deep]);
        assert.deepEqual(expandGlob(path.join(root, 'dist/src/index.js'), '/'), [index]);
        assert.deepEqual(expandGlob('dist/nothing/*.js', root), []);
    });
});

describe('the @azure/functions-core shim', () => {
    it('is what require("@azure/functions-core") returns once installed', () => {
        const shim = installFunctionsCore();
        assert.equal(installFunctionsCore(), shim, 'idempotent');
        assert.equal(require(FUNCTIONS_CORE_ID), shim.api);
        assert.equal(require.resolve(FUNCTIONS_CORE_ID), FUNCTIONS_CORE_ID);
        assert.throws(() => shim.api.registerFunction({ name: 'late', bindings: {} }, () => undefined), /only be registered during app startup/);
    });

    it('captures registrations and hooks of the loaded files, and names a file that throws', async () => {
        file(
            'app/functions/one.js',
            `const { app } = require(${JSON.stringify(require.resolve('@azure/functions'))});
             app.http('one', { route: 'one/{id}', handler: () => ({ body: 'one' }) });
             app.timer('two', { schedule: '0 0 * * * *', handler: () => undefined });
             app.hook.appStart(() => undefined);`,
        );
        const lines: string[] = [];
        const loaded = await loadFunctionApp({ root: path.join(dir, 'app'), main: 'functions/*.js', log: (_l, _c, m) => lines.push(m) });
        assert.deepEqual(loaded.registry.functions.map((f) => f.name), ['one', 'two']);
        const one = loaded.registry.functions[0]?.metadata;
        assert.deepEqual(
            Object.values(one?.bindings ?? {}).map((b) => [b.type, b.direction]),
            [['httpTrigger', 'in'], ['http', 'out']],
        );
        const trigger = Object.values(one?.bindings ?? {})[0];
        assert.equal(trigger?.['route'], 'one/{id}');
        assert.deepEqual(trigger?.['methods'], ['GET', 'POST']);
        assert.equal(trigger?.['authLevel'], 'anonymous');
        assert.equal(loaded.registry.hooks('appStart').length, 1);
        assert.throws(() => loaded.registry.registerHook('nope', () => undefined), RangeError);

        const again = await loadFunctionApp({ root: path.join(dir, 'app'), main: 'functions/*.js', log: () => undefined });
        assert.deepEqual(again.registry.functions.map((f) => f.name), ['one', 'two'], 'a second load registers again');

        file('bad/functions/broken.js', `throw new Error('broken at import');`);
        await assert.rejects(
            loadFunctionApp({ root: path.join(dir, 'bad'), main: 'functions/*.js', log: () => undefined }),
            /Worker was unable to load entry point ".*broken\.js": broken at import/,
        );
    });
});
