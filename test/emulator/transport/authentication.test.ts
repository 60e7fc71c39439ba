import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { asmCall, assertAsmError, assertStillServes, sub } from './asmCall';
import { FakeState } from './FakeState';

const FORBIDDEN =
    '<Error xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Code>ForbiddenError</Code><Message>The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.</Message></Error>';

let emu: TestEmulator;
let state: FakeState;
before(async () => {
    state = new FakeState();
    emu = await startEmulator({ state });
});
after(() => emu.close());

test('the management certificate of the subscription is let through', async () => {
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'));
    assert.equal(answer.status, 200);
    assert.equal(answer.text, '<HostedServices xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"></HostedServices>');
    assert.equal(state.requests.at(-1)?.subscriptionId, emu.subscriptionId);
});

test('no client certificate: 403 ForbiddenError, exactly ASM\'s document, and the emulator still serves', async () => {
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'), { dispatcher: emu.agentFor() });
    assertAsmError(answer, 403, 'ForbiddenError');
    assert.equal(answer.text, FORBIDDEN);
    await assertStillServes(emu);
});

test('an unknown client certificate: 403 ForbiddenError', async () => {
    const stranger = await emu.mintClientCertificate();
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'), { dispatcher: emu.agentFor(stranger) });
    assert.equal(answer.text, FORBIDDEN);
    assertAsmError(answer, 403, 'ForbiddenError');
    await assertStillServes(emu);
});

test('the certificate of another subscription: 403 on ours, 200 on its own; ours is refused on theirs', async () => {
    const otherSub = randomUUID();
    const otherCert = await emu.mintClientCertificate();
    assert.equal(emu.registerCertificate(otherSub, otherCert.certPem), otherCert.thumbprint);
    const other = emu.agentFor(otherCert);

    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices'), { dispatcher: other }), 403, 'ForbiddenError');
    assert.equal((await asmCall(emu, `/${otherSub}/services/hostedservices`, { dispatcher: other })).status, 200);
    assert.equal(state.requests.at(-1)?.subscriptionId, otherSub);
    assertAsmError(await asmCall(emu, `/${otherSub}/services/hostedservices`), 403, 'ForbiddenError');
    await assertStillServes(emu);
});

test('a certificate registered by thumbprint (any spelling) may call several subscriptions', async () => {
    const second = randomUUID();
    const spaced = emu.clientCertificate.thumbprint.toLowerCase().replace(/(..)/g, '$1:').slice(0, -1);
    emu.registerCertificate(second, spaced);
    assert.equal((await asmCall(emu, `/${second}/services/hostedservices`)).status, 200);
    assert.equal((await asmCall(emu, `/${second.toUpperCase()}/services/hostedservices`)).status, 200, 'subscription ids compare case-insensitively');
    assert.equal(state.requests.at(-1)?.subscriptionId, second, 'and reach the state lower-cased');
});

test('certificate checks come before everything else: an unknown path without a certificate is a 403, not a 404', async () => {
    assertAsmError(await asmCall(emu, sub(emu, '/no/such/thing'), { dispatcher: emu.agentFor() }), 403, 'ForbiddenError');
    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices'), { dispatcher: emu.agentFor(), headers: { 'x-ms-version': null } }), 403, 'ForbiddenError');
});

test('the admin surface needs no client certificate', async () => {
    const res = await asmCall(emu, '/_admin/counters', { dispatcher: emu.agentFor() });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
});
