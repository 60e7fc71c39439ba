import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { after, before, test } from 'node:test';

import { loadCertificateSettings } from '../../src/certs/certificateSettings';
import type { CertificateLogEvent } from '../../src/certs/CertificateLogEvent';
import { createCertificateSource } from '../../src/certs/createCertificateSource';
import { CertificateError, type CertificateErrorReason } from '../../src/certs/errors/CertificateError';
import type { KeyAndCertificate } from '../../src/emulator/certs/KeyAndCertificate';
import { startKeyVaultDouble } from '../doubles/startKeyVaultDouble';
import { startVaultDoubles, type VaultDoubles } from '../doubles/startVaultDoubles';
import { assertNoSecrets, pemSecret, pfxSecret } from './fixtures/secretValues';
import { makeCertificate, makeChain } from './fixtures/testCertificates';

const DAY = 24 * 60 * 60 * 1000;
let d: VaultDoubles;
let leaf: KeyAndCertificate;
let other: KeyAndCertificate;
let chain: Awaited<ReturnType<typeof makeChain>>;
const logs: CertificateLogEvent[] = [];
/** Every secret value and password stored in the vault, for the no-leak checks. */
const secrets: string[] = [];
let counter = 0;

before(async () => {
    d = await startVaultDoubles();
    [leaf, other, chain] = await Promise.all([makeCertificate({ commonName: 'asm kv management', key: 'leaf' }), makeCertificate({ commonName: 'asm kv other', key: 'other' }), makeChain('asm kv chained')]);
    secrets.push(leaf.keyPem, other.keyPem, chain.leaf.keyPem);
});
after(() => d.close());

function thumb(pem: string): string {
    return new X509Certificate(pem).fingerprint.replace(/:/g, '');
}

/** A fresh secret name per test, holding `versions` in order. */
function store(...versions: Parameters<VaultDoubles['vault']['setSecret']>[1][]): { name: string; ids: string[] } {
    const name = `asm-mgmt-${++counter}`;
    const ids = versions.map((v) => {
        secrets.push(v.value);
        return d.vault.setSecret(name, v);
    });
    return { name, ids };
}

function source(name: string, extra: Record<string, string> = {}, deps: Parameters<VaultDoubles['source']>[2] = {}) {
    if (extra['ASM_CERT_PASSWORD'] !== undefined) secrets.push(extra['ASM_CERT_PASSWORD']);
    return d.source(name, extra, { log: (e) => logs.push(e), ...deps });
}

async function rejectsWith(promise: Promise<unknown>, reason: CertificateErrorReason, name: string, vaultUrl = d.vault.url): Promise<CertificateError> {
    let caught: unknown;
    await promise.then(
        () => undefined,
        (err: unknown) => (caught = err),
    );
    assert.ok(caught instanceof CertificateError, `expected a CertificateError, got ${String(caught)}`);
    assert.equal(caught.reason, reason, caught.message);
    assert.ok(caught.message.startsWith(`Key Vault secret '${name}'`), caught.message);
    assert.ok(caught.message.includes(` in ${vaultUrl}`), caught.message);
    assertNoSecrets(caught, secrets);
    return caught;
}

test('PFX (modern) backing secret: the real SecretClient + DefaultAzureCredential go through the challenge and the App Service identity endpoint', async () => {
    const { name, ids } = store(pfxSecret(leaf, 'modern'));
    const cert = await source(name).get();
    assert.equal(cert.thumbprint, thumb(leaf.certPem));
    assert.equal(cert.version, ids[0]);
    assert.equal(cert.source, `Key Vault secret '${name}' in ${d.vault.url} (version ${ids[0]})`);
    assert.match(cert.key, /^-----BEGIN PRIVATE KEY-----/);

    const reads = d.vault.requests.filter((r) => r.name === name);
    assert.deepEqual(
        reads.map((r) => [r.method, r.path, r.auth, r.status]),
        [
            ['GET', `/secrets/${name}/`, 'none', 401],
            ['GET', `/secrets/${name}/`, 'valid', 200],
        ],
    );
    assert.ok(reads.every((r) => r.apiVersion === '2025-07-01'));
    assert.ok(d.identity.requests.length >= 1, 'a token was asked of the identity endpoint');
    for (const r of d.identity.requests) {
        assert.equal(r.method, 'GET');
        assert.equal(r.path, '/msi/token');
        assert.equal(r.headerOk, true, 'X-IDENTITY-HEADER carried IDENTITY_HEADER');
        assert.deepEqual(r.query, { 'api-version': '2019-08-01', resource: 'https://vault.azure.net' });
        assert.equal(r.status, 200);
    }
});

