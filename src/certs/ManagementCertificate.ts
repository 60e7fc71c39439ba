import { inspect } from 'node:util';

import type { ClientCertificate } from '../client/transport/ClientCertificate';

/** What can be logged about a management certificate: everything but the key. */
export interface CertificateSummary {
    readonly thumbprint: string;
    readonly subject: string;
    readonly issuer: string;
    readonly notBefore: string;
    readonly notAfter: string;
    readonly source: string;
    readonly version?: string;
    readonly chainLength: number;
}

export interface ManagementCertificateInit {
    /** Unencrypted PKCS#8 private key, PEM. */
    readonly key: string;
    /** The leaf certificate (the one matching the key), PEM. */
    readonly cert: string;
    /** The other certificates that came with it, issuers first, PEM each. */
    readonly chain: readonly string[];
    /** SHA-1 of the leaf's DER, upper-case hex: what ASM lists management certificates by. */
    readonly thumbprint: string;
    readonly subject: string;
    readonly issuer: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
    /** Where it was read (`Key Vault secret 'asm-mgmt' in https://…`, `file …`). */
    readonly source: string;
    /** The Key Vault secret version it came from. */
    readonly version?: string;
}

/**
 * A parsed management certificate: PEM key and certificate ready for `createManagementAgent`, plus what ASM and
 * operators identify it by. The key is held in a private field: `JSON.stringify`, `util.inspect` and
 * `console.log` show the summary only, so logging the object cannot leak it.
 */
export class ManagementCertificate implements ClientCertificate {
    readonly #key: string;
    readonly cert: string;
    readonly chain: readonly string[];
    readonly thumbprint: string;
    readonly subject: string;
    readonly issuer: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
    readonly source: string;
    readonly version: string | undefined;

    constructor(init: ManagementCertificateInit) {
        this.#key = init.key;
        this.cert = init.cert;
        this.chain = Object.freeze([...init.chain]);
        this.thumbprint = init.thumbprint;
        this.subject = init.subject;
        this.issuer = init.issuer;
        this.notBefore = init.notBefore;
        this.notAfter = init.notAfter;
        this.source = init.source;
        this.version = init.version;
    }

    /** Unencrypted PKCS#8 private key, PEM. Never log it. */
    get key(): string {
        return this.#key;
    }

    summary(): CertificateSummary {
        return {
            thumbprint: this.thumbprint,
            subject: this.subject,
            issuer: this.issuer,
            notBefore: this.notBefore.toISOString(),
            notAfter: this.notAfter.toISOString(),
            source: this.source,
            ...(this.version === undefined ? {} : { version: this.version }),
            chainLength: this.chain.length,
        };
    }

    toJSON(): CertificateSummary {
        return this.summary();
    }

    [inspect.custom](): string {
        return `ManagementCertificate ${inspect(this.summary())}`;
    }
}
