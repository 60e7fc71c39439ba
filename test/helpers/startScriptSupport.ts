import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { certificatePaths, loadOrCreateCertificates } from '../../src/emulator/certs/loadOrCreateCertificates';

/** Shared with test/helpers/startEmulator.ts: certificates generated once per machine user. */
const CERT_CACHE = path.join(os.tmpdir(), `asm-emulator-test-certs-${os.userInfo().uid}`);

/**
 * A fresh emulator state directory for a spawned `npm start` stack, pre-filled with the cached test certificates
 * so the stack does not spend seconds generating keys.
 */
export async function prepareEmulatorStateDir(prefix: string): Promise<string> {
    await loadOrCreateCertificates(CERT_CACHE);
    const stateDir = mkdtempSync(path.join(os.tmpdir(), prefix));
    const from = certificatePaths(CERT_CACHE);
    const to = certificatePaths(stateDir);
    for (const key of ['ca', 'caKey', 'serverCert', 'serverKey', 'management', 'managementPfx'] as const) {
        if (existsSync(from[key])) copyFileSync(from[key], to[key]);
    }
    return stateDir;
}

/** The pids of a process's direct children (to prove a stopped stack left none behind). */
export function childrenOf(pid: number): number[] {
    try {
        return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
            .split('\n')
            .map((s) => Number(s.trim()))
            .filter((n) => n > 0);
    } catch {
        return [];
    }
}

export function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}
