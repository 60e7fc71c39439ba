import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';

import forge from 'node-forge';

import { CertificateError } from './errors/CertificateError';
import type { CertificateMaterial } from './CertificateMaterial';

function toBuffer(bytes: forge.util.ByteStringBuffer): Buffer {
    return Buffer.from(bytes.getBytes(), 'binary');
}

const WRONG_PASSWORD = /MAC could not be verified|wrong password|Invalid password/i;

/**
 * Decodes the PKCS#12 container with node-forge (Node has no PKCS#12 reader, and OpenSSL 3 in Node refuses legacy
 * RC2/3DES PFX), then hands the DER of every key and certificate to node:crypto. Handles modern (PBES2/AES-256,
 * SHA-256 MAC) and legacy (RC2-40/3DES, SHA-1 MAC) files. Certificates keep their original DER bytes (captured
 * while forge parses them), so the thumbprint is exactly the one Windows, OpenSSL and ASM compute.
 */
export function readPfx(der: Buffer, password: string, source: string): CertificateMaterial {
    let asn1: forge.asn1.Asn1;
    try {
        asn1 = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
    } catch (err) {
        throw new CertificateError({ reason: 'corrupt', source, message: 'is not a PKCS#12 (PFX) file: its DER structure cannot be read.', cause: err });
    }

    const certificateDers: Buffer[] = [];
    const pki = forge.pki as unknown as { certificateFromAsn1: (obj: forge.asn1.Asn1, computeHash?: boolean) => forge.pki.Certificate };
    const original = pki.certificateFromAsn1;
    let p12: forge.pkcs12.Pkcs12Pfx;
    try {
        // forge re-encodes a parsed certificate from its fields; capture the ASN.1 it parsed to keep the exact DER.
        pki.certificateFromAsn1 = (obj, computeHash) => {
            certificateDers.push(toBuffer(forge.asn1.toDer(obj)));
            return original(obj, computeHash);
        };
        p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
    } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (WRONG_PASSWORD.test(message)) {
            const which = password === '' ? 'an empty password (Key Vault exports use none; set ASM_CERT_PASSWORD if it has one)' : 'the password in ASM_CERT_PASSWORD';
            throw new CertificateError({ reason: 'wrongPassword', source, message: `the PFX cannot be opened with ${which}.`, cause: err });
        }
        throw new CertificateError({ reason: 'corrupt', source, message: 'is not a readable PKCS#12 (PFX) file.', cause: err });
    } finally {
        pki.certificateFromAsn1 = original;
    }

    const keys: KeyObject[] = [];
    for (const bagType of [forge.pki.oids.pkcs8ShroudedKeyBag, forge.pki.oids.keyBag]) {
        if (bagType === undefined) continue;
        for (const bag of p12.getBags({ bagType })[bagType] ?? []) {
            // forge parses RSA keys; other keys (EC) stay as their PrivateKeyInfo ASN.1.
            const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
            if (info === undefined) continue;
            try {
                keys.push(createPrivateKey({ key: toBuffer(forge.asn1.toDer(info)), format: 'der', type: 'pkcs8' }));
            } catch (err) {
                throw new CertificateError({ reason: 'corrupt', source, message: 'holds a private key that cannot be read.', cause: err });
            }
        }
    }

    const certificates: X509Certificate[] = [];
    for (const derBytes of certificateDers) {
        try {
            certificates.push(new X509Certificate(derBytes));
        } catch (err) {
            throw new CertificateError({ reason: 'corrupt', source, message: 'holds a certificate that cannot be read.', cause: err });
        }
    }
    return { keys, certificates };
}
