import type { KeyObject, X509Certificate } from 'node:crypto';

/** The private keys and certificates found in a PFX or PEM, before the leaf is picked. */
export interface CertificateMaterial {
    readonly keys: readonly KeyObject[];
    readonly certificates: readonly X509Certificate[];
}
