import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Agent, request } from 'undici';

import { alive, childrenOf, prepareEmulatorStateDir } from '../helpers/startScriptSupport';
import { waitFor } from './waitFor';

/** The compiled start script of the build this test belongs to (any outDir). */
const START = path.join(__dirname, '..', '..', 'src', 'host', 'start.js');



describe('npm start (the compiled start script)', { timeout: 120_000 }, () => {
    let stateDir: string;
    let child: ChildProcess;
    let stdout = '';
    let stderr = '';
    let exit: Promise<number | null>;
    let baseUrl: string;

    before(async () => {
        stateDir = await prepareEmulatorStateDir('asm-start-test-');
        const env: NodeJS.ProcessEnv = {
            ...process.env,
            PORT: '0',
            ASM_EMULATOR_PORT: '0',
            ASM_EMULATOR_STATE_DIR: stateDir,
            ASM_HOST_MAIN: path.join(__dirname, 'fixtures', 'httpApp', '*.js'),
            AzureWebJobsStorage: 'overridden by npm start',
        };
        delete env['NODE_TEST_CONTEXT'];
        delete env['CLEANUP_SCHEDULE'];
        child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
        child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const line = await waitFor('the ready line', () => /asm-functions ready at (\S+)/.exec(stdout) ?? (child.exitCode !== null ? undefined : false), 90_000).catch(
            (err: Error) => {
                throw new Error(`${err.message}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
            },
        );
        baseUrl = line[1] as string;
    });

    after(async () => {
        if (child && child.exitCode === null && child.signalCode === null) {
            child.kill('SIGKILL');
            await exit;
        }
        if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    });

    it('prints one ready line with the base URL, the emulator and the subscription', () => {
        const ready = stdout.split('\n').filter((l) => l.includes('ready at'));
        assert.equal(ready.length, 1);
        assert.match(ready[0] ?? '', /^asm-functions ready at http:\/\/127\.0\.0\.1:\d+\/api \(emulator https:\/\/127\.0\.0\.1:\d+, subscription [0-9a-f-]{36}\)/);
        assert.match(stdout, /Functions:\n(.*\n)* {2}getItemById: \[GET\] http:\/\/127\.0\.0\.1:\d+\/api\/items\/\{id:int\}/);
    });

    it('serves the functions on PORT: routes, and 404 for anything else', async () => {
        const res = await fetch(`${baseUrl}/items/7`);
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { matched: 'id', id: '7' });
        assert.equal((await fetch(`${baseUrl}/no/such/route`)).status, 404);
    });

    it('points the functions at Azurite and the emulator (certificate files in the state directory)', async () => {
        const settings = (await (await fetch(`${baseUrl}/settings`)).json()) as Record<string, string>;
        assert.match(settings['storage'] ?? '', /AccountName=devstoreaccount1;.*QueueEndpoint=http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1/);
        assert.equal(settings['certFile'], path.join(stateDir, 'management.pem'));
        assert.equal(settings['caFile'], path.join(stateDir, 'ca.pem'));
        assert.match(settings['subscriptionId'] ?? '', /^[0-9a-f-]{36}$/);
        const agent = new Agent({ connect: { ca: readFileSync(path.join(stateDir, 'ca.pem'), 'utf8') } });
        try {
            const info = await request(`${settings['endpoint']}/_admin/info`, { dispatcher: agent });
            assert.equal(info.statusCode, 200);
            assert.equal(((await info.body.json()) as { subscriptionId: string }).subscriptionId, settings['subscriptionId']);
        } finally {
            await agent.close();
        }
    });

    it('stops every child process on SIGINT', async () => {
        const pid = child.pid as number;
        const children = childrenOf(pid);
        assert.ok(children.length >= 1, 'Azurite runs as a child process');
        child.kill('SIGINT');
        assert.equal(await exit, 0, `exit code (stderr: ${stderr})`);
        assert.match(stdout, /asm-functions stopped\.\n$/);
        await waitFor('the children to exit', () => children.every((c) => !alive(c)), 10_000);
    });
});
