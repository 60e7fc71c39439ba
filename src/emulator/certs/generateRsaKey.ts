import { generateKeyPair } from 'node:crypto';

export interface RsaKeyPem {
    /** PKCS#8 `PRIVATE KEY` PEM. */
    readonly privateKeyPem: string;
    /** SPKI `PUBLIC KEY` PEM. */
    readonly publicKeyPem: string;
}

/**
 * An RSA key from node:crypto on the libuv thread pool (several keys are generated in parallel; forge's pure-JS
 * generator takes seconds per 2048-bit key).
 */
export function generateRsaKey(bits = 2048): Promise<RsaKeyPem> {
    return new Promise((resolve, reject) => {
        generateKeyPair(
            'rsa',
            {
                modulusLength: bits,
                publicKeyEncoding: { type: 'spki', format: 'pem' },
                privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
            },
            (err, publicKeyPem, privateKeyPem) => (err ? reject(err) : resolve({ privateKeyPem, publicKeyPem })),
        );
    });
}
