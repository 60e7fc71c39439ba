import { generateKeyPairSync } from 'node:crypto';

import forge from 'node-forge';

import type { ClientCertificate } from '../../../../src/client';

let cached: ClientCertificate | undefined;

/** A throwaway self-signed management certificate (RSA 2048), PEM; made once per test process. */
export function testCertificate(): ClientCertificate & { cert: string; key: string } {
    if (cached === undefined) {
        const { privateKey, publicKey } = generateKeyPairSync('rsa', {
            modulusLength: 2048,
            privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
            publicKeyEncoding: { type: 'spki', format: 'pem' },
        });
        const cert = forge.pki.createCertificate();
        cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
        cert.serialNumber = '01';
        cert.validity.notBefore = new Date(Date.now() - 60_000);
        cert.validity.notAfter = new Date(Date.now() + 86_400_000);
        const subject = [{ name: 'commonName', value: 'asm-functions unit test' }];
        cert.setSubject(subject);
        cert.setIssuer(subject);
        cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
        cached = { cert: forge.pki.certificateToPem(cert), key: privateKey };
    }
    return cached as ClientCertificate & { cert: string; key: string };
}

/** The base64 body lines of a PEM (what must never appear anywhere). */
export function pemBody(pem: string): string[] {
    return pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
}
