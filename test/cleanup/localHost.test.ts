import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Agent, request } from 'undici';

import { prepareEmulatorStateDir } from '../helpers/startScriptSupport';

/** The compiled start script and cleanup registrations of the build this test belongs to (any outDir). */
const BUILD = path.join(__dirname, '..', '..');
const START = path.join(BUILD, 'src', 'host', 'start.js');

type Json = Record<string, unknown>;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
    }
}

/**
 * The whole stack as `npm start` runs it: Azurite (child process), the emulator with its demo estate, the local
 * Functions host loading the compiled functions/cleanup*.js — timer, queue worker and HTTP registrations exactly as
 * in Azure — driven over HTTP only.
 */
describe('cleanup through the local Functions host (npm start)', { timeout: 180_000 }, () => {
    let stateDir: string;
    let child: ChildProcess;
    let exit: Promise<number | null>;
    let stdout = '';
    let stderr = '';
    let api = '';

    before(async () => {
        stateDir = await prepareEmulatorStateDir('asm-cleanup-host-');
        const env: NodeJS.ProcessEnv = {
            ...process.env,
            PORT: '0',
            ASM_EMULATOR_PORT: '0',
            ASM_EMULATOR_STATE_DIR: stateDir,
            ASM_HOST_MAIN: path.join(BUILD, 'functions', 'cleanup*.js'),
            CLEANUP_POLICY: JSON.stringify({ slots: ['staging', 'production'], exclude: { services: ['contoso-legacy-*'] }, deleteEmptyHostedServices: true }),
        };
        delete env['NODE_TEST_CONTEXT'];
        delete env['CLEANUP_SCHEDULE'];
        delete env['CLEANUP_POLICY_BLOB'];
        child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
        child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        api = await until(
            'the ready line',
            () => {
                if (child.exitCode !== null) return Promise.reject(new Error(`npm start exited:\n${stdout}\n${stderr}`));
                return Promise.resolve(/asm-functions ready at (\S+)/.exec(stdout)?.[1]);
            },
            90_000,
        );
    });

    after(async () => {
        if (child !== undefined && child.exitCode === null && child.signalCode === null) {
            child.kill('SIGINT');
            const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            await exit;
            clearTimeout(timer);
        }
        if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    });

    const call = async (method: string, route: string, body?: unknown): Promise<{ status: number; json: Json }> => {
        const res = await fetch(`${api}/${route}`, {
            method,
            ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        });
        return { status: res.status, json: (await res.json()) as Json };
    };
    const finished = (runId: string) =>
        until(
            `run ${runId}`,
            async () => {
                const { json } = await call('GET', `cleanup/runs/${runId}`);
                return json['status'] === 'completed' || json['status'] === 'failed' ? json : undefined;
            },
            60_000,
        );

    it('registers the timer with the default schedule, the queue worker and the routes', () => {
        assert.match(stdout, /cleanupTimer: .*0 0 2 \* \* \*/);
        assert.match(stdout, /cleanupWorker: .*asm-cleanup-work/);
        assert.match(stdout, /cleanupStartRun: \[POST\] .*\/api\/cleanup\/runs/);
        assert.doesNotMatch(stdout, /in error/);
    });

    it('plans the demo estate in a dry run, then applies exactly that plan', async () => {
        const started = await call('POST', 'cleanup/runs', { dryRun: true });
        assert.equal(started.status, 202, JSON.stringify(started.json));
        const plan = await finished(started.json['runId'] as string);
        assert.equal(plan['status'], 'completed', JSON.stringify(plan));
        const wouldDelete = [...((plan['summary'] as Json)['wouldDelete'] as string[])].sort();
        assert.deepEqual(wouldDelete, [
            'contoso-empty (hosted service)',
            'contoso-vm-web (hosted service)',
            'contoso-vm-web/contoso-vm-web',
            'contoso-winvm (hosted service)',
            'contoso-winvm/contoso-winvm',
        ]);
        const reasons = Object.fromEntries(((plan['items'] as Json[]) ?? []).map((i) => [i['target'], i['reason']]));
        assert.equal(reasons['contoso-shop/shop-v41'], 'protected-service');
        assert.equal(reasons['contoso-legacy-api/legacy-api-2014'], 'excluded');
        assert.equal(reasons['contoso-build-agents/build-agents-staging'], 'too-young');

        const applied = await call('POST', `cleanup/runs/${plan['runId'] as string}/apply`);
        assert.equal(applied.status, 202, JSON.stringify(applied.json));
        const done = await finished(applied.json['runId'] as string);
        assert.deepEqual([...((done['summary'] as Json)['deleted'] as string[])].sort(), wouldDelete);

        // ASM itself (the emulator, over mTLS) no longer has them; everything else is still there.
        const [, endpoint, subscriptionId] = /\(emulator (\S+), subscription ([0-9a-f-]{36})\)/.exec(stdout) ?? [];
        const agent = new Agent({ connect: { ca: readFileSync(path.join(stateDir, 'ca.pem'), 'utf8') } });
        try {
            const res = await request(`${endpoint ?? ''}/_admin/snapshot?subscriptionId=${subscriptionId ?? ''}`, { dispatcher: agent });
            const estate = (await res.body.json()) as { hostedServices: Record<string, { deployments: { name: string }[] }> };
            assert.deepEqual(Object.keys(estate.hostedServices).sort(), ['contoso-build-agents', 'contoso-legacy-api', 'contoso-shop']);
        } finally {
            await agent.close();
        }
    });
});
