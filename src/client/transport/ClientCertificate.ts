/** A management certificate as PEM text: the certificate and its private key (optionally encrypted). */
export interface ClientCertificate {
    readonly cert: string | Buffer;
    readonly key: string | Buffer;
    readonly passphrase?: string;
}
