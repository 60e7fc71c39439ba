import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';

import type { CertificateMaterial } from './CertificateMaterial';
import { CertificateError } from './errors/CertificateError';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const KEY_TYPES = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);

function errorCode(err: unknown): string | undefined {
    const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? code : undefined;
}

/**
 * The keys and certificates of a PEM text (Key Vault's `application/x-pem-file`: private key then certificate
 * chain, in any order). Keys: PKCS#8 `PRIVATE KEY`, PKCS#1 `RSA PRIVATE KEY` (also with legacy `Proc-Type`
 * encryption), SEC1 `EC PRIVATE KEY`, and encrypted PKCS#8 `ENCRYPTED PRIVATE KEY` (needs the password).
 * Other blocks (parameters, CSRs) are ignored.
 */
export function readPem(text: string, password: string | undefined, source: string): CertificateMaterial {
    const keys: KeyObject[] = [];
    const certificates: X509Certificate[] = [];
    for (const match of text.matchAll(BLOCK)) {
        const [block, type = ''] = match;
        if (type === 'CERTIFICATE' || type === 'X509 CERTIFICATE' || type === 'TRUSTED CERTIFICATE') {
            try {
                certificates.push(new X509Certificate(block));
            } catch (err) {
                throw new CertificateError({ reason: 'corrupt', source, message: 'holds a PEM certificate block that cannot be read.', cause: err });
            }
        } else if (KEY_TYPES.has(type)) {
            const encrypted = type === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(block);
            if (encrypted && password === undefined) {
                throw new CertificateError({ reason: 'wrongPassword', source, message: 'the private key is encrypted and no password was given (set ASM_CERT_PASSWORD).' });
            }
            try {
                keys.push(createPrivateKey({ key: block, format: 'pem', ...(password === undefined ? {} : { passphrase: password }) }));
            } catch (err) {
                const code = errorCode(err);
                if (encrypted || code === 'ERR_OSSL_BAD_DECRYPT' || /bad decrypt/i.test(err instanceof Error ? err.message : '')) {
                    throw new CertificateError({ reason: 'wrongPassword', source, message: 'the private key cannot be decrypted with the password in ASM_CERT_PASSWORD.', cause: err });
                }
                throw new CertificateError({ reason: 'corrupt', source, message: `holds a ${type} block that cannot be read.`, cause: err });
            }
        }
    }
    return { keys, certificates };
}
