import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

import { loadCertificateSettings } from '../../src/certs/certificateSettings';
import type { CertificateSource } from '../../src/certs/CertificateSource';
import { type CertificateSourceDeps, createCertificateSource } from '../../src/certs/createCertificateSource';
import { loadOrCreateCertificates } from '../../src/emulator/certs/loadOrCreateCertificates';
import { type KeyVaultDouble, startKeyVaultDouble } from './startKeyVaultDouble';
import { type ManagedIdentityDouble, startManagedIdentityDouble } from './startManagedIdentityDouble';

/**
 * Variables that would make DefaultAzureCredential pick another identity than App Service's managed identity (or
 * MSAL another managed-identity source), cleared while the doubles run.
 */
const IDENTITY_VARIABLES = [
    'AZURE_CLIENT_ID',
    'AZURE_TENANT_ID',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PATH',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'AZURE_USERNAME',
    'AZURE_PASSWORD',
    'AZURE_FEDERATED_TOKEN_FILE',
    'AZURE_AUTHORITY_HOST',
    'AZURE_POD_IDENTITY_AUTHORITY_HOST',
    'AZURE_TOKEN_CREDENTIALS',
    'IDENTITY_ENDPOINT',
    'IDENTITY_HEADER',
    'IDENTITY_SERVER_THUMBPRINT',
    'IMDS_ENDPOINT',
    'MSI_ENDPOINT',
    'MSI_SECRET',
] as const;

/** The vault's CA and server certificate, kept per machine user (RSA key generation is slow on small machines). */
const TLS_CACHE = path.join(os.tmpdir(), `asm-certs-test-vault-tls-${os.userInfo().uid}`);

export interface VaultDoubles {
    readonly identity: ManagedIdentityDouble;
    readonly vault: KeyVaultDouble;
    /** The CA that signed the vault's server certificate. */
    readonly ca: string;
    /** The vault's server certificate and key (localhost, 127.0.0.1, ::1), for more vault doubles. */
    readonly serverTls: { readonly certPem: string; readonly keyPem: string };
    /** An https.Agent trusting that CA (given to the SecretClient as its `agent`; TLS verification stays on). */
    readonly agent: https.Agent;
    /** The app settings pointing at the vault double (ASM_CERT_KEY_VAULT_URL, ASM_CERT_NAME) plus `extra`. */
    settingsEnv(name: string, extra?: Record<string, string>): Record<string, string>;
    /**
     * A certificate source built exactly as the app builds it (loadCertificateSettings → createCertificateSource
     * with DefaultAzureCredential), except for the agent trusting the test CA and no SDK retries.
     */
    source(name: string, extra?: Record<string, string>, deps?: CertificateSourceDeps): CertificateSource;
    /** Restores the environment and stops both doubles. */
    close(): Promise<void>;
}

export interface VaultDoublesOptions {
    /** `down`: IDENTITY_ENDPOINT points at a closed loopback port (the identity endpoint is down). */
    readonly identity?: 'up' | 'down';
    readonly hostname?: 'localhost' | '127.0.0.1';
}

/**
 * The managed-identity double (App Service protocol) and the Key Vault double, wired as in Azure: the process
 * environment gets IDENTITY_ENDPOINT/IDENTITY_HEADER (as App Service sets them) and AZURE_TOKEN_CREDENTIALS=prod
 * (so a developer's Azure CLI login can never answer instead of the double). MSAL caches the managed-identity
 * source and its tokens per process, so use one set per test file (node --test runs each file in its own process).
 */
export async function startVaultDoubles(options: VaultDoublesOptions = {}): Promise<VaultDoubles> {
    const saved = new Map(IDENTITY_VARIABLES.map((name) => [name, process.env[name]] as const));
    const tls = await loadOrCreateCertificates(TLS_CACHE);
    const identity = await startManagedIdentityDouble();
    const vault = await startKeyVaultDouble({
        tls: tls.server,
        acceptToken: (token) => identity.issued(token),
        ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
    });
    const env = identity.env();
    if (options.identity === 'down') await identity.close();
    for (const name of IDENTITY_VARIABLES) delete process.env[name];
    Object.assign(process.env, env, { AZURE_TOKEN_CREDENTIALS: 'prod' });

    const agent = new https.Agent({ ca: tls.ca.certPem, keepAlive: true });
    const settingsEnv = (name: string, extra: Record<string, string> = {}) => ({ ASM_CERT_KEY_VAULT_URL: vault.url, ASM_CERT_NAME: name, ...extra });
    return {
        identity,
        vault,
        ca: tls.ca.certPem,
        serverTls: tls.server,
        agent,
        settingsEnv,
        source: (name, extra = {}, deps = {}) =>
            createCertificateSource(loadCertificateSettings(settingsEnv(name, extra)), {
                secretClientOptions: { agent, retryOptions: { maxRetries: 0 } },
                credentialOptions: { retryOptions: { maxRetries: 0 } },
                ...deps,
            }),
        close: async () => {
            for (const [name, value] of saved) {
                if (value === undefined) delete process.env[name];
                else process.env[name] = value;
            }
            agent.destroy();
            await Promise.all([vault.close(), options.identity === 'down' ? undefined : identity.close()]);
        },
    };
}
