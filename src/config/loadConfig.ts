import { readFileSync } from 'node:fs';

import { CERTIFICATE_SETTINGS, type CertificateSettings, loadCertificateSettings } from '../certs/certificateSettings';
import { CertificateSettingsError } from '../certs/errors/CertificateSettingsError';
import { CLEANUP_SETTINGS } from '../cleanup/policy/cleanupSettingNames';
import { DEFAULT_ENDPOINT } from '../client/AsmClientOptions';
import type { AppConfig, StorageConfig } from './AppConfig';
import { ConfigError, type ConfigIssue } from './ConfigError';
import { loadStorageConfig, STORAGE_SETTINGS } from './loadStorageConfig';

type Env = Readonly<Record<string, string | undefined>>;

/** `?wait=true` holds a request at most this long by default, s: below the platform's 230 s HTTP limit. */
export const DEFAULT_WAIT_MAX_SECONDS = 200;
/** The largest ASM_WAIT_MAX_SECONDS accepted, s (the front end cuts HTTP requests at 230 s). */
export const MAX_WAIT_MAX_SECONDS = 220;

/**
 * The app settings the functions read (for deployment templates and their test): every name, nothing else — those
 * loadConfig validates, then those of the operation tracker (src/tracking/loadTrackingSettings.ts and the sweep
 * timer's schedule) and of the cleanup feature (src/cleanup), which read their own.
 */
export const SETTING_NAMES: readonly string[] = [
    'ASM_SUBSCRIPTION_ID',
    'ASM_ENDPOINT',
    'ASM_CA_FILE',
    ...Object.values(CERTIFICATE_SETTINGS),
    ...Object.values(STORAGE_SETTINGS),
    'ASM_WAIT_MAX_SECONDS',
    'ASM_CALLBACK_SECRET',
    'OPERATION_DEADLINE_MINUTES',
    'OPERATION_SWEEP_STALE_SECONDS',
    'OPERATION_SWEEP_SCHEDULE',
    ...Object.values(CLEANUP_SETTINGS),
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function value(env: Env, name: string): string | undefined {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
}

function fail(setting: string, message: string): never {
    throw new ConfigError([{ setting, message }]);
}

function subscriptionId(env: Env): string {
    const raw = value(env, 'ASM_SUBSCRIPTION_ID');
    if (raw === undefined) fail('ASM_SUBSCRIPTION_ID', 'is not set: the id (a GUID) of the subscription to manage.');
    if (!GUID.test(raw)) fail('ASM_SUBSCRIPTION_ID', 'must be a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000).');
    return raw.toLowerCase();
}

function endpoint(env: Env): string {
    const raw = value(env, 'ASM_ENDPOINT');
    if (raw === undefined) return DEFAULT_ENDPOINT;
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        return fail('ASM_ENDPOINT', 'must be an https URL, like https://management.core.windows.net.');
    }
    if (url.protocol !== 'https:') fail('ASM_ENDPOINT', 'must be an https URL (ASM authenticates with a client certificate over TLS).');
    if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') fail('ASM_ENDPOINT', 'must carry no credentials, query or fragment.');
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function ca(env: Env): string | undefined {
    const file = value(env, 'ASM_CA_FILE');
    if (file === undefined) return undefined;
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        return fail('ASM_CA_FILE', `cannot be read${code === undefined ? '' : ` (${code})`}.`);
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----')) fail('ASM_CA_FILE', 'holds no PEM certificate.');
    return text;
}

function waitMaxSeconds(env: Env): number {
    const raw = value(env, 'ASM_WAIT_MAX_SECONDS');
    if (raw === undefined) return DEFAULT_WAIT_MAX_SECONDS;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1 || n > MAX_WAIT_MAX_SECONDS) {
        fail('ASM_WAIT_MAX_SECONDS', `must be a whole number of seconds from 1 to ${MAX_WAIT_MAX_SECONDS} (HTTP requests are cut at 230 s).`);
    }
    return n;
}

/** Runs one reader, turning its ConfigError / CertificateSettingsError into issues so every problem is reported. */
function collect<T>(issues: ConfigIssue[], read: () => T): T | undefined {
    try {
        return read();
    } catch (err) {
        if (err instanceof ConfigError) issues.push(...err.issues);
        else if (err instanceof CertificateSettingsError) issues.push({ setting: err.setting, message: err.message.replace(`${err.setting}: `, '') });
        else throw err;
        return undefined;
    }
}

/**
 * Reads and validates the app settings once: the subscription, the ASM endpoint and extra CA, the management
 * certificate (src/certs/certificateSettings.ts), the storage account (AzureWebJobsStorage) and the wait bound.
 * Throws one ConfigError listing every missing or invalid setting by name (never by value).
 */
export function loadConfig(env: Env = process.env): AppConfig {
    const issues: ConfigIssue[] = [];
    const sub = collect(issues, () => subscriptionId(env));
    const url = collect(issues, () => endpoint(env));
    const caPem = collect(issues, () => ca(env));
    const certificate = collect<CertificateSettings>(issues, () => loadCertificateSettings(env));
    const storage = collect<StorageConfig>(issues, () => loadStorageConfig(env));
    const wait = collect(issues, () => waitMaxSeconds(env));
    const [first, ...rest] = issues;
    if (first !== undefined) throw new ConfigError([first, ...rest]);
    return {
        subscriptionId: sub!,
        endpoint: url!,
        ...(caPem === undefined ? {} : { ca: caPem }),
        certificate: certificate!,
        storage: storage!,
        waitMaxSeconds: wait!,
    };
}
