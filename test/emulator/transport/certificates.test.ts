import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createSecureContext } from 'node:tls';

import forge from 'node-forge';
import { Agent, request } from 'undici';

import { loadOrCreateCertificates } from '../../../src/emulator/certs/loadOrCreateCertificates';
import { normalizeThumbprint, thumbprintOfPem } from '../../../src/emulator/certs/thumbprint';
import { toPfx } from '../../../src/emulator/certs/toPfx';
import { startEmulator as startRealEmulator } from '../../../src/emulator/server/startEmulator';
import { FakeState } from './FakeState';

const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-emulator-certs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('first start writes ca.pem, management.pem and management.pfx; a later start reuses them', async () => {
    const first = await loadOrCreateCertificates(dir);
    const paths = first.paths;
    assert.ok(paths);
    for (const file of [paths.ca, paths.caKey, paths.serverCert, paths.serverKey, paths.management, paths.managementPfx]) {
        assert.ok(statSync(file).size > 0, file);
    }
    assert.equal(statSync(paths.caKey).mode & 0o077, 0, 'keys are private to the user');
    assert.equal(statSync(paths.management).mode & 0o077, 0);
    const again = await loadOrCreateCertificates(dir);
    assert.equal(again.management.thumbprint, first.management.thumbprint);
    assert.equal(again.ca.certPem, first.ca.certPem);
    assert.equal(again.server.certPem, first.server.certPem);
    assert.deepEqual(again.management.pfx, first.management.pfx);
});

test('the thumbprint is the upper-case SHA-1 of the DER; management.pem holds the certificate and its key', async () => {
    const { management, paths } = await loadOrCreateCertificates(dir);
    const x509 = new X509Certificate(management.certPem);
    assert.equal(management.thumbprint, x509.fingerprint.replace(/:/g, ''));
    assert.match(management.thumbprint, /^[0-9A-F]{40}$/);
    assert.equal(thumbprintOfPem(readFileSync(paths!.management, 'utf8')), management.thumbprint);
    assert.match(readFileSync(paths!.management, 'utf8'), /-----BEGIN CERTIFICATE-----[\s\S]+-----BEGIN PRIVATE KEY-----/);
    assert.equal(normalizeThumbprint(management.thumbprint.toLowerCase().replace(/(..)/g, '$1 ')), management.thumbprint);
    assert.equal(normalizeThumbprint('xyz'), undefined);
});

test('the server certificate covers localhost, 127.0.0.1 and ::1 and chains to ca.pem', async () => {
    const { ca, server } = await loadOrCreateCertificates(dir);
    const cert = new X509Certificate(server.certPem);
    assert.match(cert.subjectAltName ?? '', /DNS:localhost/);
    assert.match(cert.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
    assert.match(cert.subjectAltName ?? '', /IP Address:0:0:0:0:0:0:0:1|IP Address:::1/i);
    assert.ok(cert.checkIssued(new X509Certificate(ca.certPem)));
    assert.ok(cert.verify(new X509Certificate(ca.certPem).publicKey));
    assert.ok(new X509Certificate(ca.certPem).ca);
});

test('management.pfx: empty password, readable by node-forge and usable by Node TLS (undici { pfx })', async () => {
    const { management, paths } = await loadOrCreateCertificates(dir);
    const pfx = readFileSync(paths!.managementPfx);
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(pfx.toString('binary'))), false, '');
    const certBag = forge.pki.oids.certBag as string;
    const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag as string;
    const certBags = p12.getBags({ bagType: certBag })[certBag] ?? [];
    const keyBags = p12.getBags({ bagType: keyBag })[keyBag] ?? [];
    assert.ok(certBags.length >= 1 && keyBags.length === 1);
    assert.equal(thumbprintOfPem(forge.pki.certificateToPem(certBags[0]!.cert!)), management.thumbprint);

    const emu = await startRealEmulator({ stateDir: dir, state: new FakeState(), log: () => undefined });
    const agent = new Agent({ connect: { pfx, passphrase: '', ca: emu.ca } });
    try {
        assert.equal(emu.clientCertificate.thumbprint, management.thumbprint, 'the emulator uses the state directory\'s certificate');
        const answer = await request(`${emu.endpoint}/${emu.subscriptionId}/services/hostedservices`, {
            headers: { 'x-ms-version': '2014-10-01' },
            dispatcher: agent,
        });
        await answer.body.text();
        assert.equal(answer.statusCode, 200);
    } finally {
        await agent.close();
        await emu.close();
    }
});

test('toPfx can also write AES-256 (PBES2) PKCS#12, which OpenSSL 3 reads too', async () => {
    const { management } = await loadOrCreateCertificates(dir);
    const aes = toPfx(management, [], 'aes256');
    assert.doesNotThrow(() => createSecureContext({ pfx: aes, passphrase: '' }));
    assert.doesNotThrow(() => createSecureContext({ pfx: management.pfx, passphrase: '' }), 'and the 3DES default');
});

test('the subscription id is remembered in the state directory across starts, unless one is given', async () => {
    const a = await startRealEmulator({ stateDir: dir, state: new FakeState(), log: () => undefined });
    await a.close();
    const b = await startRealEmulator({ stateDir: dir, state: new FakeState(), log: () => undefined });
    await b.close();
    assert.equal(b.subscriptionId, a.subscriptionId);
    assert.match(a.subscriptionId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const c = await startRealEmulator({ stateDir: dir, subscriptionId: 'ABC-Given', state: new FakeState(), log: () => undefined });
    await c.close();
    assert.equal(c.subscriptionId, 'abc-given');
});

test('an expired or mismatched certificate in the state directory is replaced', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'asm-emulator-certs-'));
    try {
        const first = await loadOrCreateCertificates(other);
        // A server certificate from another CA: not usable with this ca.pem.
        const foreign = await loadOrCreateCertificates();
        writeFileSync(first.paths!.serverCert, foreign.server.certPem);
        writeFileSync(first.paths!.serverKey, foreign.server.keyPem);
        const repaired = await loadOrCreateCertificates(other);
        assert.notEqual(repaired.server.certPem, foreign.server.certPem);
        assert.ok(new X509Certificate(repaired.server.certPem).checkIssued(new X509Certificate(first.ca.certPem)));
        assert.equal(repaired.management.thumbprint, first.management.thumbprint, 'the management certificate is kept');
    } finally {
        rmSync(other, { recursive: true, force: true });
    }
});

test('the emulator refuses to bind anything but loopback', async () => {
    await assert.rejects(startRealEmulator({ host: '0.0.0.0', state: new FakeState() }), /loopback/);
});
