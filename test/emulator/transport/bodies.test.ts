import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';

import { startEmulator, type TestEmulator } from '../../helpers/startEmulator';
import { asmCall, assertAsmError, assertStillServes, createHostedServiceXml, sub } from './asmCall';
import { FakeState } from './FakeState';

const LIMIT = 64 * 1024;
let emu: TestEmulator;
let state: FakeState;
before(async () => {
    state = new FakeState();
    emu = await startEmulator({ state, maxBodyBytes: LIMIT });
});
after(() => emu.close());

const create = (body: string | Buffer | Readable) => asmCall(emu, sub(emu, '/services/hostedservices'), { method: 'POST', body });

test('malformed XML: 400 InvalidXmlRequest saying why, nothing reaches the state, the emulator still serves', async () => {
    const before = state.requests.length;
    const message = assertAsmError(await create('<CreateHostedService><ServiceName>x</CreateHostedService>'), 400, 'InvalidXmlRequest');
    assert.match(message, /^The request body's XML was invalid or not correctly specified\. .+/);
    assertAsmError(await create('this is not xml'), 400, 'InvalidXmlRequest');
    assert.equal(state.requests.length, before);
    await assertStillServes(emu);
});

test('DOCTYPE and ENTITY declarations are refused, never expanded (no XXE, no billion laughs)', async () => {
    const xxe =
        '<?xml version="1.0"?><!DOCTYPE CreateHostedService [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
        '<CreateHostedService xmlns="http://schemas.microsoft.com/windowsazure"><ServiceName>&xxe;</ServiceName><Label>bA==</Label></CreateHostedService>';
    const message = assertAsmError(await create(xxe), 400, 'InvalidXmlRequest');
    assert.match(message, /DOCTYPE/);
    assert.doesNotMatch(message, /root:/);
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><CreateHostedService>&lol2;</CreateHostedService>';
    assertAsmError(await create(laughs), 400, 'InvalidXmlRequest');
    await assertStillServes(emu);
});

test('the wrong root element: 400 InvalidXmlRequest naming the expected root', async () => {
    const message = assertAsmError(await create(createHostedServiceXml('x', 'UpdateHostedService')), 400, 'InvalidXmlRequest');
    assert.match(message, /Expected root element <CreateHostedService> but found <UpdateHostedService>/);
    await assertStillServes(emu);
});

test('a missing body where the operation needs one: 400 InvalidXmlRequest', async () => {
    assertAsmError(await create(''), 400, 'InvalidXmlRequest');
    await assertStillServes(emu);
});

test('a body over the limit, declared by Content-Length: 400 BadRequest at once, the emulator still serves', async () => {
    const message = assertAsmError(await create(Buffer.alloc(LIMIT + 1, 0x20)), 400, 'BadRequest');
    assert.match(message, /too large/);
    await assertStillServes(emu);
});

test('a chunked body growing past the limit is cut off while streaming, not buffered to its end', async () => {
    let produced = 0;
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const endless = new Readable({
        read() {
            produced += chunk.length;
            // 64 MiB unless the server stops us first: the answer must come long before that.
            this.push(produced > 64 * 1024 * 1024 ? null : chunk);
        },
    });
    const answer = await create(endless).catch((err: Error) => err);
    if (answer instanceof Error) {
        // The server may close the connection while undici is still writing; the answer was sent first.
        assert.match(answer.message, /closed|reset|EPIPE|socket/i);
    } else {
        assertAsmError(answer, 400, 'BadRequest');
    }
    endless.destroy();
    assert.ok(produced < 64 * 1024 * 1024, `the body was not read to its end (${produced} bytes produced)`);
    await assertStillServes(emu);
});

test('a body just under the limit is accepted', async () => {
    const xml = createHostedServiceXml('padded');
    const padded = xml.replace('</CreateHostedService>', `${' '.repeat(LIMIT - Buffer.byteLength(xml) - 1)}</CreateHostedService>`);
    assert.ok(Buffer.byteLength(padded) <= LIMIT);
    assert.equal((await create(padded)).status, 201);
});

test('a UTF-8 byte-order mark and an XML prolog are fine', async () => {
    assert.equal((await create(`\uFEFF<?xml version="1.0" encoding="utf-8"?>${createHostedServiceXml('bom')}`)).status, 201);
});
