import { createHash, X509Certificate } from 'node:crypto';

/** SHA-1 of a certificate's DER, upper-case hex without separators (the form ASM keys management certificates on). */
export function thumbprintOfDer(der: Uint8Array): string {
    return createHash('sha1').update(der).digest('hex').toUpperCase();
}

/** Thumbprint of the first certificate in a PEM text. */
export function thumbprintOfPem(pem: string): string {
    return thumbprintOfDer(new X509Certificate(pem).raw);
}

const THUMBPRINT = /^[0-9A-F]{40}$/;

/** Normalizes a thumbprint as users paste it (lower case, colons, spaces) to ASM's form; undefined if it is not one. */
export function normalizeThumbprint(text: string): string | undefined {
    const t = text.replace(/[\s:]/g, '').toUpperCase();
    return THUMBPRINT.test(t) ? t : undefined;
}
