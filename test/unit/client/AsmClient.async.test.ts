import assert from 'node:assert/strict';
import { test } from 'node:test';

import { operations } from '../../../src/asm/operations/catalogue';
import { AsmOperationFailedError, OperationTimeoutError } from '../../../src/client';
import { mockAsm, NS, SUB } from './helpers/mockAsm';

const RID = '977b2d2b61d3b0f1952277896459cf7a';
const GUID = '977b2d2b-61d3-b0f1-9522-77896459cf7a';
const STATUS = `/${SUB}/operations/${RID}`;
const ROLE_OPS = `/${SUB}/services/hostedservices/svc/deployments/dep/roleinstances/vm1/Operations`;
const op = (status: string, rest = '') => ({ status: 200, body: `<Operation ${NS}><ID>${GUID}</ID><Status>${status}</Status>${rest}</Operation>` });

test('a catalogue role operation: constants pinned, { requestId } back', async () => {
    const asm = mockAsm();
    asm.on('POST', ROLE_OPS, { status: 202, headers: { 'x-ms-request-id': RID } });
    const started = await asm.client.shutdownRole({ serviceName: 'svc', deploymentName: 'dep', roleName: 'vm1', postShutdownAction: 'StoppedDeallocated' });
    assert.deepEqual(started, { requestId: RID });
    assert.equal(
        asm.seen[0]?.body,
        `<ShutdownRoleOperation ${NS}><OperationType>ShutdownRoleOperation</OperationType><PostShutdownAction>StoppedDeallocated</PostShutdownAction></ShutdownRoleOperation>`,
    );
    await asm.done();
});

test('waitForOperation polls getOperationStatus on the schedule and returns the Operation', async () => {
    const asm = mockAsm();
    asm.on('GET', STATUS, op('InProgress'));
    asm.on('GET', STATUS, op('InProgress'));
    asm.on('GET', STATUS, op('Succeeded', '<HttpStatusCode>200</HttpStatusCode>'));
    const seen: string[] = [];
    const done = await asm.client.waitForOperation(RID, { onPoll: (s) => seen.push(s.status) });
    assert.deepEqual(done, { id: GUID, status: 'Succeeded', httpStatusCode: 200 });
    assert.deepEqual(seen, ['InProgress', 'InProgress', 'Succeeded']);
    assert.deepEqual(asm.sleeps, [1_000, 4_000, 5_000]);
    assert.ok(asm.seen.every((r) => r.headers['x-ms-version'] === '2014-10-01'));
    await asm.done();
});

test('a transient error while polling is retried inside the poll (GET)', async () => {
    const asm = mockAsm();
    asm.on('GET', STATUS, { status: 503 });
    asm.on('GET', STATUS, op('Succeeded'));
    await asm.client.waitForOperation(RID);
    assert.deepEqual(asm.sleeps, [1_000, 250]); // first poll wait, then the retry's jittered wait
    await asm.done();
});

test('sendAndWait: Failed becomes AsmOperationFailedError with the operation’s code, message and request id', async () => {
    const asm = mockAsm();
    asm.on('POST', ROLE_OPS, { status: 202, headers: { 'x-ms-request-id': RID } });
    asm.on('GET', STATUS, op('Failed', '<HttpStatusCode>409</HttpStatusCode><Error><Code>ConflictError</Code><Message>The role vm1 is already stopped.</Message></Error>'));
    const err = await asm.client.sendAndWait(operations.shutdownRole, { serviceName: 'svc', deploymentName: 'dep', roleName: 'vm1' }).catch((e: unknown) => e);
    assert.ok(err instanceof AsmOperationFailedError);
    assert.equal(err.requestId, RID);
    assert.equal(err.asmCode, 'ConflictError');
    assert.equal(err.asmMessage, 'The role vm1 is already stopped.');
    assert.equal(err.httpStatusCode, 409);
    assert.equal(err.operation, 'shutdownRole');
    await asm.done();
});

test('sendAndWait: a synchronous answer is returned as is; an async one waits for Succeeded', async () => {
    const asm = mockAsm();
    asm.on('DELETE', `/${SUB}/services/hostedservices/svc`, { status: 200 });
    asm.on('DELETE', `/${SUB}/services/hostedservices/svc2?comp=media`, { status: 202, headers: { 'x-ms-request-id': RID } });
    asm.on('GET', STATUS, op('Succeeded'));
    assert.equal(await asm.client.sendAndWait(operations.deleteHostedService, { serviceName: 'svc' }), undefined);
    assert.deepEqual(await asm.client.sendAndWait(operations.deleteHostedService, { serviceName: 'svc2', complete: true }), { id: GUID, status: 'Succeeded' });
    await asm.done();
});

test('waitForOperation gives up at the deadline with OperationTimeoutError', async () => {
    const asm = mockAsm();
    for (let i = 0; i < 3; i++) asm.on('GET', STATUS, op('InProgress'));
    const err = await asm.client.waitForOperation(RID, { timeoutMs: 11_000, operation: 'createDeployment' }).catch((e: unknown) => e);
    assert.ok(err instanceof OperationTimeoutError);
    assert.equal(err.requestId, RID);
    assert.equal(err.lastStatus, 'InProgress');
    assert.match(err.message, /createDeployment 977b2d2b61d3b0f1952277896459cf7a after 11000 ms/);
    assert.deepEqual(asm.sleeps, [1_000, 4_000, 5_000, 1_000]);
    await asm.done();
});
