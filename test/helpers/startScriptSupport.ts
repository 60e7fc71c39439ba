import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { certificatePaths, loadOrCreateCertificates } from '../../src/emulator/certs/loadOrCreateCertificates';
import { waitFor } from '../host/waitFor';

/** The compiled start script (`npm start`) of the build these tests belong to, whatever the outDir. */
const START = path.join(__dirname, '..', '..', 'src', 'host', 'start.js');

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

/** A running `npm start` stack (Azurite, the emulator, the local host), spawned by startStack. */
export interface RunningStack {
    readonly child: ChildProcess;
    readonly stateDir: string;
    /** The API base URL of the ready line (`http://127.0.0.1:N/api`). */
    readonly api: string;
    /** The exit code once it has exited. */
    readonly exit: Promise<number | null>;
    stdout(): string;
    stderr(): string;
    /** Ends it if still running — SIGINT with `graceMs` to stop before SIGKILL, or SIGKILL at once — and removes its state folder. */
    stop(options?: { readonly graceMs?: number }): Promise<void>;
}

/**
 * Spawns the compiled start script loading the functions of `main`, on free ports with a fresh emulator state
 * folder (cached certificates), and resolves once it prints its ready line; rejects with its output if it exits or
 * takes more than 90 s. `env` is added to this process's environment (undefined removes a variable).
 */
export async function startStack(options: { readonly prefix: string; readonly main: string; readonly env?: Readonly<Record<string, string | undefined>> }): Promise<RunningStack> {
    const stateDir = await prepareEmulatorStateDir(options.prefix);
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', ASM_EMULATOR_PORT: '0', ASM_EMULATOR_STATE_DIR: stateDir, ASM_HOST_MAIN: options.main };
    for (const name of ['NODE_TEST_CONTEXT', 'CLEANUP_SCHEDULE']) delete env[name];
    for (const [name, value] of Object.entries(options.env ?? {})) {
        if (value === undefined) delete env[name];
        else env[name] = value;
    }
    const child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const stop = async ({ graceMs }: { readonly graceMs?: number } = {}): Promise<void> => {
        if (child.exitCode === null && child.signalCode === null) {
            child.kill(graceMs === undefined ? 'SIGKILL' : 'SIGINT');
            const timer = graceMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), graceMs);
            await exit;
            clearTimeout(timer);
        }
        rmSync(stateDir, { recursive: true, force: true });
    };
    try {
        const line = await waitFor(
            'the ready line',
            () => {
                if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
                return /asm-functions ready at (\S+)/.exec(stdout) ?? false;
            },
            90_000,
        );
        return { child, stateDir, api: line[1] as string, exit, stdout: () => stdout, stderr: () => stderr, stop };
    } catch (err) {
        await stop();
        throw new Error(`${(err as Error).message}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    }
}
