import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { listFacadeRoutes } from '../../src/facade/routes/listFacadeRoutes';
import { projectRoot } from '../helpers/projectPaths';

test('the README’s HTTP API table lists exactly the facade’s routes', () => {
    const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
    const start = readme.indexOf('\n## HTTP API');
    assert.ok(start !== -1, 'README has an HTTP API section');
    const next = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, next === -1 ? undefined : next);
    const rows = [...section.matchAll(/^\| `([A-Z]+)` \| `\/api\/([^`]+)` \| `([A-Za-z]+)` \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    assert.deepEqual(rows.sort(), listFacadeRoutes().map((r) => `${r.method} ${r.route} ${r.operationId}`).sort());
});
