import path from 'node:path';

import { assertCertificateCurrent } from '../certs/assertCertificateCurrent';
import { CERTIFICATE_SETTINGS, type CertificateSettings, loadCertificateSettings } from '../certs/certificateSettings';
import type { CertificateFetcher } from '../certs/CertificateFetcher';
import { CertificateError } from '../certs/errors/CertificateError';
import { CertificateSettingsError } from '../certs/errors/CertificateSettingsError';
import { FileCertificateFetcher } from '../certs/FileCertificateFetcher';
import type { ManagementCertificate } from '../certs/ManagementCertificate';
import { UsageError } from './UsageError';

type Env = Readonly<Record<string, string | undefined>>;

function isSet(env: Env, name: string): boolean {
    return (env[name]?.trim() ?? '') !== '';
}

type KeyVaultModule = typeof import('../certs/KeyVaultCertificateFetcher');

function fetcherFor(settings: CertificateSettings): CertificateFetcher {
    if (settings.kind === 'file') return new FileCertificateFetcher(settings);
    // Loaded only when used: @azure/identity and the Key Vault client would slow every other start.
    const { KeyVaultCertificateFetcher } = require('../certs/KeyVaultCertificateFetcher') as KeyVaultModule;
    return new KeyVaultCertificateFetcher(settings);
}

/**
 * The management certificate, configured exactly as for the functions (src/certs/certificateSettings.ts):
 * `ASM_CERT_FILE` (PEM with certificate + key, or PFX; `ASM_CERT_PASSWORD`) or Key Vault (`ASM_CERT_KEY_VAULT_URL`
 * + `ASM_CERT_NAME`, read with DefaultAzureCredential). A relative file is resolved against `cwd`.
 *
 * Missing, unreadable, wrong-password, mismatched, expired or not-yet-valid certificates are UsageErrors naming the
 * setting; a vault that cannot be reached right now (CertificateError `transient`) is rethrown as is (exit 1).
 * Messages come from src/certs and never carry key material.
 */
export async function loadCliCertificate(env: Env, cwd: string, now: number = Date.now()): Promise<ManagementCertificate> {
    const s = CERTIFICATE_SETTINGS;
    if (!isSet(env, s.file) && !isSet(env, s.keyVaultUrl) && !isSet(env, s.name)) {
        throw new UsageError(
            `${s.file} is not set: the management certificate, a PEM file (certificate + key) or a PFX (or ${s.keyVaultUrl} + ${s.name} for Key Vault).`,
            '',
        );
    }
    let settings: CertificateSettings;
    try {
        settings = loadCertificateSettings(env);
    } catch (err) {
        if (err instanceof CertificateSettingsError) throw new UsageError(err.message, '');
        throw err;
    }
    if (settings.kind === 'file') settings = { ...settings, path: path.resolve(cwd, settings.path) };
    const setting = settings.kind === 'file' ? s.file : s.name;
    try {
        const certificate = await fetcherFor(settings).fetch();
        assertCertificateCurrent(certificate, now);
        return certificate;
    } catch (err) {
        if (err instanceof CertificateError && !err.transient) throw new UsageError(`${setting}: ${err.message}`, '');
        throw err;
    }
}