test('PFX (legacy RC2/3DES, SHA-1 MAC) backing secret', async () => {
    const { name } = store(pfxSecret(leaf, 'legacy'));
    assert.equal((await source(name).get()).thumbprint, thumb(leaf.certPem));
});

test('PEM backing secret (key + certificate chain): leaf picked by its key, chain kept in order', async () => {
    const { name } = store(pemSecret(chain.leaf, [chain.intermediate.certPem, chain.root.certPem]));
    const cert = await source(name).get();
    assert.equal(cert.thumbprint, thumb(chain.leaf.certPem));
    assert.deepEqual(cert.chain.map(thumb), [thumb(chain.intermediate.certPem), thumb(chain.root.certPem)]);
});

test('a PFX protected by ASM_CERT_PASSWORD opens with it; without it the error is wrongPassword', async () => {
    const password = 'kv-pfx-password-123';
    const { name } = store(pfxSecret(leaf, 'modern', { password }));
    assert.equal((await source(name, { ASM_CERT_PASSWORD: password }).get()).thumbprint, thumb(leaf.certPem));
    const err = await rejectsWith(source(name).get(), 'wrongPassword', name);
    assert.match(err.message, /empty password/);
});

test('versions: the latest is read unless ASM_CERT_VERSION pins one', async () => {
    const { name, ids } = store(pfxSecret(leaf), pfxSecret(other));
    const latest = await source(name).get();
    assert.equal(latest.thumbprint, thumb(other.certPem));
    assert.equal(latest.version, ids[1]);
    const pinned = await source(name, { ASM_CERT_VERSION: ids[0]! }).get();
    assert.equal(pinned.thumbprint, thumb(leaf.certPem));
    assert.equal(pinned.version, ids[0]);
    assert.ok(d.vault.requests.some((r) => r.path === `/secrets/${name}/${ids[0]!}` && r.status === 200));
});

test('1,000 calls on one instance make exactly one Key Vault fetch', async () => {
    const { name } = store(pfxSecret(leaf));
    const src = source(name);
    const first = await Promise.all(Array.from({ length: 500 }, () => src.get()));
    for (let i = 0; i < 500; i++) await src.get();
    assert.ok(first.every((c) => c.thumbprint === thumb(leaf.certPem)));
    assert.equal(d.vault.fetches(name), 1);
    assert.equal(d.vault.requests.filter((r) => r.name === name).length, 2, 'one challenge round trip + one read');
});

test('after the TTL the latest version is read again and a rotation is logged', async () => {
    const { name } = store(pfxSecret(leaf));
    let now = Date.now();
    const events: CertificateLogEvent[] = [];
    const src = source(name, {}, { now: () => now, log: (e) => events.push(e) });
    assert.equal((await src.get()).thumbprint, thumb(leaf.certPem));
    d.vault.setSecret(name, pfxSecret(other));
    now += 29 * 60_000;
    assert.equal((await src.get()).thumbprint, thumb(leaf.certPem));
    now += 2 * 60_000;
    assert.equal((await src.get()).thumbprint, thumb(other.certPem));
    assert.equal(d.vault.fetches(name), 2);
    assert.ok(events.some((e) => e.type === 'certificateRotated' && e.from === thumb(leaf.certPem) && e.to === thumb(other.certPem)));
});

