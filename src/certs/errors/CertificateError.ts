import { AsmError } from '../../client/errors/AsmError';

/**
 * Why a management certificate could not be had or used. Stable strings, for alerts and tests:
 * - fetching: `secretNotFound` (404), `secretDisabled` (403 SecretDisabled), `accessDenied` (403, e.g. ForbiddenByRbac),
 *   `vaultAuthFailed` (no token from the identity, or the vault refused it), `vaultUnavailable` (network, TLS, 429, 5xx),
 *   `vaultError` (any other vault answer), `fileUnreadable`;
 * - reading: `unsupportedContentType`, `corrupt`, `wrongPassword`, `noPrivateKey`, `noCertificate`, `keyMismatch`;
 * - using: `expired`, `notYetValid`, `rejected` (ASM refused it, also after a refresh).
 */
export type CertificateErrorReason =
    | 'secretNotFound'
    | 'secretDisabled'
    | 'accessDenied'
    | 'vaultAuthFailed'
    | 'vaultUnavailable'
    | 'vaultError'
    | 'fileUnreadable'
    | 'unsupportedContentType'
    | 'corrupt'
    | 'wrongPassword'
    | 'noPrivateKey'
    | 'noCertificate'
    | 'keyMismatch'
    | 'expired'
    | 'notYetValid'
    | 'rejected';

export interface CertificateErrorInit {
    readonly reason: CertificateErrorReason;
    /** Where the certificate comes from (`Key Vault secret 'asm-mgmt' in https://…`, `file /home/…/mgmt.pfx`). */
    readonly source: string;
    /** What went wrong, in words; never key or certificate material, passwords or tokens. */
    readonly message: string;
    /** The certificate concerned, when one was read. */
    readonly thumbprint?: string;
    /** The thumbprint used before a refresh (`rejected`). */
    readonly previousThumbprint?: string;
    /** HTTP status of the vault's answer, when there was one. */
    readonly status?: number;
    /** Key Vault's error code (`SecretNotFound`, `Forbidden`/`SecretDisabled`, …) or the Node/undici error code. */
    readonly errorCode?: string;
    /** `rejected`: the ASM operation and its x-ms-request-id. */
    readonly operation?: string;
    readonly requestId?: string;
    readonly cause?: unknown;
}

/**
 * The management certificate is missing, unreadable, unusable or refused. `reason` says which; the message names
 * the source and what to do, and (like every AsmError) is redacted, with a sanitized cause.
 */
export class CertificateError extends AsmError {
    override readonly name: string = 'CertificateError';
    readonly reason: CertificateErrorReason;
    readonly source: string;
    readonly thumbprint: string | undefined;
    readonly previousThumbprint: string | undefined;
    readonly status: number | undefined;
    readonly errorCode: string | undefined;
    readonly operation: string | undefined;
    readonly requestId: string | undefined;

    constructor(init: CertificateErrorInit) {
        super('ASM_CERTIFICATE_ERROR', `${init.source}: ${init.message}`, { cause: init.cause });
        this.reason = init.reason;
        this.source = init.source;
        this.thumbprint = init.thumbprint;
        this.previousThumbprint = init.previousThumbprint;
        this.status = init.status;
        this.errorCode = init.errorCode;
        this.operation = init.operation;
        this.requestId = init.requestId;
    }

    /** Worth retrying later as is (the vault or the identity endpoint may come back). */
    get transient(): boolean {
        return this.reason === 'vaultUnavailable' || this.reason === 'vaultAuthFailed';
    }
}
