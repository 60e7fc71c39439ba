import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Deployment } from '../../../src/asm/models/deployment';
import type { Operation } from '../../../src/asm/models/operationStatus';
import { EmulatorState } from '../../../src/emulator/state/EmulatorState';
import { assertAsmError, bodyAs, guid, harness, request, SUB } from './requests';

const cscfg = '<ServiceConfiguration osFamily="4"><Role name="WebRole1"><Instances count="1" /></Role></ServiceConfiguration>';

function withDeployment() {
    const h = harness();
    h.call('createHostedService', { body: { serviceName: 'svc', label: 'l', location: 'West US' } });
    h.call('createDeployment', {
        pathParams: { serviceName: 'svc', deploymentSlot: 'production' },
        body: { name: 'dep', packageUrl: 'https://a.blob.core.windows.net/p/p.cspkg', label: 'l', configuration: cscfg, startDeployment: true },
    });
    h.call('listHostedServices');
    return h;
}
const dep = { pathParams: { serviceName: 'svc', deploymentName: 'dep' } };
const status = (h: ReturnType<typeof harness>, requestId: string) => bodyAs<Operation>(h.call('getOperationStatus', { pathParams: { requestId } }));

test('an operation is InProgress until its duration has passed on the emulator clock, then Succeeded', () => {
    const h = withDeployment();
    h.state.setDefaultOperationDuration(30_000);
    const { requestId } = h.call('updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } });
    assert.deepEqual(status(h, requestId), { id: guid(requestId), status: 'InProgress' });
    h.state.advanceClock(29_999);
    assert.equal(status(h, requestId).status, 'InProgress');
    h.tick(1); // real time keeps running from the set point
    assert.deepEqual(status(h, requestId), { id: guid(requestId), status: 'Succeeded', httpStatusCode: 200 });
    assert.deepEqual(status(h, guid(requestId)), { id: guid(requestId), status: 'Succeeded', httpStatusCode: 200 }, 'the dashed form finds it too');
});

test('the clock: setClock jumps, advanceClock moves on, real time keeps running from there', () => {
    let real = 1_000_000;
    const state = new EmulatorState({ realNow: () => real });
    assert.equal(state.now(), 1_000_000);
    state.setClock(Date.parse('2015-07-02T00:00:00Z'));
    real += 500;
    assert.equal(state.now(), Date.parse('2015-07-02T00:00:00.500Z'));
    state.advanceClock(60_000);
    assert.equal(state.now(), Date.parse('2015-07-02T00:01:00.500Z'));
    assert.throws(() => state.advanceClock(-1), RangeError);
    assert.throws(() => state.setDefaultOperationDuration(-5), RangeError);
});

test('unknown request ids answer 400 BadRequest, as real ASM does; operations are per subscription', () => {
    const h = withDeployment();
    assertAsmError(() => h.call('getOperationStatus', { pathParams: { requestId: 'f'.repeat(32) } }), 400, 'BadRequest', 'The operation request ID was not found.');
    const { requestId } = h.call('deleteDeployment', dep);
    assertAsmError(
        () => h.call('getOperationStatus', { pathParams: { requestId }, subscriptionId: '99999999-9999-9999-9999-999999999999' }),
        400,
        'BadRequest',
        'The operation request ID was not found.',
    );
});

test('a scripted failure ends Failed with the error and leaves the estate exactly as before', () => {
    const h = withDeployment();
    const before = h.state.snapshot(SUB);
    const error = { status: 409, code: 'ConflictError', message: 'Port 22 is already in use by one of the endpoints in this deployment.' };
    for (const [name, call] of [
        ['deleteDeployment', { ...dep, query: { deleteVhd: true } }],
        ['updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } }],
        ['changeDeploymentConfiguration', { ...dep, body: { configuration: cscfg.replace('count="1"', 'count="3"') } }],
        ['deleteHostedService', { pathParams: { serviceName: 'svc' }, query: { complete: true } }],
        ['createDeployment', { pathParams: { serviceName: 'svc', deploymentSlot: 'staging' }, body: { name: 'dep2', label: 'l', configuration: cscfg } }],
    ] as const) {
        h.state.scriptOperation(name, { outcome: 'fail', durationMs: 1000, error });
        const { requestId } = h.call(name, call);
        assert.notDeepEqual(h.state.snapshot(SUB), before, `${name} shows its transitional state`);
        h.tick(1000);
        assert.deepEqual(status(h, requestId), { id: guid(requestId), status: 'Failed', httpStatusCode: 409, error: { code: error.code, message: error.message } });
        assert.deepEqual(h.state.snapshot(SUB), before, `${name} left the estate as it was`);
    }
});

test('a never-finishing operation stays InProgress and keeps its deployment locked; reset forgets it', () => {
    const h = withDeployment();
    h.state.scriptOperation('updateDeploymentStatus', { outcome: 'never' });
    const { requestId } = h.call('updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } });
    h.state.advanceClock(365 * 86_400_000);
    assert.deepEqual(status(h, requestId), { id: guid(requestId), status: 'InProgress' });
    assertAsmError(
        () => h.call('deleteDeployment', dep),
        409,
        'ConflictError',
        `Windows Azure is currently performing an operation with x-ms-requestid ${requestId} on this deployment that requires exclusive access.`,
    );
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentByName', dep)).status, 'Suspending');
    h.state.reset();
    assertAsmError(() => h.call('getOperationStatus', { pathParams: { requestId } }), 400, 'BadRequest', 'The operation request ID was not found.');
    assert.deepEqual(h.state.snapshot(SUB), { hostedServices: {}, storageAccounts: {}, osImages: {}, vmImages: {}, disks: {}, affinityGroups: {}, blobs: [] });
});

test('scripts: one-shot scripts are used once, sticky ones every time; a synchronous call scripted to fail answers the error', () => {
    const h = withDeployment();
    h.state.scriptOperation('updateDeploymentStatus', { durationMs: 5000 }, true);
    h.state.scriptOperation('updateDeploymentStatus', { outcome: 'fail' });
    const first = h.call('updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } });
    h.call('listHostedServices');
    assert.equal(status(h, first.requestId).status, 'Failed');
    const second = h.call('updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } });
    h.tick(4999);
    assert.equal(status(h, second.requestId).status, 'InProgress');
    h.tick(1);
    assert.equal(status(h, second.requestId).status, 'Succeeded');

    h.state.scriptOperation('updateHostedService', { outcome: 'fail', error: { status: 503, code: 'ServerBusy', message: 'The server is busy.' } });
    const before = h.state.snapshot(SUB);
    const requestId = 'b'.repeat(32);
    assertAsmError(() => h.state.handle(request('updateHostedService', { pathParams: { serviceName: 'svc' }, body: { label: 'x' }, requestId })), 503, 'ServerBusy', 'The server is busy.');
    assert.deepEqual(h.state.snapshot(SUB), before);
    assert.deepEqual(status(h, requestId), { id: guid(requestId), status: 'Failed', httpStatusCode: 503, error: { code: 'ServerBusy', message: 'The server is busy.' } });
});

test('operations settle in due order, and only once the clock passes their due time', () => {
    const h = withDeployment();
    h.state.scriptOperation('updateDeploymentStatus', { durationMs: 2000 });
    const a = h.call('updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } });
    assertAsmError(() => h.call('changeDeploymentConfiguration', { ...dep, body: { configuration: cscfg } }), 409, 'ConflictError', new RegExp(a.requestId));
    h.tick(2000);
    h.state.scriptOperation('changeDeploymentConfiguration', { durationMs: 10 });
    const b = h.call('changeDeploymentConfiguration', { ...dep, body: { configuration: cscfg } });
    assert.equal(status(h, a.requestId).status, 'Succeeded');
    assert.equal(status(h, b.requestId).status, 'InProgress');
    h.tick(10);
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentByName', dep)).status, 'Suspended');
});

test('loading a seed forgets the subscription’s in-flight operations and their locks', () => {
    const h = withDeployment();
    h.state.scriptOperation('deleteDeployment', { outcome: 'never' });
    const { requestId } = h.call('deleteDeployment', dep);
    h.state.loadSeed(SUB, {
        hostedServices: [{ name: 'svc', location: 'West US', deployments: [{ name: 'dep', slot: 'production', roles: [{ name: 'WebRole1' }] }] }],
    });
    assertAsmError(() => h.call('getOperationStatus', { pathParams: { requestId } }), 400, 'BadRequest', 'The operation request ID was not found.');
    assert.equal(h.call('updateDeploymentStatus', { ...dep, body: { status: 'Suspended' } }).status, 202);
});
