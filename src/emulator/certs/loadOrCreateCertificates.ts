import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createCertificate } from './createCertificate';
import { generateRsaKey, type RsaKeyPem } from './generateRsaKey';
import type { ClientCertificate, KeyAndCertificate } from './KeyAndCertificate';
import { toClientCertificate } from './mintClientCertificate';
import { pemBlocks } from './pemBlocks';

/** Where the emulator keeps its certificates in a state directory. */
export interface CertificatePaths {
    readonly dir: string;
    /** The CA certificate clients trust (`verify=ca.pem`, `NODE_EXTRA_CA_CERTS`). */
    readonly ca: string;
    /** The CA key, kept so later starts can mint client certificates under the same CA. */
    readonly caKey: string;
    readonly serverCert: string;
    readonly serverKey: string;
    /** Client management certificate: certificate + key, PEM. */
    readonly management: string;
    /** The same certificate and key as PKCS#12, empty password. */
    readonly managementPfx: string;
}

export interface EmulatorCertificates {
    readonly ca: KeyAndCertificate;
    readonly server: KeyAndCertificate;
    readonly management: ClientCertificate;
    /** Present when a state directory was given. */
    readonly paths?: CertificatePaths;
}

export const SERVER_DNS_NAMES: readonly string[] = ['localhost'];
export const SERVER_IP_ADDRESSES: readonly string[] = ['127.0.0.1', '::1'];
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

export function certificatePaths(dir: string): CertificatePaths {
    return {
        dir,
        ca: path.join(dir, 'ca.pem'),
        caKey: path.join(dir, 'ca-key.pem'),
        serverCert: path.join(dir, 'server.pem'),
        serverKey: path.join(dir, 'server-key.pem'),
        management: path.join(dir, 'management.pem'),
        managementPfx: path.join(dir, 'management.pfx'),
    };
}

function writeAtomically(file: string, data: string | Buffer, mode: number): void {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode });
    renameSync(tmp, file);
}

function readIfExists(file: string): string | undefined {
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A key + certificate that still has a day to live, whose key matches, and (when given) that `issuer` signed. */
function usable(pair: { certPem?: string | undefined; keyPem?: string | undefined }, issuer?: KeyAndCertificate): KeyAndCertificate | undefined {
    const { certPem, keyPem } = pair;
    if (certPem === undefined || keyPem === undefined) return undefined;
    try {
        const cert = new X509Certificate(certPem);
        if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return undefined;
        if (!cert.checkPrivateKey(createPrivateKey(keyPem))) return undefined;
        if (issuer) {
            const ca = new X509Certificate(issuer.certPem);
            if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return undefined;
        }
        return { certPem, keyPem };
    } catch {
        return undefined;
    }
}

function createCa(key: RsaKeyPem): KeyAndCertificate {
    return createCertificate({ commonName: 'asm-emulator local CA', role: 'ca', validDays: 3650 }, key);
}

function createServer(ca: KeyAndCertificate, key: RsaKeyPem): KeyAndCertificate {
    return createCertificate(
        { commonName: 'localhost', role: 'server', issuer: ca, dnsNames: SERVER_DNS_NAMES, ipAddresses: SERVER_IP_ADDRESSES, validDays: 825 },
        key,
    );
}

function createManagement(ca: KeyAndCertificate, key: RsaKeyPem): ClientCertificate {
    const leaf = createCertificate({ commonName: 'asm-emulator management', role: 'client', issuer: ca, validDays: 730 }, key);
    return toClientCertificate(leaf, ca);
}

/** Keys for what must be created, generated in parallel, handed out one by one. */
async function keys(count: number): Promise<() => RsaKeyPem> {
    const generated = await Promise.all(Array.from({ length: count }, () => generateRsaKey()));
    return () => {
        const key = generated.pop();
        if (key === undefined) throw new Error('loadOrCreateCertificates: fewer keys generated than needed');
        return key;
    };
}

async function fromMemory(): Promise<EmulatorCertificates> {
    const nextKey = await keys(3);
    const ca = createCa(nextKey());
    return { ca, server: createServer(ca, nextKey()), management: createManagement(ca, nextKey()) };
}

/**
 * The emulator's certificates: a CA, a server certificate for localhost/127.0.0.1/::1 signed by it, and a client
 * management certificate. With a state directory they are read from it when present and still valid, and
 * (re)generated and written there otherwise; without one they live in memory only.
 */
export async function loadOrCreateCertificates(stateDir?: string): Promise<EmulatorCertificates> {
    if (stateDir === undefined) return fromMemory();
    const paths = certificatePaths(path.resolve(stateDir));
    mkdirSync(paths.dir, { recursive: true, mode: 0o700 });

    const oldCa = usable({ certPem: readIfExists(paths.ca), keyPem: readIfExists(paths.caKey) });
    const oldServer = oldCa && usable({ certPem: readIfExists(paths.serverCert), keyPem: readIfExists(paths.serverKey) }, oldCa);
    // The management certificate need not come from our CA (a user may drop their own management.pem in).
    const oldManagement = usable(pemBlocks(readIfExists(paths.management) ?? ''));
    const nextKey = await keys([oldCa, oldServer, oldManagement].filter((x) => x === undefined).length);

    const ca = oldCa ?? createCa(nextKey());
    if (oldCa === undefined) {
        writeAtomically(paths.caKey, ca.keyPem, 0o600);
        writeAtomically(paths.ca, ca.certPem, 0o644);
    }
    const server = oldServer ?? createServer(ca, nextKey());
    if (oldServer === undefined) {
        writeAtomically(paths.serverKey, server.keyPem, 0o600);
        writeAtomically(paths.serverCert, server.certPem, 0o644);
    }
    let management: ClientCertificate;
    if (oldManagement === undefined) {
        management = createManagement(ca, nextKey());
        writeAtomically(paths.management, management.pem, 0o600);
        writeAtomically(paths.managementPfx, management.pfx, 0o600);
    } else if (existsSync(paths.managementPfx) && statSync(paths.managementPfx).mtimeMs >= statSync(paths.management).mtimeMs) {
        management = toClientCertificate(oldManagement, undefined, readFileSync(paths.managementPfx));
    } else {
        management = toClientCertificate(oldManagement, usable(oldManagement, ca) ? ca : undefined);
        writeAtomically(paths.managementPfx, management.pfx, 0o600);
    }
    return { ca, server, management, paths };
}
