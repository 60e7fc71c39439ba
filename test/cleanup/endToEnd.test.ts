import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { getRunReport } from '../../src/cleanup/run/getRunReport';
import type { RunSummary } from '../../src/cleanup/run/RunSummary';
import { startApplyRun } from '../../src/cleanup/run/startApplyRun';
import { startCleanupRun } from '../../src/cleanup/run/startCleanupRun';
import { describeItem } from '../../src/cleanup/run/describeItem';
import type { RunRecord } from '../../src/cleanup/store/RunRecord';
import { useAzurite } from '../helpers/startAzurite';
import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { cleanupEstate, estatePolicy, expectedDeletions } from './helpers/cleanupEstate';
import { type Scenario, startScenario } from './helpers/cleanupHarness';

const azurite = useAzurite();
let emu: TestEmulator;

before(async () => {
    emu = await startEmulator();
    emu.state.setDefaultOperationDuration(40);
});
after(async () => {
    await emu.close();
});

const summaryOf = (run: RunRecord): RunSummary => JSON.parse(run.summary ?? 'null') as RunSummary;

async function planAndDrive(s: Scenario, dryRun?: boolean): Promise<RunRecord> {
    const started = await startCleanupRun(s.deps, { trigger: 'http', ...(dryRun === undefined ? {} : { dryRun }) }, s.log);
    return s.drive(started.runId);
}

async function applyAndDrive(s: Scenario, planRunId: string): Promise<RunRecord> {
    const started = await startApplyRun(s.deps, planRunId, 'http', s.log);
    return s.drive(started.runId);
}

/** `target → action:reason` for every decision of a run. */
async function decisionsOf(s: Scenario, runId: string): Promise<Record<string, string>> {
    const report = await getRunReport(s.deps, runId, s.log);
    return Object.fromEntries(report.items.map((i) => [describeItem(i), `${i.action}:${i.reason}`]));
}

