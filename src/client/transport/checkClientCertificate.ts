import { createPrivateKey, X509Certificate } from 'node:crypto';

import { AsmValidationError } from '../errors/AsmValidationError';
import type { ClientCertificate } from './ClientCertificate';

/**
 * Checks that the certificate and the key are PEM and belong together, without echoing either in an error.
 * Returns the SHA-1 thumbprint (upper-case hex), which is what ASM keys management certificates on.
 */
export function checkClientCertificate(certificate: ClientCertificate): string {
    let x509: X509Certificate;
    try {
        x509 = new X509Certificate(certificate.cert);
    } catch {
        throw new AsmValidationError('certificate.cert', 'is not a readable PEM certificate.');
    }
    let matches: boolean;
    try {
        const key = createPrivateKey({ key: certificate.key, ...(certificate.passphrase === undefined ? {} : { passphrase: certificate.passphrase }) });
        matches = x509.checkPrivateKey(key);
    } catch {
        throw new AsmValidationError('certificate.key', 'is not a readable PEM private key (or the passphrase is wrong).');
    }
    if (!matches) throw new AsmValidationError('certificate.key', 'does not belong to the certificate.');
    return x509.fingerprint.replace(/:/g, '');
}
