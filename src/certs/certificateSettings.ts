import { CertificateSettingsError } from './errors/CertificateSettingsError';

/** The environment variables (app settings) the certificate is configured by. */
export const CERTIFICATE_SETTINGS = {
    keyVaultUrl: 'ASM_CERT_KEY_VAULT_URL',
    name: 'ASM_CERT_NAME',
    version: 'ASM_CERT_VERSION',
    file: 'ASM_CERT_FILE',
    password: 'ASM_CERT_PASSWORD',
    cacheTtlMinutes: 'ASM_CERT_CACHE_TTL_MINUTES',
} as const;

interface CommonCertificateSettings {
    /** PFX password (Key Vault exports have none), or the password of an encrypted PEM key. */
    readonly password?: string;
    /** How long a fetched certificate is served before reading the source again. */
    readonly cacheTtlMs: number;
}

/** The certificate's backing secret in Key Vault, read with DefaultAzureCredential (managed identity in Azure). */
export interface KeyVaultCertificateSettings extends CommonCertificateSettings {
    readonly kind: 'keyVault';
    /** `https://<vault>.vault.azure.net` (origin only). */
    readonly vaultUrl: string;
    /** The Key Vault certificate name (= its backing secret's name). */
    readonly certificateName: string;
    /** Pins one version; the latest is read when absent (what rotation needs). */
    readonly version?: string;
}

/** A PEM or PFX file (local runs, the emulator). */
export interface FileCertificateSettings extends CommonCertificateSettings {
    readonly kind: 'file';
    readonly path: string;
}

export type CertificateSettings = KeyVaultCertificateSettings | FileCertificateSettings;

export const DEFAULT_CACHE_TTL_MINUTES = 30;
const MAX_CACHE_TTL_MINUTES = 24 * 60;
const NAME = /^[0-9A-Za-z-]{1,127}$/;
const VERSION = /^[0-9A-Fa-f]{32}$/;

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
}

function vaultUrlOf(raw: string): string {
    const setting = CERTIFICATE_SETTINGS.keyVaultUrl;
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        throw new CertificateSettingsError(setting, 'must be the vault URL, like https://<vault-name>.vault.azure.net.');
    }
    if (url.protocol !== 'https:') throw new CertificateSettingsError(setting, 'must be an https:// URL.');
    if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || (url.pathname !== '/' && url.pathname !== '')) {
        throw new CertificateSettingsError(setting, 'must be the vault URL only (no path, query or credentials), like https://<vault-name>.vault.azure.net.');
    }
    return url.origin;
}

function cacheTtlMs(env: Env): number {
    const raw = value(env, CERTIFICATE_SETTINGS.cacheTtlMinutes);
    if (raw === undefined) return DEFAULT_CACHE_TTL_MINUTES * 60_000;
    const minutes = Number(raw);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_CACHE_TTL_MINUTES) {
        throw new CertificateSettingsError(CERTIFICATE_SETTINGS.cacheTtlMinutes, `must be a number of minutes above 0 and at most ${MAX_CACHE_TTL_MINUTES}.`);
    }
    return Math.round(minutes * 60_000);
}

/**
 * Reads and validates the certificate settings:
 * - Key Vault: `ASM_CERT_KEY_VAULT_URL` + `ASM_CERT_NAME` (+ optional `ASM_CERT_VERSION`);
 * - or a file: `ASM_CERT_FILE` (PEM or PFX, told apart by content);
 * - both: optional `ASM_CERT_PASSWORD`, `ASM_CERT_CACHE_TTL_MINUTES` (default 30).
 * Throws CertificateSettingsError naming the missing, conflicting or invalid setting (never its value).
 */
export function loadCertificateSettings(env: Env = process.env): CertificateSettings {
    const s = CERTIFICATE_SETTINGS;
    const url = value(env, s.keyVaultUrl);
    const name = value(env, s.name);
    const version = value(env, s.version);
    const file = value(env, s.file);
    // Passwords are taken verbatim (spaces may be part of them); empty means none.
    const password = env[s.password] === undefined || env[s.password] === '' ? undefined : env[s.password];
    const common = { ...(password === undefined ? {} : { password }), cacheTtlMs: cacheTtlMs(env) };

    if (file !== undefined && (url !== undefined || name !== undefined || version !== undefined)) {
        throw new CertificateSettingsError(s.file, `conflicts with ${s.keyVaultUrl}/${s.name}/${s.version}: configure either Key Vault or a file, not both.`);
    }
    if (file !== undefined) return { kind: 'file', path: file, ...common };
    if (url === undefined && name === undefined && version === undefined) {
        throw new CertificateSettingsError(s.keyVaultUrl, `is not set: set ${s.keyVaultUrl} and ${s.name} (Key Vault) or ${s.file} (a PEM or PFX file).`);
    }
    if (url === undefined) throw new CertificateSettingsError(s.keyVaultUrl, `is not set (required with ${s.name}).`);
    if (name === undefined) throw new CertificateSettingsError(s.name, `is not set (required with ${s.keyVaultUrl}): the Key Vault certificate name.`);
    if (!NAME.test(name)) throw new CertificateSettingsError(s.name, 'must be a Key Vault certificate name: 1-127 letters, digits and hyphens.');
    if (version !== undefined && !VERSION.test(version)) {
        throw new CertificateSettingsError(s.version, 'must be a Key Vault version id (32 hexadecimal digits), or unset for the latest version.');
    }
    return {
        kind: 'keyVault',
        vaultUrl: vaultUrlOf(url),
        certificateName: name,
        ...(version === undefined ? {} : { version }),
        ...common,
    };
}
