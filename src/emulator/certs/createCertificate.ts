import { randomBytes } from 'node:crypto';

import forge from 'node-forge';

import type { RsaKeyPem } from './generateRsaKey';
import type { KeyAndCertificate } from './KeyAndCertificate';

export type CertificateRole = 'ca' | 'server' | 'client';

export interface CertificateSpec {
    readonly commonName: string;
    readonly role: CertificateRole;
    /** The issuing CA; self-signed when absent. */
    readonly issuer?: KeyAndCertificate;
    /** DNS names and IP addresses (server certificates). */
    readonly dnsNames?: readonly string[];
    readonly ipAddresses?: readonly string[];
    readonly validDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A positive, 16-byte serial number in hex (high bit cleared so DER keeps it positive). */
function serialNumber(): string {
    const bytes = randomBytes(16);
    bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
    return bytes.toString('hex');
}

/** `issuerKeyId`: the issuer's subject key identifier as a byte string, or true for a self-signed certificate. */
function extensionsFor(spec: CertificateSpec, issuerKeyId: string | true): object[] {
    const common = [
        { name: 'subjectKeyIdentifier' },
        { name: 'authorityKeyIdentifier', keyIdentifier: issuerKeyId },
    ];
    switch (spec.role) {
        case 'ca':
            return [
                { name: 'basicConstraints', cA: true, critical: true },
                { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
                ...common,
            ];
        case 'server':
            return [
                { name: 'basicConstraints', cA: false },
                { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
                { name: 'extKeyUsage', serverAuth: true },
                {
                    name: 'subjectAltName',
                    altNames: [
                        ...(spec.dnsNames ?? []).map((value) => ({ type: 2, value })),
                        ...(spec.ipAddresses ?? []).map((ip) => ({ type: 7, ip })),
                    ],
                },
                ...common,
            ];
        case 'client':
            return [
                { name: 'basicConstraints', cA: false },
                { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
                { name: 'extKeyUsage', clientAuth: true },
                ...common,
            ];
    }
}

/** An X.509 v3 certificate (node-forge) for a key, SHA-256 signed by the issuer or self-signed. */
export function createCertificate(spec: CertificateSpec, key: RsaKeyPem): KeyAndCertificate {
    const keyPem = key.privateKeyPem;
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(key.publicKeyPem);
    cert.serialNumber = serialNumber();
    const now = Date.now();
    cert.validity.notBefore = new Date(now - DAY_MS);
    cert.validity.notAfter = new Date(now + spec.validDays * DAY_MS);
    const subject = [
        { name: 'commonName', value: spec.commonName },
        { name: 'organizationName', value: 'asm-emulator' },
    ];
    cert.setSubject(subject);

    const issuerCert = spec.issuer ? forge.pki.certificateFromPem(spec.issuer.certPem) : undefined;
    const signingKey = forge.pki.privateKeyFromPem(spec.issuer ? spec.issuer.keyPem : keyPem);
    cert.setIssuer(issuerCert ? issuerCert.subject.attributes : subject);

    cert.setExtensions(extensionsFor(spec, issuerCert ? issuerCert.generateSubjectKeyIdentifier().getBytes() : true));
    cert.sign(signingKey, forge.md.sha256.create());
    return { certPem: forge.pki.certificateToPem(cert), keyPem };
}
