import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CertificateError } from '../../src/certs/errors/CertificateError';
import { mapKeyVaultError } from '../../src/certs/mapKeyVaultError';

const SOURCE = "Key Vault secret 'asm-mgmt' in https://contoso.vault.azure.net";

function mapped(err: unknown): CertificateError {
    const out = mapKeyVaultError(err, SOURCE);
    assert.ok(out instanceof CertificateError);
    return out;
}

test('aborts pass through unchanged; CertificateErrors are kept', () => {
    const abort = new Error('The operation was aborted.');
    abort.name = 'AbortError';
    assert.equal(mapKeyVaultError(abort, SOURCE), abort);
    const own = new CertificateError({ reason: 'corrupt', source: SOURCE, message: 'x' });
    assert.equal(mapKeyVaultError(own, SOURCE), own);
});

test('statuses: 429 and 5xx are vaultUnavailable, other unexpected statuses vaultError, 401 vaultAuthFailed', () => {
    // The shape of @azure/core-rest-pipeline's RestError (what SecretClient throws).
    const rest = (status: number, code: string) => Object.assign(new Error(`status ${status}`), { name: 'RestError', statusCode: status, code });
    assert.equal(mapped(rest(429, 'Throttled')).reason, 'vaultUnavailable');
    assert.equal(mapped(rest(502, 'BadGateway')).reason, 'vaultUnavailable');
    assert.equal(mapped(rest(400, 'BadParameter')).reason, 'vaultError');
    const unauthorized = mapped(rest(401, 'Unauthorized'));
    assert.equal(unauthorized.reason, 'vaultAuthFailed');
    assert.match(unauthorized.message, /refused the access token/);
});

test('the challenge-resource check (a vault URL that is not the vault the challenge names) is vaultAuthFailed', () => {
    const err = mapped(new Error("The challenge resource 'vault.azure.net' does not match the requested domain. Set disableChallengeResourceVerification to true in your client options to disable."));
    assert.equal(err.reason, 'vaultAuthFailed');
    assert.match(err.message, /challenge names another resource/);
});

test('a non-Error is vaultError; identity errors keep only their first telling line', () => {
    assert.equal(mapped('boom').reason, 'vaultError');
    const inner = new Error('ManagedIdentityCredential: Authentication failed. Message bad\nsecond line with details');
    inner.name = 'CredentialUnavailableError';
    const aggregate = Object.assign(new Error('ChainedTokenCredential authentication failed.'), { name: 'AggregateAuthenticationError', errors: [new Error('EnvironmentCredential is unavailable.'), inner] });
    const err = mapped(aggregate);
    assert.equal(err.reason, 'vaultAuthFailed');
    assert.match(err.message, /failed: ManagedIdentityCredential: Authentication failed\. Message bad \(Does the app have a managed identity\?/);
    assert.doesNotMatch(err.message, /second line/);
});
