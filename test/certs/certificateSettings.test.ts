import assert from 'node:assert/strict';
import { test } from 'node:test';

import { loadCertificateSettings } from '../../src/certs/certificateSettings';
import { CertificateSettingsError } from '../../src/certs/errors/CertificateSettingsError';
import { isLoopbackHost } from '../../src/certs/isLoopbackHost';
import { secretClientOptionsFor } from '../../src/certs/KeyVaultCertificateFetcher';

const VAULT = 'https://contoso-asm.vault.azure.net';

function rejects(env: Record<string, string>, setting: string, pattern?: RegExp): void {
    assert.throws(
        () => loadCertificateSettings(env),
        (err: unknown) => {
            assert.ok(err instanceof CertificateSettingsError);
            assert.equal(err.setting, setting);
            assert.equal(err.code, 'ASM_CONFIG_ERROR');
            assert.ok(err.message.startsWith(`${setting}: `), err.message);
            if (pattern) assert.match(err.message, pattern);
            for (const value of Object.values(env)) {
                if (value.length > 3 && value !== VAULT) assert.ok(!err.message.includes(value), `message echoes a value: ${err.message}`);
            }
            return true;
        },
    );
}

test('Key Vault settings: URL normalized to its origin, name, optional version, password, TTL default 30 min', () => {
    assert.deepEqual(loadCertificateSettings({ ASM_CERT_KEY_VAULT_URL: `${VAULT}/`, ASM_CERT_NAME: 'asm-mgmt' }), {
        kind: 'keyVault',
        vaultUrl: VAULT,
        certificateName: 'asm-mgmt',
        cacheTtlMs: 30 * 60_000,
    });
    assert.deepEqual(
        loadCertificateSettings({
            ASM_CERT_KEY_VAULT_URL: ` ${VAULT} `,
            ASM_CERT_NAME: 'asm-mgmt',
            ASM_CERT_VERSION: '0123456789abcdef0123456789ABCDEF',
            ASM_CERT_PASSWORD: ' with spaces ',
            ASM_CERT_CACHE_TTL_MINUTES: '5',
        }),
        {
            kind: 'keyVault',
            vaultUrl: VAULT,
            certificateName: 'asm-mgmt',
            version: '0123456789abcdef0123456789ABCDEF',
            password: ' with spaces ',
            cacheTtlMs: 5 * 60_000,
        },
    );
});

test('file settings: ASM_CERT_FILE with an optional password; empty values count as unset', () => {
    assert.deepEqual(loadCertificateSettings({ ASM_CERT_FILE: '/secrets/mgmt.pfx', ASM_CERT_PASSWORD: 'pw', ASM_CERT_KEY_VAULT_URL: '', ASM_CERT_NAME: '  ' }), {
        kind: 'file',
        path: '/secrets/mgmt.pfx',
        password: 'pw',
        cacheTtlMs: 30 * 60_000,
    });
});

test('missing, conflicting and invalid settings are named (and their values never echoed)', () => {
    rejects({}, 'ASM_CERT_KEY_VAULT_URL', /ASM_CERT_FILE/);
    rejects({ ASM_CERT_NAME: 'asm-mgmt' }, 'ASM_CERT_KEY_VAULT_URL', /not set/);
    rejects({ ASM_CERT_KEY_VAULT_URL: VAULT }, 'ASM_CERT_NAME', /not set/);
    rejects({ ASM_CERT_VERSION: '0123456789abcdef0123456789abcdef' }, 'ASM_CERT_KEY_VAULT_URL');
    rejects({ ASM_CERT_KEY_VAULT_URL: VAULT, ASM_CERT_NAME: 'asm-mgmt', ASM_CERT_FILE: '/x.pem' }, 'ASM_CERT_FILE', /either/);
    rejects({ ASM_CERT_KEY_VAULT_URL: 'http://contoso.vault.azure.net', ASM_CERT_NAME: 'a' }, 'ASM_CERT_KEY_VAULT_URL', /https/);
    rejects({ ASM_CERT_KEY_VAULT_URL: 'contoso-vault', ASM_CERT_NAME: 'a' }, 'ASM_CERT_KEY_VAULT_URL');
    rejects({ ASM_CERT_KEY_VAULT_URL: `${VAULT}/secrets/asm-mgmt`, ASM_CERT_NAME: 'a' }, 'ASM_CERT_KEY_VAULT_URL', /no path/);
    rejects({ ASM_CERT_KEY_VAULT_URL: VAULT, ASM_CERT_NAME: 'asm_mgmt!' }, 'ASM_CERT_NAME', /letters, digits and hyphens/);
    rejects({ ASM_CERT_KEY_VAULT_URL: VAULT, ASM_CERT_NAME: 'a', ASM_CERT_VERSION: 'v1-not-hex' }, 'ASM_CERT_VERSION');
    rejects({ ASM_CERT_FILE: '/x.pem', ASM_CERT_CACHE_TTL_MINUTES: '0' }, 'ASM_CERT_CACHE_TTL_MINUTES');
    rejects({ ASM_CERT_FILE: '/x.pem', ASM_CERT_CACHE_TTL_MINUTES: 'soon' }, 'ASM_CERT_CACHE_TTL_MINUTES');
});

test('loopback hosts: localhost, 127/8 and [::1] only', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '[::1]', 'localhost.']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['contoso.vault.azure.net', 'localhost.contoso.com', '127.0.0.1.nip.io', '10.0.0.1', '[::2]', '128.0.0.1', '127.0.0.300']) {
        assert.equal(isLoopbackHost(host), false, host);
    }
});

test('challenge-resource verification stays on for real vault hosts and is relaxed only for loopback ones', () => {
    assert.equal(secretClientOptionsFor(VAULT).disableChallengeResourceVerification, false);
    assert.equal(secretClientOptionsFor('https://contoso.vault.usgovcloudapi.net').disableChallengeResourceVerification, false);
    assert.equal(secretClientOptionsFor('https://localhost.evil.example').disableChallengeResourceVerification, false);
    assert.equal(secretClientOptionsFor('https://localhost:8443').disableChallengeResourceVerification, true);
    assert.equal(secretClientOptionsFor('https://127.0.0.1:8443').disableChallengeResourceVerification, true);
    assert.equal(secretClientOptionsFor('https://[::1]:8443').disableChallengeResourceVerification, true);
    // Callers cannot switch it off through the extra options either.
    const sneaky = { disableChallengeResourceVerification: true } as unknown as Parameters<typeof secretClientOptionsFor>[1];
    assert.equal(secretClientOptionsFor(VAULT, sneaky).disableChallengeResourceVerification, false);
});
