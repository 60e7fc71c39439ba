import type { ManagementCertificate } from './ManagementCertificate';

/**
 * Why a certificate is (re)fetched: `initial` (first use), `ttl` (the cache period ended), `expiring` (notAfter is
 * near), `expired` (the cached one is no longer valid), `certificateRejected` (ASM answered 403 ForbiddenError),
 * `manual`.
 */
export type CertificateRefreshReason = 'initial' | 'ttl' | 'expiring' | 'expired' | 'certificateRejected' | 'manual';

/** Where the management certificate comes from: Key Vault or a file, cached per instance. */
export interface CertificateSource {
    /** Where it reads from (`Key Vault secret 'asm-mgmt' in https://…`), for messages. */
    readonly description: string;
    /** The current certificate: cached, refreshed on a TTL and ahead of expiry. Throws CertificateError. */
    get(): Promise<ManagementCertificate>;
    /** Fetches now (joining a fetch already under way) and returns what it found. Throws CertificateError. */
    refresh(reason: CertificateRefreshReason): Promise<ManagementCertificate>;
    /** The cached certificate, without fetching. */
    peek(): ManagementCertificate | undefined;
}
