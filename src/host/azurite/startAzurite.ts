import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

import { isLoopbackHost } from '../isLoopbackHost';
import { type AzuritePorts, azuriteConnectionString } from './azuriteConnectionString';
import type { RunningAzurite } from './RunningAzurite';
import { waitForPort } from './waitForPort';

export interface AzuriteOptions {
    /** Loopback address for all three services (default 127.0.0.1). */
    readonly host?: string;
    /** Ports; 0 (the default) lets the system pick free ones, read back from Azurite's start-up lines. */
    readonly ports?: Partial<AzuritePorts>;
    /** How long start-up may take (default 30 s). */
    readonly startTimeoutMs?: number;
    /** Azurite's output lines (default: dropped). */
    readonly onOutput?: (line: string) => void;
}

const LISTENING = /Azurite (Blob|Queue|Table) service is successfully listening at http:\/\/[^\s]*?:(\d+)/;

function exited(child: ChildProcess): boolean {
    return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Starts Azurite (the npm devDependency) as a child process: in memory, loopback only, no telemetry, API version
 * check skipped, loose mode; free ports unless given. The child also stops by itself if this process dies (IPC
 * watchdog). Resolves when all three services accept connections.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
    const host = options.host ?? '127.0.0.1';
    if (!isLoopbackHost(host)) throw new Error(`Azurite is only started on loopback addresses, not '${host}'.`);
    const requested: AzuritePorts = { blob: options.ports?.blob ?? 0, queue: options.ports?.queue ?? 0, table: options.ports?.table ?? 0 };
    const azuriteJs = require.resolve('azurite/dist/src/azurite.js');
    const args = [
        '--require',
        path.join(__dirname, 'exitWithParent.js'),
        azuriteJs,
        '--inMemoryPersistence',
        '--extentMemoryLimit',
        '512',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry',
        '--blobHost',
        host,
        '--blobPort',
        String(requested.blob),
        '--queueHost',
        host,
        '--queuePort',
        String(requested.queue),
        '--tableHost',
        host,
        '--tablePort',
        String(requested.table),
    ];
    const env = { ...process.env };
    delete env['NODE_TEST_CONTEXT'];
    delete env['NODE_OPTIONS'];
    const child = spawn(process.execPath, args, { cwd: os.tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const killOnExit = (): void => {
        if (!exited(child)) child.kill('SIGKILL');
    };
    process.on('exit', killOnExit);
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    void exit.then(() => process.off('exit', killOnExit));

    const output: string[] = [];
    const ports: Partial<Record<'blob' | 'queue' | 'table', number>> = {};
    const onLine = (line: string): void => {
        output.push(line);
        if (output.length > 50) output.shift();
        options.onOutput?.(line);
        const m = LISTENING.exec(line);
        if (m) ports[(m[1] as string).toLowerCase() as 'blob' | 'queue' | 'table'] = Number(m[2]);
    };
    for (const stream of [child.stdout, child.stderr]) {
        let buffered = '';
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
            buffered += chunk;
            let nl: number;
            while ((nl = buffered.indexOf('\n')) >= 0) {
                onLine(buffered.slice(0, nl).replace(/\r$/, ''));
                buffered = buffered.slice(nl + 1);
            }
        });
    }

    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
        stopping ??= (async () => {
            if (!exited(child)) {
                child.kill('SIGTERM');
                const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
                await exit;
                clearTimeout(timer);
            }
            if (child.connected) child.disconnect();
        })();
        return stopping;
    };

    const timeoutMs = options.startTimeoutMs ?? 30_000;
    try {
        await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`Azurite did not start within ${timeoutMs} ms.`)), timeoutMs);
            const check = setInterval(() => {
                if (ports.blob !== undefined && ports.queue !== undefined && ports.table !== undefined) done(resolve);
            }, 20);
            const done = (then: () => void): void => {
                clearTimeout(timer);
                clearInterval(check);
                then();
            };
            void exit.then(() => done(() => reject(new Error(`Azurite exited during start-up (code ${String(child.exitCode)}).`))));
            child.once('error', (err) => done(() => reject(err)));
        });
        const actual: AzuritePorts = { blob: ports.blob as number, queue: ports.queue as number, table: ports.table as number };
        await Promise.all(Object.values(actual).map((port) => waitForPort(host, port, timeoutMs)));
        return {
            connectionString: azuriteConnectionString(actual, host.includes(':') ? `[${host}]` : host),
            host,
            ports: actual,
            pid: child.pid as number,
            stop,
        };
    } catch (err) {
        await stop();
        const tail = output.length > 0 ? `\n${output.join('\n')}` : '';
        throw new Error(`${(err as Error).message}${tail}`, { cause: err });
    }
}
