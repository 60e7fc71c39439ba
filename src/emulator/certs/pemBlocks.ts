const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/;

/** The first certificate and the first private key of a PEM text (either may be missing). */
export function pemBlocks(text: string): { certPem?: string; keyPem?: string } {
    const cert = CERTIFICATE.exec(text)?.[0];
    const key = PRIVATE_KEY.exec(text)?.[0];
    return { ...(cert ? { certPem: `${cert}\n` } : {}), ...(key ? { keyPem: `${key}\n` } : {}) };
}
