import type { StorageConfig } from './AppConfig';
import { ConfigError } from './ConfigError';

type Env = Readonly<Record<string, string | undefined>>;

/** The setting names the storage account is configured by (Functions' own convention). */
export const STORAGE_SETTINGS = {
    connection: 'AzureWebJobsStorage',
    accountName: 'AzureWebJobsStorage__accountName',
    queueServiceUri: 'AzureWebJobsStorage__queueServiceUri',
    tableServiceUri: 'AzureWebJobsStorage__tableServiceUri',
    blobServiceUri: 'AzureWebJobsStorage__blobServiceUri',
    credential: 'AzureWebJobsStorage__credential',
    clientId: 'AzureWebJobsStorage__clientId',
} as const;

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function value(env: Env, name: string): string | undefined {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
}

function fail(setting: string, message: string): never {
    throw new ConfigError([{ setting, message }]);
}

/** `k=v;k=v` with case-insensitive keys; values may contain `=` (account keys end with it). */
function parsePairs(text: string): Map<string, string> {
    const pairs = new Map<string, string>();
    for (const part of text.split(';')) {
        if (part.trim() === '') continue;
        const at = part.indexOf('=');
        if (at <= 0) fail(STORAGE_SETTINGS.connection, 'is not a storage connection string (key=value pairs separated by ";").');
        pairs.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
    }
    return pairs;
}

function developmentStorage(pairs: Map<string, string>): StorageConfig {
    const proxy = pairs.get('developmentstorageproxyuri');
    let base = 'http://127.0.0.1';
    if (proxy !== undefined) {
        let url: URL;
        try {
            url = new URL(proxy);
        } catch {
            return fail(STORAGE_SETTINGS.connection, 'has a DevelopmentStorageProxyUri that is not a URL.');
        }
        base = `${url.protocol}//${url.hostname}`;
    }
    const connectionString =
        `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
        `BlobEndpoint=${base}:10000/${DEV_ACCOUNT};QueueEndpoint=${base}:10001/${DEV_ACCOUNT};TableEndpoint=${base}:10002/${DEV_ACCOUNT};`;
    return { kind: 'connectionString', connectionString, development: true, accountName: DEV_ACCOUNT };
}

function checkEndpoint(pairs: Map<string, string>, key: string): void {
    const raw = pairs.get(key);
    if (raw === undefined) return;
    try {
        const url = new URL(raw);
        if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
    } catch {
        fail(STORAGE_SETTINGS.connection, `has a ${key} that is not an http(s) URL.`);
    }
}

function fromConnectionString(text: string): StorageConfig {
    const pairs = parsePairs(text);
    if (pairs.get('usedevelopmentstorage')?.toLowerCase() === 'true') return developmentStorage(pairs);
    for (const key of ['blobendpoint', 'queueendpoint', 'tableendpoint']) checkEndpoint(pairs, key);
    const accountName = pairs.get('accountname');
    const hasKey = pairs.get('accountkey') !== undefined && pairs.get('accountkey') !== '';
    const hasSas = pairs.get('sharedaccesssignature') !== undefined && pairs.get('sharedaccesssignature') !== '';
    if (hasKey && (accountName === undefined || accountName === '')) fail(STORAGE_SETTINGS.connection, 'has an AccountKey but no AccountName.');
    if (!hasKey && !hasSas) fail(STORAGE_SETTINGS.connection, 'needs AccountName and AccountKey, a SharedAccessSignature, or UseDevelopmentStorage=true.');
    if (hasSas && !hasKey && pairs.get('queueendpoint') === undefined && accountName === undefined) {
        fail(STORAGE_SETTINGS.connection, 'with a SharedAccessSignature needs a QueueEndpoint (or AccountName).');
    }
    const queueHost = pairs.get('queueendpoint');
    const name = accountName ?? (queueHost === undefined ? 'unknown' : new URL(queueHost).hostname.split('.')[0] ?? 'unknown');
    return { kind: 'connectionString', connectionString: text, development: false, accountName: name };
}

function serviceUri(env: Env, setting: string): string | undefined {
    const raw = value(env, setting);
    if (raw === undefined) return undefined;
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        return fail(setting, 'must be a service URL, like https://<account>.queue.core.windows.net.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(setting, 'must be an http(s) URL.');
    if (url.username !== '' || url.password !== '' || url.search !== '') fail(setting, 'must carry no credentials or query (identity-based connections use the managed identity).');
    return url.href.replace(/\/+$/, '');
}

function fromIdentity(env: Env): StorageConfig {
    const s = STORAGE_SETTINGS;
    const account = value(env, s.accountName);
    if (account !== undefined && !/^[a-z0-9]{3,24}$/.test(account)) fail(s.accountName, 'must be a storage account name: 3-24 lower-case letters and digits.');
    const derived = (service: string): string | undefined => (account === undefined ? undefined : `https://${account}.${service}.core.windows.net`);
    const queueServiceUrl = serviceUri(env, s.queueServiceUri) ?? derived('queue');
    if (queueServiceUrl === undefined) {
        return fail(s.connection, `is not set: set it to a connection string (UseDevelopmentStorage=true for Azurite), or use an identity-based connection with ${s.accountName} or ${s.queueServiceUri}.`);
    }
    const tableServiceUrl = serviceUri(env, s.tableServiceUri) ?? derived('table');
    const blobServiceUrl = serviceUri(env, s.blobServiceUri) ?? derived('blob');
    const credential = value(env, s.credential);
    if (credential !== undefined && credential.toLowerCase() !== 'managedidentity') fail(s.credential, 'must be "managedidentity" when set.');
    const clientId = value(env, s.clientId);
    return {
        kind: 'identity',
        queueServiceUrl,
        ...(tableServiceUrl === undefined ? {} : { tableServiceUrl }),
        ...(blobServiceUrl === undefined ? {} : { blobServiceUrl }),
        ...(credential === undefined ? {} : { credential: 'managedidentity' as const }),
        ...(clientId === undefined ? {} : { clientId }),
    };
}

/**
 * Reads the Function App's storage connection the way the Functions host does: `AzureWebJobsStorage` as a
 * connection string (with `UseDevelopmentStorage=true` expanded to Azurite's account on 127.0.0.1), or, when it is
 * unset, the identity-based `AzureWebJobsStorage__*` settings. Throws ConfigError naming the setting, never its value.
 */
export function loadStorageConfig(env: Env): StorageConfig {
    const connection = value(env, STORAGE_SETTINGS.connection);
    return connection === undefined ? fromIdentity(env) : fromConnectionString(connection);
}
