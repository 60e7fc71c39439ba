import { spawn } from 'node:child_process';
import path from 'node:path';

import type { TestEmulator } from '../helpers/startEmulator';

/** The compiled CLI beside this compiled test (whatever outDir the build used). */
export const CLI = path.resolve(__dirname, '..', '..', 'src', 'cli', 'main.js');

export interface AsmRun {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

export interface RunOptions {
    /** The whole environment of the child (nothing is inherited but PATH). */
    readonly env?: Readonly<Record<string, string>>;
    /** Written to the child's standard input (closed either way). */
    readonly input?: string;
    readonly cwd?: string;
}

/** Runs `asm <args>` as a child process (node on the compiled main.js) and collects its exit code and output. */
export function runAsm(args: readonly string[], options: RunOptions = {}): Promise<AsmRun> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], {
            env: { PATH: process.env['PATH'] ?? '', ...options.env },
            cwd: options.cwd ?? process.cwd(),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`asm ${args.join(' ')} did not finish in time; stdout: ${stdout} stderr: ${stderr}`));
        }, 60_000);
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
        child.stdin.end(options.input ?? '');
    });
}

/** The settings that point the CLI at a test emulator with its PEM management certificate. */
export function emulatorEnv(emulator: TestEmulator, overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
    const paths = emulator.paths;
    if (paths === undefined) throw new Error('the test emulator has no state directory');
    return {
        ASM_SUBSCRIPTION_ID: emulator.subscriptionId,
        ASM_ENDPOINT: emulator.endpoint,
        ASM_CERT_FILE: paths.management,
        ASM_CA_FILE: paths.ca,
        ...overrides,
    };
}

/** stdout parsed as JSON (with the raw output in the failure message). */
export function stdoutJson(run: AsmRun): unknown {
    try {
        return JSON.parse(run.stdout) as unknown;
    } catch {
        throw new Error(`stdout is not JSON (exit ${String(run.code)}): ${run.stdout}\nstderr: ${run.stderr}`);
    }
}

/** The `{ "error": … }` report on stderr. */
export function stderrError(run: AsmRun): Record<string, unknown> {
    try {
        return (JSON.parse(run.stderr) as { error: Record<string, unknown> }).error;
    } catch {
        throw new Error(`stderr is not a JSON error (exit ${String(run.code)}): ${run.stderr}`);
    }
}
