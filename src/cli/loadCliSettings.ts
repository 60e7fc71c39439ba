import { readFileSync } from 'node:fs';
import path from 'node:path';

import { CERTIFICATE_SETTINGS } from '../certs/certificateSettings';
import type { ClientCertificate } from '../client/transport/ClientCertificate';
import { loadCliCertificate } from './loadCliCertificate';
import { UsageError } from './UsageError';

/** The settings the CLI shares with the functions, read from the environment. */
export interface CliSettings {
    readonly subscriptionId: string;
    /** ASM_ENDPOINT; the client's default (`https://management.core.windows.net`) when unset. */
    readonly endpoint?: string;
    readonly certificate: ClientCertificate;
    /** ASM_CA_FILE: extra CA certificates to trust (the emulator's `ca.pem`). */
    readonly ca?: string;
}

/** The environment variables, with what each holds (for help). */
export const SETTINGS: Readonly<Record<string, string>> = {
    ASM_SUBSCRIPTION_ID: 'the subscription id to call',
    [CERTIFICATE_SETTINGS.file]: 'the management certificate: PEM (certificate + key in one file) or PKCS#12 (.pfx)',
    [CERTIFICATE_SETTINGS.password]: 'password of the PFX, or of an encrypted PEM key (optional)',
    ASM_ENDPOINT: 'the ASM endpoint (default https://management.core.windows.net)',
    ASM_CA_FILE: 'extra CA certificates to trust, PEM (optional; the emulator’s ca.pem)',
    [CERTIFICATE_SETTINGS.keyVaultUrl]: `instead of ${CERTIFICATE_SETTINGS.file}: the Key Vault holding the certificate (read with DefaultAzureCredential: az login)`,
    [CERTIFICATE_SETTINGS.name]: `with ${CERTIFICATE_SETTINGS.keyVaultUrl}: the Key Vault certificate name`,
};

type Env = Readonly<Record<string, string | undefined>>;

function setting(env: Env, name: string): string | undefined {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
}

/**
 * Reads ASM_SUBSCRIPTION_ID, ASM_ENDPOINT, ASM_CA_FILE and the certificate settings the functions use
 * (ASM_CERT_FILE + ASM_CERT_PASSWORD, or Key Vault: see loadCliCertificate); relative paths are resolved against
 * `cwd`. A missing or unusable setting is a UsageError naming it; certificate material never appears in a message.
 */
export async function loadCliSettings(env: Env, cwd: string): Promise<CliSettings> {
    const subscriptionId = setting(env, 'ASM_SUBSCRIPTION_ID');
    if (subscriptionId === undefined) throw new UsageError('ASM_SUBSCRIPTION_ID is not set: the id of the subscription to call.', '');
    const certificate: ClientCertificate = await loadCliCertificate(env, cwd);
    const endpoint = setting(env, 'ASM_ENDPOINT');
    const caSetting = setting(env, 'ASM_CA_FILE');
    let ca: string | undefined;
    if (caSetting !== undefined) {
        const caFile = path.resolve(cwd, caSetting);
        try {
            ca = readFileSync(caFile, 'utf8');
        } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            throw new UsageError(`ASM_CA_FILE: cannot read ${caFile}${code === undefined ? '' : ` (${code})`}.`, '');
        }
        if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new UsageError(`ASM_CA_FILE: ${caFile} holds no PEM certificate.`, '');
    }
    return { subscriptionId, certificate, ...(endpoint === undefined ? {} : { endpoint }), ...(ca === undefined ? {} : { ca }) };
}
