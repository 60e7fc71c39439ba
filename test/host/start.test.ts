import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Agent, request } from 'undici';

import { alive, childrenOf, type RunningStack, startStack } from '../helpers/startScriptSupport';
import { waitFor } from './waitFor';

describe('npm start (the compiled start script)', { timeout: 120_000 }, () => {
    let stack: RunningStack;

    before(async () => {
        stack = await startStack({
            prefix: 'asm-start-test-',
            main: path.join(__dirname, 'fixtures', 'httpApp', '*.js'),
            env: { AzureWebJobsStorage: 'overridden by npm start' },
        });
    });

    after(() => stack?.stop());

    it('prints one ready line with the base URL, the emulator and the subscription', () => {
        const ready = stack.stdout().split('\n').filter((l) => l.includes('ready at'));
        assert.equal(ready.length, 1);
        assert.match(ready[0] ?? '', /^asm-functions ready at http:\/\/127\.0\.0\.1:\d+\/api \(emulator https:\/\/127\.0\.0\.1:\d+, subscription [0-9a-f-]{36}\)/);
        assert.match(stack.stdout(), /Functions:\n(.*\n)* {2}getItemById: \[GET\] http:\/\/127\.0\.0\.1:\d+\/api\/items\/\{id:int\}/);
    });

    it('serves the functions on PORT: routes, and 404 for anything else', async () => {
        const res = await fetch(`${stack.api}/items/7`);
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { matched: 'id', id: '7' });
        assert.equal((await fetch(`${stack.api}/no/such/route`)).status, 404);
    });

    it('points the functions at Azurite and the emulator (certificate files in the state directory)', async () => {
        const settings = (await (await fetch(`${stack.api}/settings`)).json()) as Record<string, string>;
        assert.match(settings['storage'] ?? '', /AccountName=devstoreaccount1;.*QueueEndpoint=http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1/);
        assert.equal(settings['certFile'], path.join(stack.stateDir, 'management.pem'));
        assert.equal(settings['caFile'], path.join(stack.stateDir, 'ca.pem'));
        assert.match(settings['subscriptionId'] ?? '', /^[0-9a-f-]{36}$/);
        const agent = new Agent({ connect: { ca: readFileSync(path.join(stack.stateDir, 'ca.pem'), 'utf8') } });
        try {
            const info = await request(`${settings['endpoint']}/_admin/info`, { dispatcher: agent });
            assert.equal(info.statusCode, 200);
            assert.equal(((await info.body.json()) as { subscriptionId: string }).subscriptionId, settings['subscriptionId']);
        } finally {
            await agent.close();
        }
    });

    it('stops every child process on SIGINT', async () => {
        const pid = stack.child.pid as number;
        const children = childrenOf(pid);
        assert.ok(children.length >= 1, 'Azurite runs as a child process');
        stack.child.kill('SIGINT');
        assert.equal(await stack.exit, 0, `exit code (stderr: ${stack.stderr()})`);
        assert.match(stack.stdout(), /asm-functions stopped\.\n$/);
        await waitFor('the children to exit', () => children.every((c) => !alive(c)), 10_000);
    });
});
