import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';

import { MockAgent } from 'undici';

import {
    AsmError,
    AsmHttpError,
    AsmOperationFailedError,
    AsmTransportError,
    AsmValidationError,
    checkClientCertificate,
    createAsmClient,
    isAsmError,
    redactText,
} from '../../../src/client';
import { ENDPOINT, errorXml, mockAsm, NS, SUB } from './helpers/mockAsm';
import { pemBody, testCertificate } from './helpers/testCertificate';

const LIST = `/${SUB}/services/hostedservices`;

/** Every way an error gets printed or shipped to a log. */
function renderings(err: unknown): string[] {
    const e = err as Error;
    return [e.message, String(e.stack), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true }), String(e.cause), inspect(e.cause, { depth: 10 })];
}

function assertNoKeyMaterial(texts: string[], what: string): void {
    const { key, cert } = testCertificate();
    for (const line of [...pemBody(key), ...pemBody(cert)]) {
        for (const text of texts) assert.ok(!text.includes(line), `${what} leaks certificate material: …${line.slice(0, 16)}…`);
    }
    for (const text of texts) assert.ok(!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text), `${what} contains a PEM header`);
}

test('redactText removes PEM blocks, truncated PEM and long base64 runs, and keeps request ids', () => {
    const { key } = testCertificate();
    assert.equal(redactText(`before ${key.trim()} after`), 'before [REDACTED PEM] after');
    assert.equal(redactText(`cut ${key.slice(0, 200)}`), 'cut [REDACTED PEM]');
    assert.equal(redactText(`raw ${pemBody(key).slice(0, 3).join('')} end`), 'raw [REDACTED] end');
    assert.equal(redactText('x-ms-request-id 26803ab0f361bb8a87b11a2f3b4e8c73'), 'x-ms-request-id 26803ab0f361bb8a87b11a2f3b4e8c73');
});

test('a transport failure whose error and cause echo the key never carries it', async () => {
    const { key } = testCertificate();
    const asm = mockAsm();
    const leaky = Object.assign(new Error(`handshake failed using ${key}`, { cause: new Error(key) }), { code: 'ERR_SSL_BAD_KEY', options: { key } });
    asm.fail('POST', LIST, leaky);
    const err = await asm.client.createHostedService({ serviceName: 's', label: 'l', location: 'West US' }).catch((e: unknown) => e);
    assert.ok(err instanceof AsmTransportError);
    assert.equal(err.kind, 'tls');
    assert.equal((err.cause as { code?: string }).code, 'ERR_SSL_BAD_KEY'); // diagnostics kept
    assert.equal((err.cause as { options?: unknown }).options, undefined); // the original object is not
    assertNoKeyMaterial(renderings(err), 'AsmTransportError');
    assertNoKeyMaterial(asm.events.map((e) => JSON.stringify(e)), 'log events');
    await asm.done();
});

test('a server message echoing a PEM is redacted, in the message and in asmMessage', async () => {
    const { key } = testCertificate();
    const asm = mockAsm();
    asm.on('GET', LIST, { status: 400, body: errorXml('BadRequest', `bad certificate ${key}`) });
    const err = await asm.client.listHostedServices().catch((e: unknown) => e);
    assert.ok(err instanceof AsmHttpError);
    assert.match(err.asmMessage ?? '', /bad certificate \[REDACTED PEM\]/);
    assertNoKeyMaterial(renderings(err), 'AsmHttpError');
    const failed = new AsmOperationFailedError({ requestId: 'r', asmCode: 'X', asmMessage: key });
    assertNoKeyMaterial(renderings(failed), 'AsmOperationFailedError');
    await asm.done();
});

test('certificate problems are reported without the material', () => {
    const { cert, key } = testCertificate();
    assert.match(checkClientCertificate({ cert, key }), /^[0-9A-F]{40}$/);
    const cases: [string, Parameters<typeof checkClientCertificate>[0], string][] = [
        ['garbage cert', { cert: 'not a cert', key }, 'certificate.cert'],
        ['key as cert', { cert: key, key }, 'certificate.cert'],
        ['cert as key', { cert, key: cert }, 'certificate.key'],
        ['truncated key', { cert, key: key.slice(0, 300) }, 'certificate.key'],
    ];
    for (const [name, input, field] of cases) {
        const err = (() => {
            try {
                checkClientCertificate(input);
            } catch (e) {
                return e;
            }
            return undefined;
        })();
        assert.ok(err instanceof AsmValidationError, name);
        assert.equal(err.field, field, name);
        assertNoKeyMaterial(renderings(err), name);
    }
});

test('a client made from a certificate does not expose it, and closes the Agent it created', async () => {
    const certificate = testCertificate();
    const client = createAsmClient({ subscriptionId: SUB, certificate });
    assertNoKeyMaterial([inspect(client, { depth: 10, showHidden: true }), JSON.stringify(client)], 'the client');
    await client.close();
    await client.close(); // idempotent
    await assert.rejects(client.listHostedServices(), { name: 'AsmValidationError', field: 'client' });

    // A dispatcher passed in is the caller's to close: it still serves another client afterwards.
    const shared = new MockAgent();
    shared.disableNetConnect();
    await createAsmClient({ subscriptionId: SUB, dispatcher: shared }).close();
    shared.get(ENDPOINT).intercept({ method: 'GET', path: `/${SUB}/services/hostedservices` }).reply(200, `<HostedServices ${NS}/>`);
    assert.deepEqual(await createAsmClient({ subscriptionId: SUB, dispatcher: shared }).listHostedServices(), []);
    shared.assertNoPendingInterceptors();
    await shared.close();
});

test('options are validated', () => {
    const certificate = testCertificate();
    const table: [Parameters<typeof createAsmClient>[0], string][] = [
        [{ subscriptionId: '', certificate }, 'subscriptionId'],
        [{ subscriptionId: 'a/b', certificate }, 'subscriptionId'],
        [{ subscriptionId: SUB, certificate, endpoint: 'not a url' }, 'endpoint'],
        [{ subscriptionId: SUB, certificate, endpoint: 'ftp://x' }, 'endpoint'],
        [{ subscriptionId: SUB }, 'certificate'],
        [{ subscriptionId: SUB, certificate, dispatcher: new MockAgent() }, 'certificate'],
    ];
    for (const [options, field] of table) {
        assert.throws(() => createAsmClient(options), (err: unknown) => err instanceof AsmValidationError && err.field === field, field);
    }
});

test('the error family: one root, stable codes, the isAsmError guard', () => {
    const errors: [AsmError, string][] = [
        [new AsmHttpError({ status: 404, operation: 'x' }), 'ASM_HTTP_ERROR'],
        [new AsmOperationFailedError({ requestId: 'r' }), 'ASM_OPERATION_FAILED'],
        [new AsmTransportError({ kind: 'reset', reachedServer: true, operation: 'x' }), 'ASM_TRANSPORT_ERROR'],
        [new AsmValidationError('f', 'bad'), 'ASM_VALIDATION_ERROR'],
    ];
    for (const [err, code] of errors) {
        assert.ok(isAsmError(err));
        assert.ok(err instanceof AsmError && err instanceof Error);
        assert.equal(err.code, code);
        assert.equal((err.toJSON() as { code: string }).code, code);
    }
    assert.equal(isAsmError(new Error('x')), false);
    assert.equal(isAsmError({ code: 'ASM_HTTP_ERROR' }), false);
});
