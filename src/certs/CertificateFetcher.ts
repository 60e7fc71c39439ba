import type { ManagementCertificate } from './ManagementCertificate';

/** Reads the certificate once from where it lives (no caching): the Key Vault secret, or a file. */
export interface CertificateFetcher {
    readonly description: string;
    /** Reads and parses it; throws CertificateError. */
    fetch(signal?: AbortSignal): Promise<ManagementCertificate>;
}
