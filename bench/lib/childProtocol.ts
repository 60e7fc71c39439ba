/**
 * How the bench runs one client in its own process: the parent passes a JSON input in BENCH_INPUT and reads one
 * `BENCH_RESULT {json}` line from the child's stdout, with the child's peak memory.
 */
import { spawn } from 'node:child_process';

export const INPUT_VARIABLE = 'BENCH_INPUT';
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** Where a client finds the emulator. */
export interface EmulatorAccess {
    readonly endpoint: string;
    readonly subscriptionId: string;
    /** The management certificate and its key (PEM), for our client and the bare loop. */
    readonly certPem: string;
    readonly keyPem: string;
    /** The emulator's CA (PEM). */
    readonly caPem: string;
}

/** What every child reports besides its own result. */
export interface ChildMemory {
    /** process.resourceUsage().maxRSS: the kernel's high-water mark of the process, bytes. */
    readonly maxRssBytes: number;
    /** Highest process.memoryUsage().rss seen by a 50 ms sampler, bytes. */
    readonly sampledPeakRssBytes: number;
    /** CPU time of the whole child (user + system), ms. */
    readonly cpuMs: number;
}

export type ChildOutput<R> = R & { readonly memory: ChildMemory };

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

export interface RunChildOptions {
    /** Extra environment (NODE_EXTRA_CA_CERTS for the peer). */
    readonly env?: Readonly<Record<string, string>>;
    readonly timeoutMs: number;
}

/** Runs a compiled child script with `input`; resolves to its result, rejects on a crash or timeout (child killed). */
export function runChild<R>(script: string, input: unknown, options: RunChildOptions): Promise<ChildOutput<R>> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Loopback only: the peer's `request` library would route through a proxy taken from the environment.
    for (const name of PROXY_VARIABLES) delete env[name];
    delete env.NODE_OPTIONS;
    Object.assign(env, options.env, { [INPUT_VARIABLE]: JSON.stringify(input) });
    return new Promise((resolve, reject) => {
        // BENCH_CHILD_EXEC_ARGV (e.g. `--cpu-prof --cpu-prof-dir=prof`) profiles the children.
        const execArgv = (process.env.BENCH_CHILD_EXEC_ARGV ?? '').split(' ').filter((a) => a !== '');
        const child = spawn(process.execPath, [...execArgv, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, options.timeoutMs);
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
            if (line === undefined || code !== 0) {
                const why = timedOut ? `timed out after ${options.timeoutMs} ms` : `exited with ${code ?? signal}`;
                reject(new Error(`bench child ${script} ${why}\n${stderr.slice(-4000)}`));
                return;
            }
            resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildOutput<R>);
        });
    });
}

/** The child side: reads the input, runs `body`, prints the result with the peak memory, exits. */
export function childMain<I, R extends object>(body: (input: I) => Promise<R>): void {
    let sampledPeak = process.memoryUsage.rss();
    const sampler = setInterval(() => {
        sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
    }, 200);
    sampler.unref();
    const raw = process.env[INPUT_VARIABLE];
    if (raw === undefined) throw new Error(`${INPUT_VARIABLE} is not set: this script is run by bench/runBenchmarks.`);
    body(JSON.parse(raw) as I).then(
        (result) => {
            clearInterval(sampler);
            sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
            const usage = process.resourceUsage();
            const memory: ChildMemory = { maxRssBytes: usage.maxRSS * 1024, sampledPeakRssBytes: sampledPeak, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
            // Exit once the line is written: a client's idle sockets or timers must not keep the child alive.
            process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ ...result, memory })}\n`, () => process.exit(0));
        },
        (err: unknown) => {
            process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
            process.exit(1);
        },
    );
}
