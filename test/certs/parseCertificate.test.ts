import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { inspect } from 'node:util';

import { thumbprintOfPem } from '../../src/emulator/certs/thumbprint';
import type { KeyAndCertificate } from '../../src/emulator/certs/KeyAndCertificate';
import { CertificateError, type CertificateErrorReason } from '../../src/certs/errors/CertificateError';
import { parseCertificate } from '../../src/certs/parseCertificate';
import { makeCertificate, makeChain } from './fixtures/testCertificates';
import { describePfx, makePfx, opensslAvailable } from './fixtures/makePfx';

const SOURCE = 'test input';
let leaf: KeyAndCertificate;
let other: KeyAndCertificate;
let chain: Awaited<ReturnType<typeof makeChain>>;

before(async () => {
    [leaf, other, chain] = await Promise.all([
        makeCertificate({ commonName: 'asm-functions management', key: 'leaf' }),
        makeCertificate({ commonName: 'someone else', key: 'other' }),
        makeChain(),
    ]);
});

function fingerprint(pem: string): string {
    return new X509Certificate(pem).fingerprint.replace(/:/g, '');
}

function assertRejects(fn: () => unknown, reason: CertificateErrorReason, secrets: readonly string[] = []): CertificateError {
    let caught: unknown;
    try {
        fn();
    } catch (err) {
        caught = err;
    }
    assert.ok(caught instanceof CertificateError, `expected a CertificateError, got ${String(caught)}`);
    assert.equal(caught.reason, reason, caught.message);
    assert.equal(caught.code, 'ASM_CERTIFICATE_ERROR');
    assert.ok(caught.message.startsWith(`${SOURCE}: `), caught.message);
    const everything = `${caught.message} ${JSON.stringify(caught)} ${inspect(caught, { depth: 5 })}`;
    assert.doesNotMatch(everything, /-----BEGIN|PRIVATE KEY/);
    for (const secret of secrets) assert.ok(!everything.includes(secret), 'a secret leaked into the error');
    return caught;
}

for (const flavour of ['modern', 'legacy'] as const) {
    test(`${flavour} PFX (empty password, as Key Vault exports): PEM key + leaf, SHA-1 thumbprint, subject, validity`, () => {
        const { der, madeBy } = makePfx(leaf, { flavour });
        const info = describePfx(der);
        if (madeBy === 'openssl' && info !== undefined) {
            if (flavour === 'modern') {
                assert.match(info, /AES-256-CBC/);
                assert.match(info, /MAC: sha256/);
            } else {
                assert.match(info, /RC2|TripleDES|3-KeyTripleDES/i);
                assert.match(info, /MAC: sha1/);
            }
        }
        const cert = parseCertificate(der, { format: 'pfx', source: SOURCE });
        const x509 = new X509Certificate(leaf.certPem);
        assert.equal(cert.thumbprint, fingerprint(leaf.certPem));
        assert.equal(cert.thumbprint, thumbprintOfPem(leaf.certPem));
        assert.match(cert.thumbprint, /^[0-9A-F]{40}$/);
        assert.equal(cert.subject, 'CN=asm-functions management, O=asm-functions tests');
        assert.equal(cert.notBefore.getTime(), Date.parse(x509.validFrom));
        assert.equal(cert.notAfter.getTime(), Date.parse(x509.validTo));
        assert.match(cert.key, /^-----BEGIN PRIVATE KEY-----/);
        assert.ok(new X509Certificate(cert.cert).checkPrivateKey(createPrivateKey(cert.key)));
        assert.equal(new X509Certificate(cert.cert).fingerprint, x509.fingerprint);
        assert.deepEqual(cert.chain, []);
    });

    test(`${flavour} PFX, base64 text (the secret value) parses the same as its bytes`, () => {
        const { der } = makePfx(leaf, { flavour });
        const fromText = parseCertificate(der.toString('base64'), { format: 'pfx', source: SOURCE });
        assert.equal(fromText.thumbprint, fingerprint(leaf.certPem));
    });

    test(`${flavour} PFX with a password: right one opens it, a wrong or missing one is 'wrongPassword'`, () => {
        const password = 'correct horse battery staple';
        const { der } = makePfx(leaf, { flavour, password });
        assert.equal(parseCertificate(der, { format: 'pfx', source: SOURCE, password }).thumbprint, fingerprint(leaf.certPem));
        const wrong = assertRejects(() => parseCertificate(der, { format: 'pfx', source: SOURCE, password: 'Tr0ub4dor&3' }), 'wrongPassword', ['Tr0ub4dor&3', password]);
        assert.match(wrong.message, /ASM_CERT_PASSWORD/);
        const missing = assertRejects(() => parseCertificate(der, { format: 'pfx', source: SOURCE }), 'wrongPassword', [password]);
        assert.match(missing.message, /empty password/);
    });

    test(`${flavour} PFX with its chain in any order: the leaf is the certificate matching the key, issuers follow`, () => {
        const { der } = makePfx(chain.leaf, { flavour, chain: [chain.root.certPem, chain.intermediate.certPem] });
        const cert = parseCertificate(der, { format: 'pfx', source: SOURCE });
        assert.equal(cert.thumbprint, fingerprint(chain.leaf.certPem));
        assert.deepEqual(
            cert.chain.map((pem) => fingerprint(pem)),
            [fingerprint(chain.intermediate.certPem), fingerprint(chain.root.certPem)],
        );
        assert.equal(cert.issuer, 'CN=asm-functions test intermediate, O=asm-functions tests');
    });

    test(`${flavour} PFX without a private key is 'noPrivateKey'`, () => {
        const { der } = makePfx(leaf, { flavour, withoutKey: true });
        assertRejects(() => parseCertificate(der, { format: 'pfx', source: SOURCE }), 'noPrivateKey');
    });
}

