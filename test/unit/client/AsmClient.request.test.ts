import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue, operations } from '../../../src/asm/operations/catalogue';
import { AsmClient } from '../../../src/client';
import { paramNames } from '../../../src/client/request/paramNames';
import { resolveRequestConstants } from '../../../src/client/request/resolveRequestConstants';
import { literalSpecs } from './helpers/literalSpecs';
import { mockAsm, NS, SUB } from './helpers/mockAsm';

const rid = '26803ab0f361bb8a87b11a2f3b4e8c73';
const listXml = `<HostedServices ${NS}><HostedService><Url>https://management.core.windows.net/${SUB}/services/hostedservices/svc1</Url><ServiceName>svc1</ServiceName><HostedServiceProperties><Description i:nil="true"/><Location>West US</Location><Label>bXlsYWJlbA==</Label><Status>Created</Status></HostedServiceProperties></HostedService></HostedServices>`;

test('every catalogue operation is a method of the client, and its spec is one the client can send', () => {
    for (const spec of catalogue) {
        assert.equal(typeof (AsmClient.prototype as unknown as Record<string, unknown>)[spec.name], 'function', spec.name);
        const placeholders = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => n !== 'subscriptionId');
        assert.deepEqual(placeholders, Object.keys(spec.pathParams ?? {}), `${spec.name}: path placeholders = pathParams`);
        assert.doesNotThrow(() => resolveRequestConstants(spec), `${spec.name}: requestConstants name request fields`);
        const names = paramNames(spec);
        const all = [...names.path, ...names.query, ...names.body];
        assert.equal(new Set(all).size + overlap(names), all.length, `${spec.name}: no query parameter shares a name with a path or body parameter`);
    }
});

/** Path parameters may repeat as body fields (same value in both places); query names must be unique. */
function overlap(names: ReturnType<typeof paramNames>): number {
    return names.path.filter((n) => names.body.includes(n)).length;
}

test('GET: path, headers, typed model', async () => {
    const asm = mockAsm();
    asm.on('GET', `/${SUB}/services/hostedservices`, { status: 200, body: listXml, headers: { 'x-ms-request-id': rid } });
    const services = await asm.client.listHostedServices();
    assert.equal(services[0]?.serviceName, 'svc1');
    assert.equal(services[0]?.hostedServiceProperties?.label, 'mylabel');
    const [req] = asm.seen;
    assert.equal(req?.method, 'GET');
    assert.equal(req?.headers['x-ms-version'], '2014-10-01');
    assert.equal(req?.headers['accept'], 'application/xml');
    assert.equal(req?.headers['content-type'], undefined);
    assert.equal(req?.body, undefined);
    await asm.done();
});

test('POST with body: XML, Content-Type, 201 without body', async () => {
    const asm = mockAsm();
    asm.on('POST', `/${SUB}/services/hostedservices`, { status: 201, headers: { 'x-ms-request-id': rid } });
    const result = await asm.client.createHostedService({ serviceName: 'svc1', label: 'mylabel', location: 'West US' });
    assert.equal(result, undefined);
    const [req] = asm.seen;
    assert.equal(req?.headers['content-type'], 'application/xml');
    assert.equal(req?.body, `<CreateHostedService ${NS}><ServiceName>svc1</ServiceName><Label>bXlsYWJlbA==</Label><Location>West US</Location></CreateHostedService>`);
    await asm.done();
});

test('flags: deleteHostedService with complete is asynchronous ({ requestId }), without it synchronous', async () => {
    const asm = mockAsm();
    asm.on('DELETE', `/${SUB}/services/hostedservices/svc1?comp=media`, { status: 202, headers: { 'x-ms-request-id': rid } });
    asm.on('DELETE', `/${SUB}/services/hostedservices/svc2`, { status: 200, headers: { 'x-ms-request-id': rid } });
    assert.deepEqual(await asm.client.deleteHostedService({ serviceName: 'svc1', complete: true }), { requestId: rid });
    assert.equal(await asm.client.deleteHostedService({ serviceName: 'svc2' }), undefined);
    assert.deepEqual(asm.seen.map((r) => r.path), [`/${SUB}/services/hostedservices/svc1?comp=media`, `/${SUB}/services/hostedservices/svc2`]);
    await asm.done();
});

test('path parameters are percent-encoded on the wire; query values too', async () => {
    const asm = mockAsm();
    const reboot = `/${SUB}/services/hostedservices/s/deployments/d/roleinstances/a%2Fb%20c%3F?comp=reboot`;
    asm.on('POST', reboot, { status: 202, headers: { 'x-ms-request-id': rid } });
    asm.on('GET', `/${SUB}/services/vmimages?location=West%20US`, { status: 200, body: `<VMImages ${NS}/>` });
    const started = await asm.client.send(literalSpecs.rebootRoleInstance, { serviceName: 's', deploymentName: 'd', roleInstanceName: 'a/b c?' });
    assert.deepEqual(started, { requestId: rid });
    assert.deepEqual(await asm.client.send(literalSpecs.listVmImages, { location: 'West US' }), []);
    assert.deepEqual(asm.seen.map((r) => r.path), [reboot, `/${SUB}/services/vmimages?location=West%20US`]);
    await asm.done();
});

test('send(): a spec with requestConstants and async: true', async () => {
    const asm = mockAsm();
    asm.on('POST', `/${SUB}/services/hostedservices/s/deployments/d/roleinstances/r/Operations`, { status: 202, headers: { 'x-ms-request-id': rid } });
    const result = await asm.client.send(literalSpecs.shutdownRole, { serviceName: 's', deploymentName: 'd', roleName: 'r', postShutdownAction: 'Stopped' });
    assert.deepEqual(result, { requestId: rid });
    assert.equal(asm.seen[0]?.body, `<ShutdownRoleOperation ${NS}><OperationType>ShutdownRoleOperation</OperationType><PostShutdownAction>Stopped</PostShutdownAction></ShutdownRoleOperation>`);
    await asm.done();
});

test('invalid params fail before any request', async () => {
    const asm = mockAsm();
    await assert.rejects(asm.client.getHostedServiceProperties({ serviceName: '..' }), { name: 'AsmValidationError', field: 'serviceName' });
    await assert.rejects(asm.client.send(operations.listHostedServices, { extra: 1 } as never), { name: 'AsmValidationError', field: 'extra' });
    assert.equal(asm.seen.length, 0);
    await asm.done();
});