test('a failed refresh (vault 503) keeps serving the cached certificate; the next try picks up the new one', async () => {
    const { name } = store(pfxSecret(leaf));
    let now = Date.now();
    const events: CertificateLogEvent[] = [];
    const src = source(name, {}, { now: () => now, log: (e) => events.push(e) });
    await src.get();
    d.vault.setSecret(name, pfxSecret(other));
    d.vault.failNext(503);
    now += 31 * 60_000;
    assert.equal((await src.get()).thumbprint, thumb(leaf.certPem));
    const failed = events.find((e) => e.type === 'certificateFetchFailed');
    assert.ok(failed?.type === 'certificateFetchFailed');
    assert.equal(failed.error.reason, 'vaultUnavailable');
    assert.equal(failed.servingThumbprint, thumb(leaf.certPem));
    now += 61_000;
    assert.equal((await src.get()).thumbprint, thumb(other.certPem));
    assertNoSecrets(events, secrets);
});

test('secret missing (404 SecretNotFound), also a missing version', async () => {
    const err = await rejectsWith(source('asm-no-such-secret').get(), 'secretNotFound', 'asm-no-such-secret');
    assert.equal(err.status, 404);
    assert.equal(err.errorCode, 'SecretNotFound');
    assert.match(err.message, /ASM_CERT_NAME/);
    const { name } = store(pfxSecret(leaf));
    await rejectsWith(source(name, { ASM_CERT_VERSION: '0'.repeat(32) }).get(), 'secretNotFound', name);
});

test('secret disabled (403 Forbidden/SecretDisabled "Operation get is not allowed on a disabled secret.")', async () => {
    const { name } = store(pfxSecret(leaf));
    d.vault.setEnabled(name, false);
    const err = await rejectsWith(source(name).get(), 'secretDisabled', name);
    assert.equal(err.status, 403);
    assert.equal(err.errorCode, 'Forbidden/SecretDisabled');
    assert.match(err.message, /Operation get is not allowed on a disabled secret\./);
});

test('access denied (403 ForbiddenByRbac) names the role to grant', async () => {
    const { name } = store(pfxSecret(leaf));
    d.vault.denyAccess(true);
    try {
        const err = await rejectsWith(source(name).get(), 'accessDenied', name);
        assert.equal(err.errorCode, 'Forbidden/ForbiddenByRbac');
        assert.match(err.message, /Key Vault Secrets User/);
    } finally {
        d.vault.denyAccess(false);
    }
});

test('a secret that is not a certificate (wrong or missing content type) is unsupportedContentType', async () => {
    const plain = store({ value: 'just a password', contentType: 'text/plain', managed: false });
    const err = await rejectsWith(source(plain.name).get(), 'unsupportedContentType', plain.name);
    assert.match(err.message, /'text\/plain'.*application\/x-pkcs12 or application\/x-pem-file/);
    const none = store({ value: pfxSecret(leaf).value, managed: false });
    assert.match((await rejectsWith(source(none.name).get(), 'unsupportedContentType', none.name)).message, /no content type/);
});

test('corrupt PFX, PFX/PEM without a private key, key not matching the certificate', async () => {
    const corrupt = store({ value: Buffer.from('this is not a pfx file at all').toString('base64'), contentType: 'application/x-pkcs12' });
    await rejectsWith(source(corrupt.name).get(), 'corrupt', corrupt.name);
    const garbage = store({ value: '%%% not base64 %%%', contentType: 'application/x-pkcs12' });
    await rejectsWith(source(garbage.name).get(), 'corrupt', garbage.name);
    const noKeyPfx = store(pfxSecret(leaf, 'modern', { withoutKey: true }));
    await rejectsWith(source(noKeyPfx.name).get(), 'noPrivateKey', noKeyPfx.name);
    const noKeyPem = store({ value: leaf.certPem, contentType: 'application/x-pem-file' });
    await rejectsWith(source(noKeyPem.name).get(), 'noPrivateKey', noKeyPem.name);
    const mismatch = store({ value: `${other.keyPem}${leaf.certPem}`, contentType: 'application/x-pem-file' });
    const err = await rejectsWith(source(mismatch.name).get(), 'keyMismatch', mismatch.name);
    assert.equal(err.thumbprint, thumb(leaf.certPem));
});

