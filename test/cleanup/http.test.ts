import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { HttpRequest, InvocationContext } from '@azure/functions';
import { BlobServiceClient } from '@azure/storage-blob';

import { cleanupFunctions } from '../../src/cleanup/cleanupFunctions';
import type { CleanupDeps } from '../../src/cleanup/CleanupDeps';
import { createCleanupHttpHandlers } from '../../src/cleanup/http/createCleanupHttpHandlers';
import { createPolicyLoader } from '../../src/cleanup/policy/createPolicyLoader';
import { readPolicySource } from '../../src/cleanup/policy/readPolicySource';
import { createCleanupStorage } from '../../src/cleanup/store/createCleanupStorage';
import { runScheduledCleanup } from '../../src/cleanup/runScheduledCleanup';
import { useAzurite } from '../helpers/startAzurite';
import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { cleanupEstate, estatePolicy, expectedDeletions } from './helpers/cleanupEstate';
import { startScenario } from './helpers/cleanupHarness';

const azurite = useAzurite();
let emu: TestEmulator;

before(async () => {
    emu = await startEmulator();
    emu.state.setDefaultOperationDuration(20);
});
after(async () => {
    await emu.close();
});

const context = () => new InvocationContext({ invocationId: `t-${Math.random().toString(16).slice(2)}`, functionName: 'cleanup', logHandler: () => undefined });

function request(method: string, path: string, init: { json?: unknown; text?: string; params?: Record<string, string>; contentType?: string } = {}): HttpRequest {
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.text;
    return new HttpRequest({
        method,
        url: `http://localhost:7071/api/${path}`,
        params: init.params ?? {},
        headers: body === undefined ? {} : { 'content-type': init.contentType ?? 'application/json' },
        ...(body === undefined ? {} : { body: { string: body } }),
    });
}

type Json = Record<string, unknown>;
const read = (res: { status: number; headers: Readonly<Record<string, string>>; body?: string }) => ({
    status: res.status,
    headers: res.headers,
    json: (res.body === undefined ? undefined : JSON.parse(res.body)) as Json,
});

describe('cleanup HTTP endpoints (handlers with real requests; emulator + Azurite behind)', () => {
    it('POST /cleanup/runs → 202 + Location; GET the report; POST …/apply; GET the list', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const http = createCleanupHttpHandlers(() => Promise.resolve(s.deps));

        const started = read(await http.startRun(request('POST', 'cleanup/runs', { json: {} }), context()));
        assert.equal(started.status, 202);
        const runId = started.json['runId'] as string;
        assert.equal(started.headers['location'], `/api/cleanup/runs/${runId}`);
        assert.equal(started.json['dryRun'], true);
        assert.equal(started.json['status'], 'running');

        const busy = read(await http.startRun(request('POST', 'cleanup/runs'), context()));
        assert.equal(busy.status, 409);
        assert.equal(busy.headers['content-type'], 'application/problem+json; charset=utf-8');
        assert.equal(busy.json['type'], 'urn:asm-functions:problem:conflict');
        assert.equal(busy.json['code'], 'CleanupRunActive');
        assert.match(busy.json['detail'] as string, new RegExp(runId));

        await s.drive(runId);
        const report = read(await http.getRun(request('GET', `cleanup/runs/${runId}`, { params: { runId } }), context()));
        assert.equal(report.status, 200);
        assert.equal(report.json['status'], 'completed');
        assert.equal((report.json['links'] as Json)['apply'], `/api/cleanup/runs/${runId}/apply`);
        const items = report.json['items'] as Json[];
        assert.equal(items.filter((i) => i['outcome'] === 'would-delete').length, expectedDeletions.length);
        const young = items.find((i) => i['target'] === 'batch-jobs/batch-v3');
        assert.equal(young?.['reason'], 'too-young');
        assert.match(String(young?.['detail']), /under maxAge P7D/);
        assert.equal((report.json['policy'] as Json)['deleteDisks'], true);

        const applied = read(await http.applyRun(request('POST', `cleanup/runs/${runId}/apply`, { params: { runId } }), context()));
        assert.equal(applied.status, 202);
        assert.equal(applied.json['mode'], 'apply');
        assert.equal(applied.json['sourceRunId'], runId);
        const applyId = applied.json['runId'] as string;
        await s.drive(applyId);
        const done = read(await http.getRun(request('GET', `cleanup/runs/${applyId}`, { params: { runId: applyId } }), context()));
        assert.deepEqual([...((done.json['summary'] as Json)['deleted'] as string[])].sort(), expectedDeletions);

        const again = read(await http.applyRun(request('POST', `cleanup/runs/${runId}/apply`, { params: { runId } }), context()));
        assert.equal(again.status, 409);
        assert.equal(again.json['code'], 'CleanupPlanNotApplicable');

        const list = read(await http.listRuns(request('GET', 'cleanup/runs'), context()));
        assert.equal(list.status, 200);
        const ids = (list.json['runs'] as Json[]).map((r) => r['runId']);
        assert.ok(ids.includes(runId) && ids.includes(applyId));
    });

    it('answers problems: 400 for a bad body, 404 for an unknown run, 500 naming the field of an invalid policy', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: { maxAge: 'P7D', slot: ['staging'] } });
        const http = createCleanupHttpHandlers(() => Promise.resolve(s.deps));
        const bad = read(await http.startRun(request('POST', 'cleanup/runs', { json: { dryRun: 'no' } }), context()));
        assert.equal(bad.status, 400);
        assert.deepEqual(bad.json['errors'], [{ path: 'body.dryRun', message: 'must be true or false' }]);
        const extra = read(await http.startRun(request('POST', 'cleanup/runs', { json: { force: true } }), context()));
        assert.equal(extra.status, 400);
        const missing = read(await http.getRun(request('GET', 'cleanup/runs/nope', { params: { runId: 'nope' } }), context()));
        assert.equal(missing.status, 404);
        assert.equal(missing.json['code'], 'CleanupRunNotFound');
        const invalid = read(await http.startRun(request('POST', 'cleanup/runs', { json: {} }), context()));
        assert.equal(invalid.status, 500);
        assert.equal(invalid.json['code'], 'InvalidCleanupPolicy');
        assert.equal((invalid.json['errors'] as Json[])[0]?.['path'], 'policy.slot');
        assert.match(invalid.json['detail'] as string, /CLEANUP_POLICY\): slot: is not a policy field/);
        assert.equal(s.inventory().length > 0, true);
    });

    it('POST { dryRun: false } deletes in the same run', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const http = createCleanupHttpHandlers(() => Promise.resolve(s.deps));
        const started = read(await http.startRun(request('POST', 'cleanup/runs', { json: { dryRun: false } }), context()));
        assert.equal(started.json['dryRun'], false);
        const run = await s.drive(started.json['runId'] as string);
        assert.deepEqual([...(JSON.parse(run.summary ?? '{}') as { deleted: string[] }).deleted].sort(), expectedDeletions);
    });
});