test('corrupt PFX data is "corrupt": random bytes, a truncated file, text that is not base64, nothing at all', () => {
    const { der } = makePfx(leaf, { flavour: 'modern' });
    assertRejects(() => parseCertificate(Buffer.from('definitely not a pfx'), { format: 'pfx', source: SOURCE }), 'corrupt');
    const truncated = assertRejects(() => parseCertificate(der.subarray(0, der.length - 40), { format: 'pfx', source: SOURCE }), 'corrupt');
    assert.match(truncated.message, /PKCS#12/);
    assertRejects(() => parseCertificate('not base64 at all!', { format: 'pfx', source: SOURCE }), 'corrupt');
    assertRejects(() => parseCertificate('', { format: 'pfx', source: SOURCE }), 'corrupt');
    assertRejects(() => parseCertificate(Buffer.alloc(0), { format: 'pfx', source: SOURCE }), 'corrupt');
});

test('PEM: PKCS#8 key + certificate, in either order, gives the same result as the PFX', () => {
    const a = parseCertificate(`${leaf.keyPem}\n${leaf.certPem}`, { format: 'pem', source: SOURCE });
    const b = parseCertificate(Buffer.from(`${leaf.certPem}\n${leaf.keyPem}`), { format: 'pem', source: SOURCE });
    assert.equal(a.thumbprint, fingerprint(leaf.certPem));
    assert.equal(b.thumbprint, a.thumbprint);
    assert.equal(b.key, a.key);
});

test('PEM: a PKCS#1 (RSA PRIVATE KEY) key is read and given back as PKCS#8', () => {
    const pkcs1 = createPrivateKey(leaf.keyPem).export({ type: 'pkcs1', format: 'pem' }).toString();
    assert.match(pkcs1, /BEGIN RSA PRIVATE KEY/);
    const cert = parseCertificate(`${pkcs1}${leaf.certPem}`, { format: 'pem', source: SOURCE });
    assert.match(cert.key, /^-----BEGIN PRIVATE KEY-----/);
    assert.equal(cert.thumbprint, fingerprint(leaf.certPem));
});

test('PEM: an encrypted PKCS#8 key needs the password; without it or with a wrong one it is "wrongPassword"', () => {
    const password = 'pem pass phrase';
    const encrypted = createPrivateKey(leaf.keyPem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: password }).toString();
    assert.match(encrypted, /BEGIN ENCRYPTED PRIVATE KEY/);
    const cert = parseCertificate(`${encrypted}${leaf.certPem}`, { format: 'pem', source: SOURCE, password });
    assert.match(cert.key, /^-----BEGIN PRIVATE KEY-----/);
    assert.equal(cert.thumbprint, fingerprint(leaf.certPem));
    const missing = assertRejects(() => parseCertificate(`${encrypted}${leaf.certPem}`, { format: 'pem', source: SOURCE }), 'wrongPassword', [password]);
    assert.match(missing.message, /no password/);
    assertRejects(() => parseCertificate(`${encrypted}${leaf.certPem}`, { format: 'pem', source: SOURCE, password: 'nope-nope' }), 'wrongPassword', [password, 'nope-nope']);
});

