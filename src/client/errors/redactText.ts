/** PEM blocks (certificates, private keys), also truncated ones with no END line. */
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g;
/** Long base64 runs (key or certificate bodies without their PEM armour, PFX blobs). Request ids are 32 hex. */
const BASE64_RUN = /[A-Za-z0-9+/]{64,}={0,2}/g;

/**
 * Removes certificate and key material from text that may end up in an error message or a log line.
 * Every AsmError runs its message through this, and causes are rebuilt with it (see sanitizeCause).
 */
export function redactText(text: string): string {
    return text.replace(PEM_BLOCK, '[REDACTED PEM]').replace(BASE64_RUN, '[REDACTED]');
}
