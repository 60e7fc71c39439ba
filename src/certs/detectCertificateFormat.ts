import type { CertificateFormat } from './parseCertificate';

/** PEM when the data has a `-----BEGIN` line, PFX otherwise (DER, or base64 text of it). */
export function detectCertificateFormat(data: Buffer): CertificateFormat {
    return data.includes('-----BEGIN ') ? 'pem' : 'pfx';
}
