import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { createAppServices } from '../../src/app/createAppServices';
import { CERTIFICATE_SETTINGS } from '../../src/certs/certificateSettings';
import { AsmError } from '../../src/client/errors/AsmError';
import { ConfigError } from '../../src/config/ConfigError';
import { DEFAULT_WAIT_MAX_SECONDS, loadConfig, SETTING_NAMES } from '../../src/config/loadConfig';
import { STORAGE_SETTINGS } from '../../src/config/loadStorageConfig';

const dir = mkdtempSync(path.join(os.tmpdir(), 'facade-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const caFile = path.join(dir, 'ca.pem');
writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
const notPem = path.join(dir, 'not.pem');
writeFileSync(notPem, 'hello');

const SUB = '0BED3594-A6F0-4273-866C-62AF3AEB887A';
const BASE = { ASM_SUBSCRIPTION_ID: SUB, ASM_CERT_FILE: '/certs/mgmt.pfx', AzureWebJobsStorage: 'UseDevelopmentStorage=true' };

function issues(env: Record<string, string>): { setting: string; message: string }[] {
    try {
        loadConfig(env);
    } catch (err) {
        assert.ok(err instanceof ConfigError);
        return [...err.issues];
    }
    assert.fail('expected a ConfigError');
}

test('a minimal configuration: defaults, lower-case subscription, Azurite expansion', () => {
    const c = loadConfig(BASE);
    assert.equal(c.subscriptionId, SUB.toLowerCase());
    assert.equal(c.endpoint, 'https://management.core.windows.net');
    assert.equal(c.waitMaxSeconds, DEFAULT_WAIT_MAX_SECONDS);
    assert.equal(c.ca, undefined);
    assert.deepEqual(c.certificate, { kind: 'file', path: '/certs/mgmt.pfx', cacheTtlMs: 30 * 60_000 });
    assert.equal(c.storage.kind, 'connectionString');
    assert.ok(c.storage.kind === 'connectionString' && c.storage.development && c.storage.accountName === 'devstoreaccount1');
    assert.match(c.storage.kind === 'connectionString' ? c.storage.connectionString : '', /QueueEndpoint=http:\/\/127\.0\.0\.1:10001\/devstoreaccount1;/);
});

test('every setting is read: endpoint, CA file, Key Vault certificate, wait bound', () => {
    const c = loadConfig({
        ...BASE,
        ASM_CERT_FILE: '',
        ASM_CERT_KEY_VAULT_URL: 'https://my-vault.vault.azure.net/',
        ASM_CERT_NAME: 'asm-mgmt',
        ASM_ENDPOINT: 'https://127.0.0.1:8443/',
        ASM_CA_FILE: caFile,
        ASM_WAIT_MAX_SECONDS: '60',
    });
    assert.equal(c.endpoint, 'https://127.0.0.1:8443');
    assert.match(c.ca ?? '', /BEGIN CERTIFICATE/);
    assert.equal(c.certificate.kind, 'keyVault');
    assert.equal(c.waitMaxSeconds, 60);
});

test('every missing or invalid setting is named in one ConfigError, in order', () => {
    assert.deepEqual(issues({}).map((i) => i.setting), ['ASM_SUBSCRIPTION_ID', 'ASM_CERT_KEY_VAULT_URL', 'AzureWebJobsStorage']);
    const found = issues({
        ASM_SUBSCRIPTION_ID: 'my-subscription',
        ASM_ENDPOINT: 'http://management.core.windows.net',
        ASM_CA_FILE: path.join(dir, 'missing.pem'),
        ASM_CERT_KEY_VAULT_URL: 'https://v.vault.azure.net',
        ASM_CERT_NAME: 'bad name!',
        AzureWebJobsStorage: 'AccountKey=c2VjcmV0IGtleQ==',
        ASM_WAIT_MAX_SECONDS: '230',
    });
    assert.deepEqual(found.map((i) => i.setting), ['ASM_SUBSCRIPTION_ID', 'ASM_ENDPOINT', 'ASM_CA_FILE', 'ASM_CERT_NAME', 'AzureWebJobsStorage', 'ASM_WAIT_MAX_SECONDS']);
    let error: unknown;
    try {
        loadConfig({ ...BASE, AzureWebJobsStorage: 'AccountKey=c2VjcmV0IGtleQ==', ASM_ENDPOINT: 'ftp://x' });
    } catch (err) {
        error = err;
    }
    assert.ok(error instanceof ConfigError && error instanceof AsmError);
    assert.equal(error.code, 'ASM_CONFIG_ERROR');
    assert.equal(error.setting, 'ASM_ENDPOINT');
    assert.ok(!error.message.includes('c2VjcmV0IGtleQ==') && !error.message.includes('ftp://x'), 'values never appear');
    assert.deepEqual(issues({ ...BASE, ASM_CA_FILE: notPem }).map((i) => i.message), ['holds no PEM certificate.']);
    for (const bad of ['0', '-1', '1.5', 'abc', '221']) assert.equal(issues({ ...BASE, ASM_WAIT_MAX_SECONDS: bad })[0]?.setting, 'ASM_WAIT_MAX_SECONDS', bad);
});

test('AzureWebJobsStorage: connection strings, the development proxy, identity-based settings', () => {
    const cs = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    const c = loadConfig({ ...BASE, AzureWebJobsStorage: cs }).storage;
    assert.deepEqual(c, { kind: 'connectionString', connectionString: cs, development: false, accountName: 'acct' });
    const proxy = loadConfig({ ...BASE, AzureWebJobsStorage: 'UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://azurite' }).storage;
    assert.match(proxy.kind === 'connectionString' ? proxy.connectionString : '', /QueueEndpoint=http:\/\/azurite:10001\//);

    const identity = loadConfig({ ASM_SUBSCRIPTION_ID: SUB, ASM_CERT_FILE: 'x.pem', AzureWebJobsStorage__accountName: 'acct', AzureWebJobsStorage__credential: 'managedidentity', AzureWebJobsStorage__clientId: 'cid' }).storage;
    assert.deepEqual(identity, {
        kind: 'identity',
        queueServiceUrl: 'https://acct.queue.core.windows.net',
        tableServiceUrl: 'https://acct.table.core.windows.net',
        blobServiceUrl: 'https://acct.blob.core.windows.net',
        credential: 'managedidentity',
        clientId: 'cid',
    });
    const explicit = loadConfig({ ASM_SUBSCRIPTION_ID: SUB, ASM_CERT_FILE: 'x.pem', AzureWebJobsStorage__queueServiceUri: 'https://q.example.net/' }).storage;
    assert.deepEqual(explicit, { kind: 'identity', queueServiceUrl: 'https://q.example.net' });
    assert.equal(issues({ ASM_SUBSCRIPTION_ID: SUB, ASM_CERT_FILE: 'x', AzureWebJobsStorage__accountName: 'Bad_Name' })[0]?.setting, 'AzureWebJobsStorage__accountName');
    assert.equal(issues({ ASM_SUBSCRIPTION_ID: SUB, ASM_CERT_FILE: 'x', AzureWebJobsStorage__accountName: 'acct', AzureWebJobsStorage__credential: 'password' })[0]?.setting, 'AzureWebJobsStorage__credential');
    assert.equal(issues({ ...BASE, AzureWebJobsStorage: 'not a connection string' })[0]?.setting, 'AzureWebJobsStorage');
});

test('SETTING_NAMES lists every setting the code reads, once', () => {
    assert.equal(new Set(SETTING_NAMES).size, SETTING_NAMES.length);
    for (const name of ['ASM_SUBSCRIPTION_ID', 'ASM_ENDPOINT', 'ASM_CA_FILE', 'ASM_WAIT_MAX_SECONDS', ...Object.values(CERTIFICATE_SETTINGS), ...Object.values(STORAGE_SETTINGS)]) {
        assert.ok(SETTING_NAMES.includes(name), name);
    }
    // every setting an issue can name is listed
    for (const issue of [...issues({}), ...issues({ ...BASE, ASM_ENDPOINT: 'x', ASM_CA_FILE: '/nope', ASM_WAIT_MAX_SECONDS: 'x', ASM_CERT_CACHE_TTL_MINUTES: '-1' })]) {
        assert.ok(SETTING_NAMES.includes(issue.setting), issue.setting);
    }
});

test('the composition root builds lazily, once, and repeats the same configuration error', () => {
    const services = createAppServices({ env: {} });
    let first: unknown;
    assert.throws(() => services.client(), (err) => {
        first = err;
        return err instanceof ConfigError;
    });
    assert.throws(() => services.config(), (err) => err === first, 'read once: the same error');
    const ok = createAppServices({ env: BASE });
    assert.equal(ok.config(), ok.config(), 'read once: the same object');
    assert.equal(ok.operationStatusReader(), ok.operationStatusReader());
});
