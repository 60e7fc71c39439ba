import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { CertificateError } from '../../src/certs/errors/CertificateError';
import { startVaultDoubles, type VaultDoubles } from '../doubles/startVaultDoubles';
import { assertNoSecrets, pfxSecret } from './fixtures/secretValues';
import { makeCertificate } from './fixtures/testCertificates';

// Its own file (own process): MSAL keeps the managed-identity source and its tokens per process, and these tests
// need an identity endpoint that never handed out a token.
let d: VaultDoubles;
let secretValue: string;

before(async () => {
    d = await startVaultDoubles();
    const leaf = await makeCertificate({ commonName: 'asm identity failure', key: 'leaf' });
    secretValue = pfxSecret(leaf).value;
    d.vault.setSecret('asm-mgmt', pfxSecret(leaf));
});
after(() => d.close());

async function authFailure(): Promise<CertificateError> {
    let caught: unknown;
    await d
        .source('asm-mgmt')
        .get()
        .catch((err: unknown) => (caught = err));
    assert.ok(caught instanceof CertificateError, `expected a CertificateError, got ${String(caught)}`);
    assert.equal(caught.reason, 'vaultAuthFailed', caught.message);
    assert.equal(caught.transient, true);
    assert.match(caught.message, /^Key Vault secret 'asm-mgmt' in https:\/\/127\.0\.0\.1:\d+: no access token for Key Vault: DefaultAzureCredential \(managed identity in Azure\) failed: /);
    assertNoSecrets(caught, [secretValue, d.identity.header]);
    // The vault only ever saw the unauthenticated challenge round trip.
    assert.ok(d.vault.requests.every((r) => r.auth === 'none'));
    return caught;
}

test('the identity endpoint answering 500: vaultAuthFailed naming the managed identity', async () => {
    d.identity.failNext(500, 10);
    const err = await authFailure();
    assert.match(err.message, /ManagedIdentityCredential/);
    assert.ok(d.identity.requests.length >= 1);
    assert.ok(d.identity.requests.every((r) => r.status === 500 && r.headerOk));
});

test('the identity endpoint down (connection refused): vaultAuthFailed naming the managed identity', async () => {
    await d.identity.close();
    const err = await authFailure();
    assert.match(err.message, /ManagedIdentityCredential/);
    assert.match(err.message, /Network unreachable/);
});
