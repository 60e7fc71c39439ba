import assert from 'node:assert/strict';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import forge from 'node-forge';

import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { emulatorEnv, runAsm, stdoutJson } from './runAsm';

let emulator: TestEmulator;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asm-cli-certs-'));

before(async () => {
    emulator = await startEmulator({ seed: { hostedServices: [{ name: 'cert-svc', location: 'West US' }] } });
});
after(async () => {
    await emulator.close();
    rmSync(tmp, { recursive: true, force: true });
});

/** The management certificate as PKCS#12 protected by `password` (AES-256, as Key Vault and OpenSSL 3 write it). */
function pfxWithPassword(password: string): Buffer {
    const key = forge.pki.privateKeyFromPem(emulator.clientCertificate.keyPem);
    const cert = forge.pki.certificateFromPem(emulator.clientCertificate.certPem);
    const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256' });
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function write(name: string, data: string | Buffer): string {
    const file = path.join(tmp, name);
    writeFileSync(file, data);
    return file;
}

async function listServices(settings: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return runAsm(['listHostedServices'], { env: emulatorEnv(emulator, settings) });
}

function assertNoKeyMaterial(text: string): void {
    assert.doesNotMatch(text, /BEGIN|PRIVATE KEY|[A-Za-z0-9+/]{64}/, 'no certificate or key material printed');
}

test('a PEM file with the certificate and its key (the emulator’s management.pem)', async () => {
    const run = await listServices({});
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((stdoutJson(run) as { serviceName: string }[]).map((s) => s.serviceName), ['cert-svc']);
});

test('a PFX with an empty password (the emulator’s management.pfx, 3DES)', async () => {
    const pfx = emulator.paths?.managementPfx;
    assert.ok(pfx);
    const run = await listServices({ ASM_CERT_FILE: pfx });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((stdoutJson(run) as { serviceName: string }[]).map((s) => s.serviceName), ['cert-svc']);
});

test('a PFX with a password (ASM_CERT_PASSWORD), binary or base64 as Key Vault stores it; a wrong password is exit 2', async () => {
    const pfx = pfxWithPassword('s3cret!');
    const binary = write('management.pfx', pfx);
    const ok = await listServices({ ASM_CERT_FILE: binary, ASM_CERT_PASSWORD: 's3cret!' });
    assert.equal(ok.code, 0, ok.stderr);

    const base64 = write('management.pfx.b64', pfx.toString('base64'));
    const ok64 = await listServices({ ASM_CERT_FILE: base64, ASM_CERT_PASSWORD: 's3cret!' });
    assert.equal(ok64.code, 0, ok64.stderr);

    emulator.resetCounters();
    const wrong = await listServices({ ASM_CERT_FILE: binary, ASM_CERT_PASSWORD: 'guess' });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^asm: ASM_CERT_FILE: file .*management\.pfx: the PFX cannot be opened with the password in ASM_CERT_PASSWORD\.$/m);
    assert.doesNotMatch(wrong.stderr, /guess|s3cret/);
    assertNoKeyMaterial(wrong.stderr);
    assert.equal(emulator.counters().total, 0);
});

test('a PEM with an encrypted key takes its passphrase from ASM_CERT_PASSWORD', async () => {
    const encrypted = createPrivateKey(emulator.clientCertificate.keyPem).export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pem-pass' });
    const file = write('encrypted.pem', `${emulator.clientCertificate.certPem}${encrypted.toString()}`);
    const ok = await listServices({ ASM_CERT_FILE: file, ASM_CERT_PASSWORD: 'pem-pass' });
    assert.equal(ok.code, 0, ok.stderr);

    const wrong = await listServices({ ASM_CERT_FILE: file });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^asm: ASM_CERT_FILE: file .*encrypted\.pem: the private key is encrypted and no password was given \(set ASM_CERT_PASSWORD\)\.$/m);
    const bad = await listServices({ ASM_CERT_FILE: file, ASM_CERT_PASSWORD: 'not-it' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^asm: ASM_CERT_FILE: .*cannot be decrypted with the password in ASM_CERT_PASSWORD/m);
    assert.doesNotMatch(bad.stderr, /not-it|pem-pass/);
    assertNoKeyMaterial(wrong.stderr);
});

test('unusable certificate files are usage errors naming ASM_CERT_FILE, never echoing the file', async () => {
    const certOnly = write('cert-only.pem', emulator.clientCertificate.certPem);
    const noKey = await listServices({ ASM_CERT_FILE: certOnly });
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /^asm: ASM_CERT_FILE: file .*cert-only\.pem: holds no private key/m);

    const garbage = write('garbage.bin', Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03, 0xff, 0xee]));
    const bad = await listServices({ ASM_CERT_FILE: garbage });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^asm: ASM_CERT_FILE: file .*garbage\.bin: (is not|holds)/m);

    const other = await emulator.mintClientCertificate();
    const mismatched = write('mismatched.pem', `${emulator.clientCertificate.certPem}${other.keyPem}`);
    const mismatch = await listServices({ ASM_CERT_FILE: mismatched });
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /^asm: ASM_CERT_FILE: file .*mismatched\.pem: holds a private key that belongs to none of its certificates/m);
    for (const run of [noKey, bad, mismatch]) assertNoKeyMaterial(run.stderr);
});

test('an expired certificate is refused before any call, naming its thumbprint and end date', async () => {
    const key = forge.pki.privateKeyFromPem(emulator.clientCertificate.keyPem);
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
    cert.serialNumber = '0a';
    cert.validity.notBefore = new Date(Date.UTC(2020, 0, 1));
    cert.validity.notAfter = new Date(Date.UTC(2021, 0, 1));
    const name = [{ name: 'commonName', value: 'expired management' }];
    cert.setSubject(name);
    cert.setIssuer(name);
    cert.sign(key, forge.md.sha256.create());
    const file = write('expired.pem', `${forge.pki.certificateToPem(cert)}${emulator.clientCertificate.keyPem}`);
    emulator.resetCounters();
    const run = await listServices({ ASM_CERT_FILE: file });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^asm: ASM_CERT_FILE: file .*expired\.pem: certificate [0-9A-F]{40} \(.*expired management.*\) expired on 2021-01-01T00:00:00\.000Z/m);
    assert.equal(emulator.counters().total, 0);
});
