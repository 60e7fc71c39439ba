/** A certificate and its private key, both PEM (the key as PKCS#8 `PRIVATE KEY`). */
export interface KeyAndCertificate {
    readonly certPem: string;
    readonly keyPem: string;
}

/** A client (management) certificate in every form a client may want it. */
export interface ClientCertificate extends KeyAndCertificate {
    /** Certificate then key, PEM: what the Python SDK's `cert_file` and `curl --cert` take. */
    readonly pem: string;
    /** PKCS#12 with an empty password (3DES-protected key, SHA-1 MAC): what Windows and .NET import. */
    readonly pfx: Buffer;
    /** SHA-1 of the certificate's DER, upper-case hex, as ASM's management-certificate APIs show it. */
    readonly thumbprint: string;
}
