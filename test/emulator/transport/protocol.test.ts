import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';

import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { asmCall, assertAsmError, assertStillServes, createHostedServiceXml, sub } from './asmCall';
import { FakeState } from './FakeState';

let emu: TestEmulator;
let state: FakeState;
before(async () => {
    state = new FakeState();
    emu = await startEmulator({ state });
});
after(() => emu.close());
beforeEach(() => state.reset());

test('every answer carries ASM\'s headers: request id, no-cache, Server, x-ms-servedbyregion, XML content type', async () => {
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'));
    assert.equal(answer.status, 200);
    assert.match(String(answer.headers['x-ms-request-id']), /^[0-9a-f]{32}$/);
    assert.equal(answer.headers['cache-control'], 'no-cache');
    assert.equal(answer.headers['content-type'], 'application/xml; charset=utf-8');
    assert.equal(answer.headers.server, '1.0.6198.243 (rd_rdfe_stable.150618-1025) Microsoft-HTTPAPI/2.0');
    assert.equal(answer.headers['x-ms-servedbyregion'], 'ussouth3');
    assert.equal(state.requests.at(-1)?.requestId, answer.headers['x-ms-request-id'], 'the state sees the id the client gets');
    assert.equal(state.requests.at(-1)?.xMsVersion, '2014-10-01');
});

test('request ids differ per request', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(String((await asmCall(emu, sub(emu, '/services/hostedservices'))).headers['x-ms-request-id']));
    assert.equal(ids.size, 5);
});

test('missing x-ms-version: 400 MissingOrIncorrectVersionHeader, and the emulator still serves', async () => {
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'), { headers: { 'x-ms-version': null } });
    assert.equal(assertAsmError(answer, 400, 'MissingOrIncorrectVersionHeader'), 'The versioning header is not specified or was specified incorrectly.');
    await assertStillServes(emu);
});

test('x-ms-version: 2012-03-01 … 2017-01-01 accepted, anything else refused with the same 400', async () => {
    for (const v of ['2012-03-01', '2014-10-01', '2015-04-01', '2016-03-01', '2017-01-01']) {
        assert.equal((await asmCall(emu, sub(emu, '/services/hostedservices'), { headers: { 'x-ms-version': v } })).status, 200, v);
    }
    for (const v of ['2011-10-01', '2017-01-02', '2018-01-01', 'latest', '2014-13-01', '2014-02-30', '']) {
        assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices'), { headers: { 'x-ms-version': v } }), 400, 'MissingOrIncorrectVersionHeader');
    }
    await assertStillServes(emu);
});

test('unknown path: 404 ResourceNotFound with ASM\'s wording, and the emulator still serves', async () => {
    const message = assertAsmError(await asmCall(emu, sub(emu, '/services/nosuchresource')), 404, 'ResourceNotFound');
    assert.equal(message, 'The requested URI does not represent any resource on the server.');
    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices/a/b/c/d/e')), 404, 'ResourceNotFound');
    await assertStillServes(emu);
});

test('a known path with a verb it does not take: 400 InvalidHttpVerb (ASM\'s error table)', async () => {
    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'DELETE' }), 400, 'InvalidHttpVerb');
    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'PATCH' }), 400, 'InvalidHttpVerb');
    await assertStillServes(emu);
});

test('routing comes from the catalogue: case-insensitive literals, trailing slash, URI-decoded parameters, flags', async () => {
    state.loadSeed(emu.subscriptionId, { hostedServices: [{ serviceName: 'svc one', label: 'l', location: 'West US' }] });
    const answer = await asmCall(emu, sub(emu, '/Services/HostedServices/svc%20one/'));
    assert.equal(answer.status, 200);
    const seen = state.requests.at(-1);
    assert.equal(seen?.operation.name, 'getHostedServiceProperties');
    assert.deepEqual(seen?.pathParams, { serviceName: 'svc one' });

    await asmCall(emu, sub(emu, '/services/hostedservices/svc%20one?embed-detail=true'));
    assert.equal(state.requests.at(-1)?.query.embedDetail, 'true');

    const deleted = await asmCall(emu, sub(emu, '/services/hostedservices/svc%20one?comp=media'), { method: 'DELETE' });
    assert.equal(state.requests.at(-1)?.operation.name, 'deleteHostedService');
    assert.equal(state.requests.at(-1)?.query.complete, true);
    assert.equal(deleted.status, 202);
});

test('202 answers have an empty body and Content-Length: 0, whatever the state returned', async () => {
    state.loadSeed(emu.subscriptionId, { hostedServices: [{ serviceName: 'gone', label: 'l', location: 'West US' }] });
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices/gone?comp=media'), { method: 'DELETE' });
    assert.equal(answer.status, 202);
    assert.equal(answer.text, '');
    assert.equal(answer.headers['content-length'], '0');
    assert.equal(answer.headers['content-type'], undefined);
    assert.match(String(answer.headers['x-ms-request-id']), /^[0-9a-f]{32}$/);
});

test('a state answer\'s extra headers (Location) are passed on; a bodiless 201 has Content-Length: 0', async () => {
    const answer = await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: createHostedServiceXml('located') });
    assert.equal(answer.status, 201);
    assert.equal(answer.headers.location, `https://management.core.windows.net/subscriptions/${emu.subscriptionId}/compute/located`);
    assert.equal(answer.headers['content-length'], '0');
});

test('request content types tolerated: application/xml, Python\'s atom entry, text/xml, none', async () => {
    const types = ['application/xml', 'application/atom+xml;type=entry;charset=utf-8', 'text/xml', null];
    for (const [i, type] of types.entries()) {
        const answer = await asmCall(emu, sub(emu, '/services/hostedservices'), {
            method: 'POST',
            body: createHostedServiceXml(`ct${i}`),
            headers: { 'content-type': type },
        });
        assert.equal(answer.status, 201, `${String(type)}: ${answer.text}`);
    }
    const body = state.requests.at(-1)?.body as { serviceName: string; label: string; location: string };
    assert.deepEqual(body, { serviceName: 'ct3', label: 'ct3label', location: 'West US' }, 'the body read with the request schema, label decoded');
});

test('the odd whitespace of Python\'s serializer is accepted (double space after the root name, space before >)', async () => {
    const xml = createHostedServiceXml('spaced').replace('<CreateHostedService ', '<CreateHostedService  ').replace('</CreateHostedService>', '</CreateHostedService >');
    assert.equal((await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: xml })).status, 201);
});

test('an ASM error thrown by the state is answered with its status and <Error>', async () => {
    const message = assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices/missing')), 404, 'ResourceNotFound');
    assert.equal(message, 'The hosted service does not exist.');
    await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: createHostedServiceXml('twice') });
    assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body: createHostedServiceXml('twice') }), 409, 'ConflictError');
    await assertStillServes(emu);
});

test('an unexpected exception in the state: 500 InternalError, and the emulator keeps serving', async () => {
    state.throwUnexpected = true;
    try {
        const message = assertAsmError(await asmCall(emu, sub(emu, '/services/hostedservices')), 500, 'InternalError');
        assert.doesNotMatch(message, /unexpected failure inside/, 'internals are not leaked to the client');
    } finally {
        state.throwUnexpected = false;
    }
    await assertStillServes(emu);
});
