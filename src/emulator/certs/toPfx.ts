import forge from 'node-forge';

import type { KeyAndCertificate } from './KeyAndCertificate';

export type PfxAlgorithm = '3des' | 'aes256';

/**
 * PKCS#12 of a key and its certificate (plus the issuing chain), empty password.
 * `3des` (default): pbeWithSHAAnd3-KeyTripleDES-CBC + SHA-1 MAC, readable by every Windows, .NET and OpenSSL (1.x
 * and 3.x without the legacy provider). `aes256`: PBES2/AES-256-CBC for tools that refuse 3DES.
 */
export function toPfx(
    leaf: KeyAndCertificate,
    chainPems: readonly string[] = [],
    algorithm: PfxAlgorithm = '3des',
    friendlyName = 'asm-emulator management certificate',
): Buffer {
    const key = forge.pki.privateKeyFromPem(leaf.keyPem);
    const certs = [leaf.certPem, ...chainPems].map((pem) => forge.pki.certificateFromPem(pem));
    const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, '', { algorithm, friendlyName, generateLocalKeyId: true });
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
