/** The ASM emulator the whole bench runs against: in the parent process, on loopback, in a temporary state folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Agent, request } from 'undici';

import type { CertificatePaths } from '../../src/emulator/certs/loadOrCreateCertificates';
import { type RunningEmulator, startEmulator } from '../../src/emulator/server/startEmulator';
import type { EmulatorAccess } from './childProtocol';

export interface BenchEmulator {
    readonly emulator: RunningEmulator;
    readonly paths: CertificatePaths;
    /** What a child needs to call it. */
    readonly access: EmulatorAccess;
    /** The admin surface over HTTPS (JSON in and out), as an outside driver would use it. */
    admin(method: 'GET' | 'POST' | 'DELETE', pathAndQuery: string, body?: unknown): Promise<unknown>;
    close(): Promise<void>;
}

export async function startBenchEmulator(): Promise<BenchEmulator> {
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'asm-bench-emulator-'));
    let emulator: RunningEmulator;
    try {
        emulator = await startEmulator({ stateDir, host: '127.0.0.1', log: () => undefined });
    } catch (err) {
        rmSync(stateDir, { recursive: true, force: true });
        throw err;
    }
    const paths = emulator.paths;
    if (paths === undefined) throw new Error('The emulator was started without its state folder.');
    const adminAgent = new Agent({ connect: { ca: emulator.ca } });
    return {
        emulator,
        paths,
        access: {
            endpoint: emulator.endpoint,
            subscriptionId: emulator.subscriptionId,
            certPem: emulator.clientCertificate.certPem,
            keyPem: emulator.clientCertificate.keyPem,
            caPem: emulator.ca,
        },
        async admin(method, pathAndQuery, body) {
            const res = await request(`${emulator.endpoint}${pathAndQuery}`, {
                method,
                dispatcher: adminAgent,
                ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
            });
            const text = await res.body.text();
            if (res.statusCode !== 200) throw new Error(`admin ${method} ${pathAndQuery}: ${res.statusCode} ${text}`);
            return text === '' ? undefined : (JSON.parse(text) as unknown);
        },
        async close() {
            await emulator.close();
            await adminAgent.close();
            rmSync(stateDir, { recursive: true, force: true });
        },
    };
}