describe('cleanup end to end: emulator + Azurite', () => {
    it('a dry run changes nothing in ASM, and plans exactly the stale, unprotected, selected targets', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const before = s.snapshot();
        const run = await planAndDrive(s);
        assert.deepEqual(s.snapshot(), before, 'the estate must be identical after a dry run');
        assert.equal(run.status, 'completed');
        assert.equal(run.dryRun, true, 'dryRun defaults to the policy (default true)');
        const summary = summaryOf(run);
        assert.deepEqual([...summary.wouldDelete].sort(), expectedDeletions);
        assert.deepEqual(summary.deleted, []);
        assert.equal(summary.services.total, 12);
        assert.equal(summary.services.processed, 12);
        assert.deepEqual(await decisionsOf(s, run.runId), {
            'shop-prod/shop-v41': 'keep:protected-service',
            'shop-prod/shop-v42-rc': 'keep:protected-service',
            'legacy-api/legacy-2014': 'keep:slot-not-selected',
            'web-frontend/web-v7': 'keep:slot-not-selected',
            'web-frontend/web-v8-rc': 'delete:stale',
            'build-agents/build-agents-vm': 'delete:stale',
            'build-agents (hosted service)': 'delete:empty-after-cleanup',
            'ci-runner-01/ci-runner-01': 'delete:stale',
            'ci-runner-01 (hosted service)': 'delete:empty-after-cleanup',
            'batch-jobs/batch-v3': 'keep:too-young',
            'pinned-svc/pinned-demo': 'keep:protected-deployment',
            'partner-demo/partner-demo-stage': 'keep:excluded',
            'reports/reports-rc': 'keep:too-young',
            'qa-env/qa-prod': 'keep:slot-not-selected',
            'qa-env/qa-stage': 'delete:stale',
            'empty-svc (hosted service)': 'delete:empty',
            'old-vm-lab/old-vm-lab': 'delete:stale',
            'old-vm-lab (hosted service)': 'delete:empty-after-cleanup',
        });
        const [event, ...more] = await s.events();
        assert.equal(more.length, 0, 'one completion event per run');
        assert.equal(event?.type, 'asm.cleanup.run.completed');
        assert.equal(event?.runId, run.runId);
        assert.deepEqual([...(event?.summary?.wouldDelete ?? [])].sort(), expectedDeletions);
        assert.ok(s.log.lines.some((l) => l.includes(`Cleanup dry run ${run.runId} completed`) && l.includes('would delete (9)')), s.log.lines.join('\n'));
    });

    it('applying the plan deletes exactly its delete list (disks too, as the policy says); a re-run finds nothing to do', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const before = s.inventory();
        const diskOf = (service: string) => Object.values(s.snapshot().disks).filter((d) => JSON.stringify(d).includes(service)).length;
        assert.ok(diskOf('buildvm1') > 0);
        const plan = await planAndDrive(s);
        const applied = await applyAndDrive(s, plan.runId);
        assert.equal(applied.status, 'completed');
        assert.equal(applied.mode, 'apply');
        assert.equal(applied.sourceRunId, plan.runId);
        const summary = summaryOf(applied);
        assert.deepEqual([...summary.deleted].sort(), expectedDeletions);
        assert.deepEqual(summary.errors, []);
        assert.deepEqual(summary.skipped, []);
        const removed = expectedDeletions.map((t) => t.replace(' (hosted service)', ''));
        assert.deepEqual(s.inventory(), before.filter((x) => !removed.includes(x)));
        assert.equal(diskOf('buildvm1'), 0, 'deleteDisks: the VM deployment was deleted with comp=media');
        assert.equal((await s.deps.runs.get(plan.runId))?.value.appliedByRunId, applied.runId);

        const again = await planAndDrive(s);
        const rerun = summaryOf(again);
        assert.equal(rerun.decisions.delete, 0);
        assert.equal(rerun.decisions.mark, 0);
        assert.deepEqual(rerun.wouldDelete, []);
    });

    it('a plan is applied once, only when complete, and only a dry run', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const plan = await planAndDrive(s);
        await applyAndDrive(s, plan.runId);
        await assert.rejects(startApplyRun(s.deps, plan.runId, 'http', s.log), /already applied/);
        const real = await planAndDrive(s, false);
        await assert.rejects(startApplyRun(s.deps, real.runId, 'http', s.log), /not a dry run/);
        await assert.rejects(startApplyRun(s.deps, 'no-such-run', 'http', s.log), /No cleanup run/);
    });

    it('a deployment redeployed between plan and apply survives; the rest of the plan is applied', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const plan = await planAndDrive(s);
        // Redeploy web-v8-rc: same name, same slot, new privateId (delete + create), as a release pipeline would.
        const old = await s.client.getDeploymentByName({ serviceName: 'web-frontend', deploymentName: 'web-v8-rc' });
        await s.client.waitForOperation((await s.client.deleteDeployment({ serviceName: 'web-frontend', deploymentName: 'web-v8-rc' })).requestId);
        const created = await s.client.createDeployment({
            serviceName: 'web-frontend',
            deploymentSlot: 'staging',
            name: 'web-v8-rc',
            packageUrl: 'https://cleanupvhds01.blob.core.windows.net/packages/web-v8-rc2.cspkg',
            label: 'web-v8-rc (rebuilt)',
            configuration: old.configuration ?? '<ServiceConfiguration/>',
            startDeployment: true,
        });
        await s.client.waitForOperation(created.requestId);
        const fresh = await s.client.getDeploymentByName({ serviceName: 'web-frontend', deploymentName: 'web-v8-rc' });
        assert.notEqual(fresh.privateId, old.privateId);

        const applied = await applyAndDrive(s, plan.runId);
        const summary = summaryOf(applied);
        assert.ok(s.inventory().includes('web-frontend/web-v8-rc'), 'the redeployed deployment must survive');
        assert.deepEqual(summary.skipped.map((x) => x.target), ['web-frontend/web-v8-rc']);
        assert.match(summary.skipped[0]?.reason ?? '', /^redeployed: /);
        assert.deepEqual([...summary.deleted].sort(), expectedDeletions.filter((t) => t !== 'web-frontend/web-v8-rc'));
    });

    it('a deployment modified, protected or swapped since the plan is not deleted', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const plan = await planAndDrive(s);
        await s.client.waitForOperation((await s.client.updateDeploymentStatus({ serviceName: 'qa-env', deploymentName: 'qa-stage', status: 'Suspended' })).requestId);
        await s.client.updateHostedService({ serviceName: 'ci-runner-01', extendedProperties: { CleanupProtected: 'true' } });
        const applied = await applyAndDrive(s, plan.runId);
        const skipped = Object.fromEntries(summaryOf(applied).skipped.map((x) => [x.target, x.reason.split(':')[0]]));
        assert.deepEqual(skipped, {
            'ci-runner-01 (hosted service)': 'not-empty',
            'ci-runner-01/ci-runner-01': 'protected-service',
            'qa-env/qa-stage': 'modified',
        });
        for (const kept of ['qa-env/qa-stage', 'ci-runner-01/ci-runner-01', 'ci-runner-01']) assert.ok(s.inventory().includes(kept), kept);
    });

    it('the circuit breaker stops at maxDeletionsPerRun across parallel workers, oldest first', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: { ...estatePolicy, maxDeletionsPerRun: 3 } });
        const before = s.inventory();
        const run = await planAndDrive(s, false);
        const summary = summaryOf(run);
        assert.equal(summary.outcomes.deleted, 3);
        assert.equal(before.length - s.inventory().length, 3);
        assert.equal(run.deletionsReserved, 3);
        assert.equal(summary.reasons['keep:breaker'] !== undefined && summary.reasons['keep:breaker'] > 0, true);
        // The dry-run plan of the same estate respects the breaker too, and its apply deletes what it lists.
        const t = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: { ...estatePolicy, maxDeletionsPerRun: 2 } });
        const plan = await planAndDrive(t);
        assert.equal(summaryOf(plan).wouldDelete.length, 2);
        const applied = await applyAndDrive(t, plan.runId);
        assert.deepEqual([...summaryOf(applied).deleted].sort(), [...summaryOf(plan).wouldDelete].sort());
    });

    it('a second run while one is active is refused; the first then completes normally', async () => {
        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const first = await startCleanupRun(s.deps, { trigger: 'timer' }, s.log);
        await assert.rejects(startCleanupRun(s.instances[1], { trigger: 'http' }, s.log), (err: unknown) => err instanceof Error && /still active/.test(err.message));
        const done = await s.drive(first.runId);
        assert.equal(done.status, 'completed');
        const next = await planAndDrive(s);
        assert.equal(next.status, 'completed');
    });

    it('a 503 storm slows a run down but loses no decision, and the apply still deletes exactly the plan', async () => {
        const calm = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        const calmPlan = await planAndDrive(calm);
        const expected = await decisionsOf(calm, calmPlan.runId);

        const s = await startScenario(emu, azurite(), { seed: cleanupEstate, policy: estatePolicy });
        emu.resetCounters();
        emu.faults.set({ seed: 7, rules: [{ operation: '*', rate503: 0.35, rate429: 0.1, retryAfterSeconds: 0 }] });
        try {
            const plan = await planAndDrive(s);
            assert.deepEqual(await decisionsOf(s, plan.runId), expected);
            const applied = await applyAndDrive(s, plan.runId);
            const summary = summaryOf(applied);
            assert.deepEqual(summary.errors, []);
            assert.deepEqual([...summary.deleted].sort(), expectedDeletions);
        } finally {
            emu.faults.clear();
        }
        const { faults } = emu.counters();
        assert.ok((faults['503'] ?? 0) > 10 && (faults['429'] ?? 0) > 0, `the storm really happened: ${JSON.stringify(faults)}`);
    });
});
