import { CachedCertificateSource, type CachedCertificateSourceOptions } from './CachedCertificateSource';
import type { CertificateSettings } from './certificateSettings';
import type { CertificateFetcher } from './CertificateFetcher';
import type { CertificateSource } from './CertificateSource';
import { FileCertificateFetcher } from './FileCertificateFetcher';
import { KeyVaultCertificateFetcher, type KeyVaultFetcherDeps } from './KeyVaultCertificateFetcher';

/** What the composition root (or a test) may inject; everything is optional. */
export interface CertificateSourceDeps extends KeyVaultFetcherDeps, Omit<CachedCertificateSourceOptions, 'ttlMs'> {}

/** The cached certificate source the settings describe: Key Vault or a file. Nothing is fetched until get(). */
export function createCertificateSource(settings: CertificateSettings, deps: CertificateSourceDeps = {}): CertificateSource {
    const { credential, credentialOptions, secretClientOptions, ...cacheOptions } = deps;
    const fetcher: CertificateFetcher =
        settings.kind === 'keyVault'
            ? new KeyVaultCertificateFetcher(settings, {
                  ...(credential === undefined ? {} : { credential }),
                  ...(credentialOptions === undefined ? {} : { credentialOptions }),
                  ...(secretClientOptions === undefined ? {} : { secretClientOptions }),
              })
            : new FileCertificateFetcher(settings);
    return new CachedCertificateSource(fetcher, { ...cacheOptions, ttlMs: settings.cacheTtlMs });
}
