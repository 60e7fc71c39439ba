import { assembleCertificate } from './assembleCertificate';
import { CertificateError } from './errors/CertificateError';
import type { ManagementCertificate } from './ManagementCertificate';
import { readPem } from './readPem';
import { readPfx } from './readPfx';

/** `pfx`: PKCS#12 (DER bytes, or base64 text as Key Vault returns it); `pem`: key + certificate blocks. */
export type CertificateFormat = 'pfx' | 'pem';

export interface ParseCertificateOptions {
    readonly format: CertificateFormat;
    /** PFX password (default empty, as Key Vault exports), or the password of an encrypted PEM key. */
    readonly password?: string;
    /** Where the data came from, for messages (`Key Vault secret 'x' in https://…`). */
    readonly source: string;
    /** The Key Vault secret version, kept on the result. */
    readonly version?: string;
}

const BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/**
 * Reads a management certificate from a PFX or PEM into PEM key + leaf certificate (+ chain), with its SHA-1
 * thumbprint (upper-case hex), subject and validity. Throws CertificateError: `corrupt`, `wrongPassword`,
 * `noPrivateKey`, `noCertificate`, `keyMismatch`. Does not check the validity period (see assertCertificateCurrent).
 */
export function parseCertificate(data: Buffer | string, options: ParseCertificateOptions): ManagementCertificate {
    const { source } = options;
    if (options.format === 'pem') {
        const text = typeof data === 'string' ? data : data.toString('utf8');
        if (!text.includes('-----BEGIN ')) throw new CertificateError({ reason: 'corrupt', source, message: 'holds no PEM blocks.' });
        return assembleCertificate(readPem(text, options.password, source), source, options.version);
    }
    let der: Buffer;
    if (typeof data === 'string') {
        if (!BASE64.test(data)) throw new CertificateError({ reason: 'corrupt', source, message: 'is not base64-encoded PKCS#12 data.' });
        der = Buffer.from(data, 'base64');
    } else {
        der = data;
    }
    if (der.length === 0) throw new CertificateError({ reason: 'corrupt', source, message: 'is empty.' });
    return assembleCertificate(readPfx(der, options.password ?? '', source), source, options.version);
}
