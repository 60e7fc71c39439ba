import { isAsmError } from '../client/errors/isAsmError';
import { redactText } from '../client/errors/redactText';
import { assertCertificateCurrent } from './assertCertificateCurrent';
import type { CertificateFetcher } from './CertificateFetcher';
import type { CertificateLogEvent } from './CertificateLogEvent';
import type { CertificateRefreshReason, CertificateSource } from './CertificateSource';
import { CertificateError } from './errors/CertificateError';
import type { ManagementCertificate } from './ManagementCertificate';

export const DEFAULT_CERTIFICATE_TTL_MS = 30 * 60 * 1000;
export const DEFAULT_RENEW_BEFORE_EXPIRY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_EXPIRING_REFRESH_INTERVAL_MS = 5 * 60 * 1000;
export const DEFAULT_RETRY_AFTER_FAILURE_MS = 60 * 1000;

export interface CachedCertificateSourceOptions {
    /** How long a fetched certificate is served before the source is read again (default 30 min). */
    readonly ttlMs?: number;
    /** Within this much of notAfter, refresh more often (default 24 h): Key Vault may hold a renewed version. */
    readonly renewBeforeExpiryMs?: number;
    /** How often to look for a renewed version while within renewBeforeExpiryMs (default 5 min). */
    readonly expiringRefreshIntervalMs?: number;
    /** After a failed refresh, serve the cached certificate and try again after this long (default 1 min). */
    readonly retryAfterFailureMs?: number;
    readonly now?: () => number;
    readonly log?: (event: CertificateLogEvent) => void;
}

interface Entry {
    readonly cert: ManagementCertificate;
    readonly fetchedAt: number;
    /** When `get` reads the source again. */
    refreshAt: number;
}

function errorSummary(err: unknown): { name: string; code?: string; reason?: string; message: string } {
    if (err instanceof CertificateError) return { name: err.name, code: err.code, reason: err.reason, message: err.message };
    if (isAsmError(err)) return { name: err.name, code: err.code, message: err.message };
    if (err instanceof Error) return { name: err.name, message: redactText(err.message) };
    return { name: 'Error', message: redactText(String(err)) };
}

/**
 * The certificate cache of one instance (one per process / Functions host): one fetch serves every invocation;
 * concurrent first calls share one fetch (single flight); the source is read again when the TTL ends and more often
 * once notAfter is near; a failed refresh keeps serving the still-valid certificate and retries later (logged),
 * while a failed first fetch (or a failed fetch once the cached certificate expired) is an error.
 */
export class CachedCertificateSource implements CertificateSource {
    readonly description: string;
    readonly #fetcher: CertificateFetcher;
    readonly #ttlMs: number;
    readonly #renewBeforeExpiryMs: number;
    readonly #expiringIntervalMs: number;
    readonly #retryAfterFailureMs: number;
    readonly #now: () => number;
    readonly #log: (event: CertificateLogEvent) => void;
    #entry: Entry | undefined;
    #inflight: Promise<ManagementCertificate> | undefined;

    constructor(fetcher: CertificateFetcher, options: CachedCertificateSourceOptions = {}) {
        this.#fetcher = fetcher;
        this.description = fetcher.description;
        this.#ttlMs = options.ttlMs ?? DEFAULT_CERTIFICATE_TTL_MS;
        this.#renewBeforeExpiryMs = options.renewBeforeExpiryMs ?? DEFAULT_RENEW_BEFORE_EXPIRY_MS;
        this.#expiringIntervalMs = options.expiringRefreshIntervalMs ?? DEFAULT_EXPIRING_REFRESH_INTERVAL_MS;
        this.#retryAfterFailureMs = options.retryAfterFailureMs ?? DEFAULT_RETRY_AFTER_FAILURE_MS;
        this.#now = options.now ?? Date.now;
        this.#log = options.log ?? (() => undefined);
    }

    get(): Promise<ManagementCertificate> {
        const entry = this.#entry;
        if (entry === undefined) return this.#load('initial');
        const now = this.#now();
        if (now >= entry.cert.notAfter.getTime()) return this.#load('expired');
        if (now < entry.refreshAt) return Promise.resolve(entry.cert);
        const reason = now >= entry.cert.notAfter.getTime() - this.#renewBeforeExpiryMs ? 'expiring' : 'ttl';
        // A failed refresh is logged by #load; the certificate in hand is still valid, so keep serving it.
        return this.#load(reason).catch(() => this.#entry?.cert ?? entry.cert);
    }

    refresh(reason: CertificateRefreshReason): Promise<ManagementCertificate> {
        return this.#load(reason);
    }

    peek(): ManagementCertificate | undefined {
        return this.#entry?.cert;
    }

    #load(reason: CertificateRefreshReason): Promise<ManagementCertificate> {
        if (this.#inflight !== undefined) return this.#inflight;
        const flight = this.#fetch(reason).finally(() => {
            if (this.#inflight === flight) this.#inflight = undefined;
        });
        this.#inflight = flight;
        return flight;
    }

    async #fetch(reason: CertificateRefreshReason): Promise<ManagementCertificate> {
        const started = this.#now();
        try {
            const cert = await this.#fetcher.fetch();
            const now = this.#now();
            assertCertificateCurrent(cert, now);
            const previous = this.#entry?.cert;
            this.#entry = { cert, fetchedAt: now, refreshAt: this.#refreshAt(cert, now) };
            this.#log({
                type: 'certificateFetched',
                source: cert.source,
                reason,
                thumbprint: cert.thumbprint,
                subject: cert.subject,
                notAfter: cert.notAfter.toISOString(),
                ...(cert.version === undefined ? {} : { version: cert.version }),
                durationMs: now - started,
            });
            if (previous !== undefined && previous.thumbprint !== cert.thumbprint) {
                this.#log({ type: 'certificateRotated', source: cert.source, from: previous.thumbprint, to: cert.thumbprint });
            }
            return cert;
        } catch (err) {
            const now = this.#now();
            const entry = this.#entry;
            const serving = entry !== undefined && now < entry.cert.notAfter.getTime() ? entry : undefined;
            if (serving !== undefined) serving.refreshAt = now + this.#retryAfterFailureMs;
            this.#log({
                type: 'certificateFetchFailed',
                source: this.description,
                reason,
                error: errorSummary(err),
                ...(serving === undefined ? {} : { servingThumbprint: serving.cert.thumbprint, retryAt: new Date(serving.refreshAt).toISOString() }),
            });
            throw err;
        }
    }

    /** The TTL, or sooner near expiry: from renewBeforeExpiry on, every expiringRefreshInterval. */
    #refreshAt(cert: ManagementCertificate, fetchedAt: number): number {
        const renewFrom = cert.notAfter.getTime() - this.#renewBeforeExpiryMs;
        return Math.min(fetchedAt + this.#ttlMs, Math.max(renewFrom, fetchedAt + this.#expiringIntervalMs));
    }
}
