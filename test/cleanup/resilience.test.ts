import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { CleanupAsm } from '../../src/cleanup/CleanupDeps';
import { describeItem } from '../../src/cleanup/run/describeItem';
import { getRunReport } from '../../src/cleanup/run/getRunReport';
import { processWorkItem } from '../../src/cleanup/run/processWorkItem';
import type { RunSummary } from '../../src/cleanup/run/RunSummary';
import { startApplyRun } from '../../src/cleanup/run/startApplyRun';
import { startCleanupRun } from '../../src/cleanup/run/startCleanupRun';
import type { RunRecord } from '../../src/cleanup/store/RunRecord';
import { AsmHttpError } from '../../src/client/errors/AsmHttpError';
import { useAzurite } from '../helpers/startAzurite';
import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { cleanupEstate, estatePolicy, expectedDeletions } from './helpers/cleanupEstate';
import { type Scenario, startScenario } from './helpers/cleanupHarness';

const azurite = useAzurite();
let emu: TestEmulator;

before(async () => {
    emu = await startEmulator();
    emu.state.setDefaultOperationDuration(20);
});
after(async () => {
    await emu.close();
});

const summaryOf = (run: RunRecord): RunSummary => JSON.parse(run.summary ?? 'null') as RunSummary;
const HOUR = 3_600_000;

async function runOnce(s: Scenario, dryRun?: boolean): Promise<RunRecord> {
    const started = await startCleanupRun(s.deps, { trigger: 'http', ...(dryRun === undefined ? {} : { dryRun }) }, s.log);
    return s.drive(started.runId);
}

/** The engine's view of the client with one method replaced (the others bound to the real client). */
function withAsm(asm: CleanupAsm, overrides: Partial<CleanupAsm>): CleanupAsm {
    return {
        listHostedServices: asm.listHostedServices.bind(asm),
        getHostedServiceProperties: asm.getHostedServiceProperties.bind(asm),
        deleteDeployment: asm.deleteDeployment.bind(asm),
        deleteHostedService: asm.deleteHostedService.bind(asm),
        waitForOperation: asm.waitForOperation.bind(asm),
        ...overrides,
    };
}

