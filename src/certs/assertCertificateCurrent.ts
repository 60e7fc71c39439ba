import { CertificateError } from './errors/CertificateError';
import type { ManagementCertificate } from './ManagementCertificate';

/** Clock skew tolerated on notBefore: a certificate Key Vault just issued is usable at once. */
export const NOT_BEFORE_SKEW_MS = 5 * 60 * 1000;

/** Throws CertificateError `expired` / `notYetValid` unless the certificate is valid at `now` (epoch ms). */
export function assertCertificateCurrent(cert: ManagementCertificate, now: number): void {
    if (now >= cert.notAfter.getTime()) {
        throw new CertificateError({
            reason: 'expired',
            source: cert.source,
            message: `certificate ${cert.thumbprint} (${cert.subject}) expired on ${cert.notAfter.toISOString()}; renew it and upload the new one to the subscription.`,
            thumbprint: cert.thumbprint,
        });
    }
    if (now + NOT_BEFORE_SKEW_MS < cert.notBefore.getTime()) {
        throw new CertificateError({
            reason: 'notYetValid',
            source: cert.source,
            message: `certificate ${cert.thumbprint} (${cert.subject}) is not valid before ${cert.notBefore.toISOString()}.`,
            thumbprint: cert.thumbprint,
        });
    }
}