describe('cleanup functions: registrations and the timer', () => {
    it('registers a timer on %CLEANUP_SCHEDULE% (default 02:00 UTC), the asm-cleanup-work worker and four routes', () => {
        const unused = () => Promise.reject(new Error('not called'));
        const withDefault = cleanupFunctions(unused, {});
        assert.equal(withDefault.timer.options.schedule, '0 0 2 * * *');
        assert.equal(cleanupFunctions(unused, { CLEANUP_SCHEDULE: '0 */5 * * * *' }).timer.options.schedule, '%CLEANUP_SCHEDULE%');
        assert.equal(withDefault.worker.options.queueName, 'asm-cleanup-work');
        assert.equal(withDefault.worker.options.connection, 'AzureWebJobsStorage');
        assert.deepEqual(
            withDefault.http.map((f) => `${String(f.options.methods)} ${f.options.route}`),
            ['POST cleanup/runs', 'GET cleanup/runs', 'GET cleanup/runs/{runId}', 'POST cleanup/runs/{runId}/apply'],
        );
    });

    it('the timer starts a run with the policy dryRun, and skips (no failure) while a run is active', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const deps: () => Promise<CleanupDeps> = () => Promise.resolve(s.deps);
        await runScheduledCleanup(deps, s.log);
        const [run] = await s.deps.runs.list(100).then((runs) => runs.filter((r) => r.subscriptionId === s.subscriptionId));
        assert.equal(run?.trigger, 'timer');
        assert.equal(run?.dryRun, true);
        await runScheduledCleanup(deps, s.log);
        assert.ok(s.log.lines.some((l) => l.startsWith('WARN Scheduled cleanup skipped')));
        await s.drive(run?.runId ?? '');
        const timerRunsLeft = (await s.deps.runs.list(100)).filter((r) => r.subscriptionId === s.subscriptionId);
        assert.equal(timerRunsLeft.length, 1);
    });
});

describe('cleanup policy from a blob (CLEANUP_POLICY_BLOB) in the Function App storage', () => {
    it('reads and validates it; a missing blob or an invalid policy names the source', async () => {
        const { connectionString } = azurite();
        const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient('cleanup-config');
        await container.createIfNotExists();
        await container.getBlockBlobClient('policies/main.json').upload('{"maxAge":"P30D","slots":["staging"]}', 38);
        const storage = createCleanupStorage({ connectionString });
        const source = readPolicySource({ CLEANUP_POLICY_BLOB: 'cleanup-config/policies/main.json' });
        const policy = await createPolicyLoader(source, { readBlob: (c, n) => storage.readBlob(c, n), now: Date.now })();
        assert.equal(policy.maxAge.text, 'P30D');
        const missing = createPolicyLoader(readPolicySource({ CLEANUP_POLICY_BLOB: 'cleanup-config/none.json' }), { readBlob: (c, n) => storage.readBlob(c, n), now: Date.now });
        await assert.rejects(missing(), /blob cleanup-config\/none\.json.*does not exist/);
        await container.getBlockBlobClient('bad.json').upload('{"maxAge":"soon"}', 17);
        const bad = createPolicyLoader(readPolicySource({ CLEANUP_POLICY_BLOB: 'cleanup-config/bad.json' }), { readBlob: (c, n) => storage.readBlob(c, n), now: Date.now });
        await assert.rejects(bad(), /blob cleanup-config\/bad\.json\): maxAge: "soon" is not an ISO-8601 duration/);
    });
});
