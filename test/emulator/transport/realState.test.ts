import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { EmulatorState } from '../../../src/emulator/state/EmulatorState';
import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { asmCall, assertAsmError, createHostedServiceXml, sub } from './asmCall';

// The production wiring: no state given, so the real EmulatorState answers behind the transport.
let emu: TestEmulator;
before(async () => {
    emu = await startEmulator();
});
after(() => emu.close());

test('by default the transport drives the real EmulatorState', () => {
    assert.ok(emu.state instanceof EmulatorState);
});

test('create, read and list a hosted service through HTTPS, then delete it asynchronously and poll the operation', async () => {
    const created = await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: createHostedServiceXml('real-svc') });
    assert.equal(created.status, 201, created.text);

    const read = await asmCall(emu, sub(emu, '/services/hostedservices/real-svc'));
    assert.equal(read.status, 200, read.text);
    assert.match(read.text, /^<HostedService xmlns="http:\/\/schemas\.microsoft\.com\/windowsazure" xmlns:i="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance">/);
    assert.match(read.text, /<ServiceName>real-svc<\/ServiceName>/);

    const listed = await asmCall(emu, sub(emu, '/services/hostedservices'));
    assert.match(listed.text, /<HostedServices [^>]*><HostedService>.*<ServiceName>real-svc<\/ServiceName>/);

    const deleted = await asmCall(emu, sub(emu, '/services/hostedservices/real-svc?comp=media'), { method: 'DELETE' });
    assert.equal(deleted.status, 202, deleted.text);
    assert.equal(deleted.text, '');
    const requestId = String(deleted.headers['x-ms-request-id']);
    const polled = await asmCall(emu, sub(emu, `/operations/${requestId}`));
    assert.equal(polled.status, 200, polled.text);
    const dashed = `${requestId.slice(0, 8)}-${requestId.slice(8, 12)}-${requestId.slice(12, 16)}-${requestId.slice(16, 20)}-${requestId.slice(20)}`;
    assert.match(polled.text, new RegExp(`<ID>${dashed}</ID><Status>(InProgress|Succeeded)</Status>`));

    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices/real-svc')), 404, 'ResourceNotFound');
});
