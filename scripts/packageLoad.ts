/**
 * Loads a function app the way the Azure Functions Node worker does, in a fresh child process: read the app's
 * package.json `main` glob, provide the `@azure/functions-core` module the worker normally injects, require
 * (CommonJS) or import (ESM) every matching file, and capture each `registerFunction` call. The loading itself is
 * the local host's (src/host/loader/loadFunctionApp.ts), so the package is checked by the same code `npm start` uses.
 *
 * Used by the package test (does the zip register every function?) and by bench/coldStart.ts (how long does the
 * import take?). Run as `node packageLoad.js --child <appDir> [<main>]`; it answers over the IPC channel.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { RegisteredFunction as HostRegisteredFunction } from '../src/host/core/RegisteredFunction';
import { loadFunctionApp } from '../src/host/loader/loadFunctionApp';
import { readPackageJson } from '../src/host/loader/readPackageJson';

/** One registration as the worker would send it to the host. */
export interface RegisteredFunction {
    readonly name: string;
    /** The trigger binding's type (`httpTrigger`, `queueTrigger`, `timerTrigger`, …). */
    readonly triggerType: string;
    /** Every binding, as registered (`type`, `direction`, `route`, `queueName`, `connection`, `schedule`, …). */
    readonly bindings: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface PackageLoadReport {
    /** Milliseconds from the first entry file's load to the last one loaded (the app's cold import). */
    readonly importMs: number;
    /** CPU milliseconds (user + system) of that import: steadier than wall time on a busy machine. */
    readonly importCpuMs: number;
    /** Milliseconds from spawning the child to its answer (Node start-up included). */
    readonly processMs: number;
    /** Entry files the `main` glob matched, relative to the app folder. */
    readonly entryFiles: readonly string[];
    readonly functions: readonly RegisteredFunction[];
    /** The npm packages the import loaded (from require's cache), sorted. */
    readonly loadedPackages: readonly string[];
    /** What the app printed while loading (warnings included). */
    readonly output: string;
}

export interface LoadOptions {
    /** Overrides package.json `main` (e.g. to load a tsc output folder that has no package.json of its own). */
    readonly main?: string;
    readonly env?: NodeJS.ProcessEnv;
    readonly timeoutMs?: number;
}

interface ChildAnswer {
    readonly ok: boolean;
    readonly error?: string;
    readonly importMs?: number;
    readonly importCpuMs?: number;
    readonly entryFiles?: string[];
    readonly functions?: RegisteredFunction[];
    readonly loadedPackages?: string[];
}

/** Loads the app at `appDir` in a new Node process and reports what it registered. Rejects if any entry throws. */
export function loadAppInChild(appDir: string, options: LoadOptions = {}): Promise<PackageLoadReport> {
    const started = performance.now();
    const args = ['--child', path.resolve(appDir), ...(options.main === undefined ? [] : [options.main])];
    const child = fork(__filename, args, {
        cwd: appDir,
        env: options.env ?? process.env,
        execArgv: [],
        silent: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise<PackageLoadReport>((resolve, reject) => {
        let answer: ChildAnswer | undefined;
        const timer = setTimeout(() => {
            child.kill();
            reject(new Error(`Loading ${appDir} took more than ${options.timeoutMs ?? 60_000} ms.\n${output}`));
        }, options.timeoutMs ?? 60_000);
        child.on('message', (message: ChildAnswer) => {
            answer = message;
        });
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.on('exit', (code) => {
            clearTimeout(timer);
            if (answer === undefined) return reject(new Error(`The loader exited with code ${code} without an answer.\n${output}`));
            if (!answer.ok) return reject(new Error(`${answer.error ?? 'Loading failed'}\n${output}`));
            resolve({
                importMs: answer.importMs ?? 0,
                importCpuMs: answer.importCpuMs ?? 0,
                processMs: performance.now() - started,
                entryFiles: answer.entryFiles ?? [],
                functions: answer.functions ?? [],
                loadedPackages: answer.loadedPackages ?? [],
                output,
            });
        });
    });
}

function describe(fn: HostRegisteredFunction): RegisteredFunction {
    const bindings = JSON.parse(JSON.stringify(fn.metadata.bindings)) as RegisteredFunction['bindings'];
    const trigger = Object.values(bindings).find((b) => typeof b.type === 'string' && /trigger$/i.test(b.type));
    return { name: fn.name, triggerType: typeof trigger?.type === 'string' ? trigger.type : '', bindings };
}

async function runChild(appDir: string, mainOverride: string | undefined): Promise<ChildAnswer> {
    const pkg = existsSync(path.join(appDir, 'package.json')) ? readPackageJson(appDir) : {};
    const main = mainOverride ?? pkg.main;
    if (main === undefined || main === '') return { ok: false, error: `${path.join(appDir, 'package.json')} has no "main".` };
    const logs: string[] = [];
    // The local host's loader: @azure/functions-core installed, the main glob expanded, each file required.
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const app = await loadFunctionApp({
        root: appDir,
        main,
        ...(pkg.type === undefined ? {} : { packageType: pkg.type }),
        log: (level, category, message) => void logs.push(`[${level}/${category}] ${message}`),
    });
    const importMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const importCpuMs = (cpu.user + cpu.system) / 1000;
    const entryFiles = app.files.map((f) => path.relative(appDir, f).split(path.sep).join('/'));
    if (entryFiles.length === 0) return { ok: false, error: `Found zero files matching the supplied pattern "${main}" in ${appDir}.` };
    const loadedPackages = new Set<string>();
    for (const file of Object.keys(require.cache)) {
        const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file.slice(file.lastIndexOf('node_modules') - 1));
        if (match?.[1] !== undefined) loadedPackages.add(match[1].replace(/\\/g, '/'));
    }
    return { ok: true, importMs, importCpuMs, entryFiles, functions: app.registry.functions.map(describe), loadedPackages: [...loadedPackages].sort() };
}

if (require.main === module && process.argv[2] === '--child') {
    const appDir = process.argv[3] ?? process.cwd();
    runChild(appDir, process.argv[4])
        .catch((err: unknown): ChildAnswer => ({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }))
        .then((answer) => {
            // Exit once answered: the app may have left timers or sockets open, as a worker would not mind.
            if (process.send) process.send(answer, () => process.exit(0));
            else process.stdout.write(`${JSON.stringify(answer)}\n`, () => process.exit(0));
        })
        .catch(() => (process.exitCode = 1));
}
