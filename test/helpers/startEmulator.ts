import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Agent, request } from 'undici';

import type { KeyAndCertificate } from '../../src/emulator/certs/KeyAndCertificate';
import { certificatePaths, loadOrCreateCertificates } from '../../src/emulator/certs/loadOrCreateCertificates';
import { type EmulatorOptions, type RunningEmulator, startEmulator as startRealEmulator } from '../../src/emulator/server/startEmulator';

export type { EmulatorOptions, RunningEmulator } from '../../src/emulator/server/startEmulator';

export interface TestEmulator extends RunningEmulator {
    /** The temporary state directory (removed by close()). */
    readonly stateDir: string;
    /** An undici Agent presenting the management certificate and trusting the emulator's CA. */
    readonly dispatcher: Agent;
    /** An Agent trusting the CA that presents `cert` (none when omitted); closed with the emulator. */
    agentFor(cert?: KeyAndCertificate): Agent;
    /** Calls the admin surface (JSON in and out). */
    admin(method: 'GET' | 'POST' | 'DELETE', pathAndQuery: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/**
 * Certificates generated once per machine user and copied into each test's state directory: RSA key generation
 * dominates start-up time, and every test file starts emulators. loadOrCreateCertificates re-validates (and
 * regenerates if needed) what it is given, so a stale or half-written cache only costs time.
 */
const CERT_CACHE = path.join(os.tmpdir(), `asm-emulator-test-certs-${os.userInfo().uid}`);
let cacheReady: Promise<void> | undefined;

function prepareStateDir(): Promise<string> {
    cacheReady ??= loadOrCreateCertificates(CERT_CACHE).then(() => undefined);
    return cacheReady.then(() => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-emulator-test-'));
        const from = certificatePaths(CERT_CACHE);
        const to = certificatePaths(dir);
        for (const key of ['ca', 'caKey', 'serverCert', 'serverKey', 'management', 'managementPfx'] as const) {
            if (existsSync(from[key])) copyFileSync(from[key], to[key]);
        }
        return dir;
    });
}

/** Starts an emulator in a fresh temporary state directory, quiet unless `log` is given; close() cleans up. */
export async function startEmulator(options: Omit<EmulatorOptions, 'stateDir'> = {}): Promise<TestEmulator> {
    const stateDir = await prepareStateDir();
    let emulator: RunningEmulator;
    try {
        emulator = await startRealEmulator({ log: () => undefined, ...options, stateDir });
    } catch (err) {
        rmSync(stateDir, { recursive: true, force: true });
        throw err;
    }
    const agents: Agent[] = [];
    const agentFor = (cert?: KeyAndCertificate): Agent => {
        const agent = new Agent({ connect: { ca: emulator.ca, ...(cert ? { cert: cert.certPem, key: cert.keyPem } : {}) } });
        agents.push(agent);
        return agent;
    };
    const dispatcher = agentFor(emulator.clientCertificate);
    const admin = async (method: 'GET' | 'POST' | 'DELETE', pathAndQuery: string, body?: unknown) => {
        const res = await request(`${emulator.endpoint}${pathAndQuery}`, {
            method,
            dispatcher,
            ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
        });
        const text = await res.body.text();
        return { status: res.statusCode, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    };
    return {
        ...emulator,
        stateDir,
        dispatcher,
        agentFor,
        admin,
        close: async () => {
            await emulator.close();
            await Promise.all(agents.map((a) => a.close()));
            rmSync(stateDir, { recursive: true, force: true });
        },
    };
}