test('PEM: a chain is ordered from the leaf up, whatever the order in the text', () => {
    const text = [chain.root.certPem, chain.leaf.certPem, chain.leaf.keyPem, chain.intermediate.certPem].join('\n');
    const cert = parseCertificate(text, { format: 'pem', source: SOURCE });
    assert.equal(cert.thumbprint, fingerprint(chain.leaf.certPem));
    assert.deepEqual(
        cert.chain.map(fingerprint),
        [chain.intermediate.certPem, chain.root.certPem].map(fingerprint),
    );
});

test('PEM: key of another certificate is "keyMismatch"; no key is "noPrivateKey"; no certificate is "noCertificate"; no PEM is "corrupt"', () => {
    const mismatch = assertRejects(() => parseCertificate(`${other.keyPem}${leaf.certPem}`, { format: 'pem', source: SOURCE }), 'keyMismatch');
    assert.equal(mismatch.thumbprint, fingerprint(leaf.certPem));
    assertRejects(() => parseCertificate(leaf.certPem, { format: 'pem', source: SOURCE }), 'noPrivateKey');
    assertRejects(() => parseCertificate(leaf.keyPem, { format: 'pem', source: SOURCE }), 'noCertificate');
    assertRejects(() => parseCertificate('hello', { format: 'pem', source: SOURCE }), 'corrupt');
    const broken = leaf.certPem.replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!');
    assertRejects(() => parseCertificate(`${leaf.keyPem}${broken}`, { format: 'pem', source: SOURCE }), 'corrupt');
});

test('the parsed certificate never shows its key: JSON, util.inspect and the summary carry the thumbprint only', () => {
    const cert = parseCertificate(`${leaf.keyPem}${leaf.certPem}`, { format: 'pem', source: SOURCE, version: 'abc' });
    const json = JSON.stringify(cert);
    const shown = inspect(cert, { depth: 10, showHidden: true });
    for (const text of [json, shown, JSON.stringify(cert.summary())]) {
        assert.doesNotMatch(text, /PRIVATE KEY/);
        assert.ok(text.includes(cert.thumbprint));
    }
    assert.equal(JSON.parse(json).version, 'abc');
    assert.match(cert.key, /PRIVATE KEY/);
});

test('an EC certificate and key (OpenSSL-made PFX and PEM) are read too', { skip: !opensslAvailable() && 'openssl not available' }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-certs-ec-'));
    try {
        const key = path.join(dir, 'key.pem');
        const crt = path.join(dir, 'cert.pem');
        const pfx = path.join(dir, 'cert.pfx');
        execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', crt, '-subj', '/CN=ec-test', '-days', '2'], { stdio: 'ignore' });
        execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', crt, '-out', pfx, '-passout', 'pass:'], { stdio: 'ignore' });
        const certPem = readFileSync(crt, 'utf8');
        const fromPfx = parseCertificate(readFileSync(pfx), { format: 'pfx', source: SOURCE });
        const fromPem = parseCertificate(`${readFileSync(key, 'utf8')}${certPem}`, { format: 'pem', source: SOURCE });
        assert.equal(fromPfx.thumbprint, fingerprint(certPem));
        assert.equal(fromPem.thumbprint, fingerprint(certPem));
        assert.equal(fromPfx.subject, 'CN=ec-test');
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