describe('cleanup resilience', () => {
    it('grace period: the first run marks, a run within the grace period waits, a later run deletes only what did not change', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: { ...estatePolicy, gracePeriod: 'PT2H', deleteEmptyHostedServices: false } });
        const first = summaryOf(await runOnce(s, false));
        assert.equal(first.outcomes.deleted, 0);
        assert.equal(first.reasons['mark:grace-started'], 5);
        const marks = await s.deps.marks.forService(s.subscriptionId, 'qa-env');
        assert.deepEqual(marks.map((m) => m.deploymentName), ['qa-stage']);

        emu.state.advanceClock(HOUR);
        const second = summaryOf(await runOnce(s, false));
        assert.equal(second.outcomes.deleted, 0);
        assert.equal(second.reasons['mark:grace-pending'], 5);

        // qa-stage changes during the grace period: its grace restarts; the others are deleted once it has elapsed.
        await s.client.waitForOperation((await s.client.updateDeploymentStatus({ serviceName: 'qa-env', deploymentName: 'qa-stage', status: 'Suspended' })).requestId);
        emu.state.advanceClock(HOUR + 60_000);
        const third = await runOnce(s, false);
        const decisions = await getRunReport(s.deps, third.runId, s.log);
        const byTarget = Object.fromEntries(decisions.items.map((i) => [describeItem(i), `${i.action}:${i.reason}:${i.outcome}`]));
        assert.equal(byTarget['qa-env/qa-stage'], 'keep:too-young:none', 'modified just now: too young again (and its mark cleared)');
        assert.equal(byTarget['web-frontend/web-v8-rc'], 'delete:grace-elapsed:deleted');
        assert.equal(summaryOf(third).outcomes.deleted, 4);
        assert.deepEqual(await s.deps.marks.forService(s.subscriptionId, 'qa-env'), []);
        assert.deepEqual(await s.deps.marks.forService(s.subscriptionId, 'web-frontend'), [], 'a deleted deployment leaves no mark');
    });

    it('a message delivered twice (even at once) is counted and acted on once; each DELETE goes to the tracker', async () => {
        const tracked: { requestId: string; operation: string; target: string; correlationId?: string }[] = [];
        const tracker = { track: (r: (typeof tracked)[number]) => Promise.resolve(void tracked.push(r)) };
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy, tracker });
        emu.resetCounters();
        const started = await startCleanupRun(s.deps, { trigger: 'http', dryRun: false }, s.log);
        const message = { runId: started.runId, subscriptionId: s.subscriptionId, serviceName: 'web-frontend' };
        await Promise.all([processWorkItem(s.instances[0], message, { dequeueCount: 1 }, s.log), processWorkItem(s.instances[1], message, { dequeueCount: 1 }, s.log)]);
        await processWorkItem(s.deps, message, { dequeueCount: 2 }, s.log);
        const mid = (await s.deps.runs.get(started.runId))?.value;
        assert.equal(mid?.processedServices, 1);
        const run = await s.drive(started.runId);
        assert.deepEqual([...summaryOf(run).deleted].sort(), expectedDeletions);
        assert.equal(run.processedServices, 12);
        assert.equal(emu.counters().byOperation['deleteDeployment'], 5, 'one DELETE per planned deployment, never two');
        assert.equal(tracked.length, 5);
        assert.ok(tracked.every((t) => t.operation === 'deleteDeployment' && t.correlationId === run.runId && /^hostedservices\/[^/]+\/deployments\//.test(t.target)));
        assert.equal(new Set(tracked.map((t) => t.requestId)).size, 5);
    });

    it('a counter run ahead of the work records (a repair racing a worker) does not complete the run before every service is done', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const started = await startCleanupRun(s.deps, { trigger: 'http', dryRun: true }, s.log);
        // reconcileRun counted a `done` record that its worker then counted again: the counter reaches the total early.
        await s.deps.runs.update(started.runId, (r) => ({ ...r, processedServices: r.totalServices }));
        await processWorkItem(s.deps, { runId: started.runId, subscriptionId: s.subscriptionId, serviceName: 'web-frontend' }, { dequeueCount: 1 }, s.log);
        const mid = (await s.deps.runs.get(started.runId))?.value;
        assert.equal(mid?.status, 'running', 'one service done of twelve: not complete');
        assert.equal(mid?.processedServices, 12, 'the count stays capped at the total');
        const run = await s.drive(started.runId);
        assert.equal(run.status, 'completed');
        assert.equal(summaryOf(run).services.processed, 12);
        assert.deepEqual([...summaryOf(run).wouldDelete].sort(), expectedDeletions);
    });

    it('a failed DELETE operation is retried after a re-check; one that keeps failing is an error item and the run completes', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy, settings: { maxDeleteAttempts: 3 } });
        emu.state.scriptOperation('deleteDeployment', { outcome: 'fail' });
        const recovered = await runOnce(s, false);
        assert.deepEqual([...summaryOf(recovered).deleted].sort(), expectedDeletions);

        const t = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy, settings: { maxDeleteAttempts: 3 } });
        emu.state.scriptOperation('deleteDeployment', { outcome: 'fail', error: { status: 500, code: 'InternalError', message: 'The server encountered an internal error.' } }, true);
        try {
            const run = await runOnce(t, false);
            const summary = summaryOf(run);
            assert.equal(run.status, 'completed');
            assert.deepEqual(summary.deleted, ['empty-svc (hosted service)']);
            assert.deepEqual(summary.errors.map((e) => e.target).sort(), expectedDeletions.filter((x) => x.includes('/')));
            assert.match(summary.errors[0]?.message ?? '', /gave up after 3 attempts: AsmOperationFailedError/);
            assert.deepEqual(summary.skipped.map((x) => `${x.target} ${x.reason.split(':')[0]}`).sort(), [
                'build-agents (hosted service) not-empty',
                'ci-runner-01 (hosted service) not-empty',
                'old-vm-lab (hosted service) not-empty',
            ]);
        } finally {
            emu.state.reset();
        }
    });

    it('an exclusive-access conflict is waited out, then the re-check sees the change and skips the target', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const plan = await runOnce(s);
        emu.state.scriptOperation('updateDeploymentStatus', { durationMs: 2500 });
        const busy = await s.client.updateDeploymentStatus({ serviceName: 'web-frontend', deploymentName: 'web-v8-rc', status: 'Suspended' });
        emu.resetCounters();
        // The re-check reads the deployment before the status change settles (same lastModifiedTime), the DELETE is
        // refused with 409, the worker waits for the holder, re-checks, and finds it modified.
        const applied = await s.drive((await startApplyRun(s.deps, plan.runId, 'http', s.log)).runId);
        const skipped = summaryOf(applied).skipped;
        assert.deepEqual(skipped.map((x) => x.target), ['web-frontend/web-v8-rc']);
        assert.match(skipped[0]?.reason ?? '', /^modified: /);
        assert.ok(s.inventory().includes('web-frontend/web-v8-rc'));
        assert.ok((emu.counters().byStatus['409'] ?? 0) >= 1, 'the DELETE met the exclusive-access conflict');
        await s.client.waitForOperation(busy.requestId);
    });

    it('one hosted service failing to evaluate is recorded as an error; the run goes on and completes', async () => {
        const s = await startScenario(emu, azurite(), {
            seed: cleanupEstate,
            policy: estatePolicy,
            settings: { maxReadAttempts: 2 },
            wrapAsm: (asm) =>
                withAsm(asm, {
                    getHostedServiceProperties: ((params, options) =>
                        params.serviceName === 'qa-env'
                            ? Promise.reject(new AsmHttpError({ status: 500, asmCode: 'InternalError', operation: 'getHostedServiceProperties' }))
                            : asm.getHostedServiceProperties(params, options)) as CleanupAsm['getHostedServiceProperties'],
                }),
        });
        const run = await runOnce(s, false);
        const summary = summaryOf(run);
        assert.equal(run.status, 'completed');
        assert.equal(summary.services.failed, 1);
        assert.deepEqual(summary.errors.map((e) => e.target), ['qa-env (hosted service)']);
        assert.deepEqual([...summary.deleted].sort(), expectedDeletions.filter((t) => t !== 'qa-env/qa-stage'));
        assert.ok(s.inventory().includes('qa-env/qa-stage'));
    });

    it('a run abandoned past staleRunMs no longer blocks: the next run ends it as failed and proceeds', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy, settings: { staleRunMs: 50 } });
        const stuck = await startCleanupRun(s.deps, { trigger: 'timer' }, s.log);
        await new Promise((r) => setTimeout(r, 80));
        const next = await startCleanupRun(s.deps, { trigger: 'http' }, s.log);
        const old = (await s.deps.runs.get(stuck.runId))?.value;
        assert.equal(old?.status, 'failed');
        assert.match(old?.error ?? '', /abandoned/);
        const done = await s.drive(next.runId);
        assert.equal(done.status, 'completed');
        const events = await s.events();
        assert.deepEqual(events.map((e) => `${e.runId}:${e.status}`).sort(), [`${next.runId}:completed`, `${stuck.runId}:failed`].sort());
    });
});