test('an expired or not-yet-valid certificate is refused (expired / notYetValid)', async () => {
    const [expired, future] = await Promise.all([
        makeCertificate({ commonName: 'asm expired', key: 'expired', notBefore: Date.now() - 400 * DAY, notAfter: Date.now() - DAY }),
        makeCertificate({ commonName: 'asm future', key: 'future', notBefore: Date.now() + 2 * DAY, notAfter: Date.now() + 400 * DAY }),
    ]);
    secrets.push(expired.keyPem, future.keyPem);
    const a = store({ ...pfxSecret(expired), expiresOn: Date.now() - DAY });
    const err = await rejectsWith(source(a.name).get(), 'expired', a.name);
    assert.equal(err.thumbprint, thumb(expired.certPem));
    assert.match(err.message, /expired on/);
    const b = store({ ...pfxSecret(future), notBefore: Date.now() + 2 * DAY });
    await rejectsWith(source(b.name).get(), 'notYetValid', b.name);
});

/** A source for a vault other than the shared double, built like the app builds it. */
function sourceAt(vaultUrl: string, name: string) {
    return createCertificateSource(loadCertificateSettings({ ASM_CERT_KEY_VAULT_URL: vaultUrl, ASM_CERT_NAME: name }), {
        secretClientOptions: { agent: d.agent, retryOptions: { maxRetries: 0 } },
        log: (e) => logs.push(e),
    });
}

test('vault unavailable (503, refused connection) is vaultUnavailable, and transient', async () => {
    const { name } = store(pfxSecret(leaf));
    d.vault.failNext(503);
    const err = await rejectsWith(source(name).get(), 'vaultUnavailable', name);
    assert.equal(err.status, 503);
    assert.equal(err.transient, true);

    const gone = await startKeyVaultDouble({ tls: d.serverTls, acceptToken: (t) => d.identity.issued(t) });
    await gone.close();
    const refused = await rejectsWith(sourceAt(gone.url, name).get(), 'vaultUnavailable', name, gone.url);
    assert.equal(refused.errorCode, 'ECONNREFUSED');
    assert.match(refused.message, /cannot be reached \(ECONNREFUSED\)/);
});

test('TLS verification stays on: a vault whose CA is not trusted is vaultUnavailable (certificate verification)', async () => {
    const { name } = store(pfxSecret(leaf));
    const src = createCertificateSource(loadCertificateSettings(d.settingsEnv(name)), { secretClientOptions: { retryOptions: { maxRetries: 0 } } });
    const err = await rejectsWith(src.get(), 'vaultUnavailable', name);
    assert.match(err.message, /TLS verification failed/);
});

test('a vault addressed as https://localhost works: challenge verification is relaxed for loopback hosts only', async () => {
    const local = await startKeyVaultDouble({ tls: d.serverTls, acceptToken: (t) => d.identity.issued(t), hostname: 'localhost' });
    try {
        const secret = pfxSecret(leaf);
        secrets.push(secret.value);
        local.setSecret('asm-local', secret);
        assert.match(local.url, /^https:\/\/localhost:\d+$/);
        assert.equal((await sourceAt(local.url, 'asm-local').get()).thumbprint, thumb(leaf.certPem));
        assert.equal(local.fetches('asm-local'), 1);
    } finally {
        await local.close();
    }
});

test('no log event carries secret material', () => {
    assert.ok(logs.length > 10);
    assertNoSecrets(logs, secrets);
});
