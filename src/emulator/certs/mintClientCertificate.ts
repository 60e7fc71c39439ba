import { createCertificate } from './createCertificate';
import { generateRsaKey } from './generateRsaKey';
import type { ClientCertificate, KeyAndCertificate } from './KeyAndCertificate';
import { thumbprintOfPem } from './thumbprint';
import { toPfx } from './toPfx';

/** Completes a client certificate with its combined PEM, PFX and thumbprint. */
export function toClientCertificate(leaf: KeyAndCertificate, ca?: KeyAndCertificate, pfx?: Buffer): ClientCertificate {
    return {
        certPem: leaf.certPem,
        keyPem: leaf.keyPem,
        pem: `${leaf.certPem.trimEnd()}\n${leaf.keyPem.trimEnd()}\n`,
        pfx: pfx ?? toPfx(leaf, ca ? [ca.certPem] : []),
        thumbprint: thumbprintOfPem(leaf.certPem),
    };
}

/**
 * Mints a new client (management) certificate signed by the emulator's CA, or self-signed as most real ASM
 * management certificates were. It is not registered with any subscription.
 */
export async function mintClientCertificate(
    ca?: KeyAndCertificate,
    commonName = 'asm-emulator management',
    validDays = 730,
): Promise<ClientCertificate> {
    const key = await generateRsaKey();
    const leaf = createCertificate({ commonName, role: 'client', validDays, ...(ca ? { issuer: ca } : {}) }, key);
    return toClientCertificate(leaf, ca);
}
