import type { KeyObject, X509Certificate } from 'node:crypto';

import type { CertificateMaterial } from './CertificateMaterial';
import { CertificateError } from './errors/CertificateError';
import { ManagementCertificate } from './ManagementCertificate';

/** `CN=a\nO=b` (node:crypto) as `CN=a, O=b`. */
function oneLine(name: string): string {
    return name.split('\n').filter((part) => part !== '').join(', ');
}

function thumbprintOf(cert: X509Certificate): string {
    return cert.fingerprint.replace(/:/g, '').toUpperCase();
}

/** The other certificates ordered from the leaf's issuer upwards; unrelated ones after them, as found. */
function orderChain(leaf: X509Certificate, others: readonly X509Certificate[]): X509Certificate[] {
    const rest = [...others];
    const chain: X509Certificate[] = [];
    let current = leaf;
    for (;;) {
        const index = rest.findIndex((candidate) => current.checkIssued(candidate) && candidate !== current);
        const issuer = index === -1 ? undefined : rest[index];
        if (issuer === undefined) break;
        chain.push(issuer);
        rest.splice(index, 1);
        if (issuer.checkIssued(issuer)) break;
        current = issuer;
    }
    return [...chain, ...rest];
}

/**
 * Picks the leaf (the certificate whose public key matches a private key; the latest-expiring one when several
 * do, as after a renewal with the same key) and builds the ManagementCertificate: PKCS#8 key PEM, leaf PEM,
 * the chain, SHA-1 thumbprint, subject, issuer and validity.
 */
export function assembleCertificate(material: CertificateMaterial, source: string, version?: string): ManagementCertificate {
    if (material.certificates.length === 0) {
        throw new CertificateError({ reason: 'noCertificate', source, message: 'holds no certificate.' });
    }
    if (material.keys.length === 0) {
        throw new CertificateError({
            reason: 'noPrivateKey',
            source,
            message: 'holds no private key (a Key Vault certificate must have an exportable key; a .cer file is not enough).',
        });
    }
    let pair: { key: KeyObject; leaf: X509Certificate } | undefined;
    for (const key of material.keys) {
        const matching = material.certificates
            .filter((cert) => cert.checkPrivateKey(key))
            .sort((a, b) => Date.parse(b.validTo) - Date.parse(a.validTo));
        const leaf = matching[0];
        if (leaf !== undefined) {
            pair = { key, leaf };
            break;
        }
    }
    if (pair === undefined) {
        throw new CertificateError({
            reason: 'keyMismatch',
            source,
            message: 'holds a private key that belongs to none of its certificates.',
            thumbprint: thumbprintOf(material.certificates[0]!),
        });
    }
    const { key, leaf } = pair;
    return new ManagementCertificate({
        key: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
        cert: leaf.toString(),
        chain: orderChain(
            leaf,
            material.certificates.filter((c) => c !== leaf),
        ).map((c) => c.toString()),
        thumbprint: thumbprintOf(leaf),
        subject: oneLine(leaf.subject),
        issuer: oneLine(leaf.issuer),
        notBefore: new Date(Date.parse(leaf.validFrom)),
        notAfter: new Date(Date.parse(leaf.validTo)),
        source,
        ...(version === undefined ? {} : { version }),
    });
}
