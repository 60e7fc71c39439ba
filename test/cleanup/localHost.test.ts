import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Agent, request } from 'undici';

import { type RunningStack, startStack } from '../helpers/startScriptSupport';
import { waitFor } from '../host/waitFor';

/** The compiled start script and cleanup registrations of the build this test belongs to (any outDir). */
const BUILD = path.join(__dirname, '..', '..');

type Json = Record<string, unknown>;

/**
 * The whole stack as `npm start` runs it: Azurite (child process), the emulator with its demo estate, the local
 * Functions host loading the compiled functions/cleanup*.js — timer, queue worker and HTTP registrations exactly as
 * in Azure — driven over HTTP only.
 */
describe('cleanup through the local Functions host (npm start)', { timeout: 180_000 }, () => {
    let stack: RunningStack;
    let api = '';

    before(async () => {
        stack = await startStack({
            prefix: 'asm-cleanup-host-',
            main: path.join(BUILD, 'functions', 'cleanup*.js'),
            env: {
                CLEANUP_POLICY: JSON.stringify({ slots: ['staging', 'production'], exclude: { services: ['contoso-legacy-*'] }, deleteEmptyHostedServices: true }),
                CLEANUP_POLICY_BLOB: undefined,
            },
        });
        api = stack.api;
    });

    after(() => stack?.stop({ graceMs: 15_000 }));

    const call = async (method: string, route: string, body?: unknown): Promise<{ status: number; json: Json }> => {
        const res = await fetch(`${api}/${route}`, {
            method,
            ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        });
        return { status: res.status, json: (await res.json()) as Json };
    };
    const finished = (runId: string) =>
        waitFor(
            `run ${runId}`,
            async () => {
                const { json } = await call('GET', `cleanup/runs/${runId}`);
                return json['status'] === 'completed' || json['status'] === 'failed' ? json : undefined;
            },
            60_000,
        );

    it('registers the timer with the default schedule, the queue worker and the routes', () => {
        assert.match(stack.stdout(), /cleanupTimer: .*0 0 2 \* \* \*/);
        assert.match(stack.stdout(), /cleanupWorker: .*asm-cleanup-work/);
        assert.match(stack.stdout(), /cleanupStartRun: \[POST\] .*\/api\/cleanup\/runs/);
        assert.doesNotMatch(stack.stdout(), /in error/);
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
        const [, endpoint, subscriptionId] = /\(emulator (\S+), subscription ([0-9a-f-]{36})\)/.exec(stack.stdout()) ?? [];
        const agent = new Agent({ connect: { ca: readFileSync(path.join(stack.stateDir, 'ca.pem'), 'utf8') } });
        try {
            const res = await request(`${endpoint ?? ''}/_admin/snapshot?subscriptionId=${subscriptionId ?? ''}`, { dispatcher: agent });
            const estate = (await res.body.json()) as { hostedServices: Record<string, { deployments: { name: string }[] }> };
            assert.deepEqual(Object.keys(estate.hostedServices).sort(), ['contoso-build-agents', 'contoso-legacy-api', 'contoso-shop']);
        } finally {
            await agent.close();
        }
    });
});
