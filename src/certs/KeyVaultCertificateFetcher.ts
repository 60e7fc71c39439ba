import type { DefaultAzureCredentialOptions, TokenCredential } from '@azure/identity';
import type { KeyVaultSecret, SecretClient, SecretClientOptions } from '@azure/keyvault-secrets';

import type { KeyVaultCertificateSettings } from './certificateSettings';
import type { CertificateFetcher } from './CertificateFetcher';
import { CertificateError } from './errors/CertificateError';
import { isLoopbackHost } from './isLoopbackHost';
import type { ManagementCertificate } from './ManagementCertificate';
import { mapKeyVaultError } from './mapKeyVaultError';
import { parseCertificate } from './parseCertificate';

export const PKCS12_CONTENT_TYPE = 'application/x-pkcs12';
export const PEM_CONTENT_TYPE = 'application/x-pem-file';

export interface KeyVaultFetcherDeps {
    /** Default: `new DefaultAzureCredential(credentialOptions)` (managed identity in Azure). */
    readonly credential?: TokenCredential;
    readonly credentialOptions?: DefaultAzureCredentialOptions;
    /**
     * Extra SecretClient options: `agent` (an https.Agent trusting a private CA, for a test vault), `retryOptions`.
     * Challenge-resource verification is not among them: it is on unless the vault host is loopback.
     */
    readonly secretClientOptions?: Omit<SecretClientOptions, 'disableChallengeResourceVerification'>;
}

/** Options for the SecretClient of a vault: challenge-resource verification off only for a loopback vault host. */
export function secretClientOptionsFor(vaultUrl: string, extra: KeyVaultFetcherDeps['secretClientOptions'] = {}): SecretClientOptions {
    return { ...extra, disableChallengeResourceVerification: isLoopbackHost(new URL(vaultUrl).hostname) };
}

/**
 * Reads the certificate's backing secret (same name as the Key Vault certificate) with @azure/keyvault-secrets:
 * `application/x-pkcs12` is a base64 PFX (empty password unless ASM_CERT_PASSWORD), `application/x-pem-file` is the
 * PEM key + certificate chain. The latest version is read unless one is pinned. The Key Vault and identity SDKs are
 * loaded when a fetcher is created, not when the app is imported: an app with a certificate file never loads them.
 */
export class KeyVaultCertificateFetcher implements CertificateFetcher {
    readonly description: string;
    readonly #settings: KeyVaultCertificateSettings;
    readonly #client: SecretClient;

    constructor(settings: KeyVaultCertificateSettings, deps: KeyVaultFetcherDeps = {}) {
        this.#settings = settings;
        const version = settings.version === undefined ? '' : ` version ${settings.version}`;
        this.description = `Key Vault secret '${settings.certificateName}'${version} in ${settings.vaultUrl}`;
        const { DefaultAzureCredential } = require('@azure/identity') as typeof import('@azure/identity');
        const { SecretClient } = require('@azure/keyvault-secrets') as typeof import('@azure/keyvault-secrets');
        const credential = deps.credential ?? new DefaultAzureCredential(deps.credentialOptions ?? {});
        this.#client = new SecretClient(settings.vaultUrl, credential, secretClientOptionsFor(settings.vaultUrl, deps.secretClientOptions));
    }

    async fetch(signal?: AbortSignal): Promise<ManagementCertificate> {
        const { certificateName, version } = this.#settings;
        let secret: KeyVaultSecret;
        try {
            secret = await this.#client.getSecret(certificateName, {
                ...(version === undefined ? {} : { version }),
                ...(signal === undefined ? {} : { abortSignal: signal }),
            });
        } catch (err) {
            throw mapKeyVaultError(err, this.description);
        }
        const got = secret.properties.version;
        const source = got === undefined || version !== undefined ? this.description : `${this.description} (version ${got})`;
        const contentType = (secret.properties.contentType ?? '').trim().toLowerCase();
        const value = secret.value ?? '';
        if (contentType !== PKCS12_CONTENT_TYPE && contentType !== PEM_CONTENT_TYPE) {
            const found = contentType === '' ? 'no content type' : `content type '${contentType.slice(0, 100)}'`;
            throw new CertificateError({
                reason: 'unsupportedContentType',
                source,
                message: `has ${found}; expected ${PKCS12_CONTENT_TYPE} or ${PEM_CONTENT_TYPE} (the backing secret of a Key Vault certificate).`,
            });
        }
        if (value === '') throw new CertificateError({ reason: 'corrupt', source, message: 'is empty.' });
        return parseCertificate(value, {
            format: contentType === PKCS12_CONTENT_TYPE ? 'pfx' : 'pem',
            source,
            ...(this.#settings.password === undefined ? {} : { password: this.#settings.password }),
            ...(got === undefined ? {} : { version: got }),
        });
    }
}
