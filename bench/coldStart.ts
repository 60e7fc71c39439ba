/**
 * Cold import of the deployable package: a fresh Node process loads the unpacked zip the way the Functions worker
 * does (package.json `main` glob, `@azure/functions-core` provided) and we time the import of every entry file.
 *
 * `measureColdStart(packageDir)` is what other benchmarks reuse. As a script:
 *   node dist/bench/coldStart.js [package.zip] [--runs 5]
 * unpacks the zip (default dist-package/asm-functions.zip; run `npm run package` first) and prints the median.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DEFAULT_PACKAGE_FILE, findProjectRoot, unpackZip } from '../scripts/package';
import { loadAppInChild } from '../scripts/packageLoad';

export interface ColdStartResult {
    /** Milliseconds to require every entry file in a fresh process (module loading + registration). */
    readonly importMs: number;
    /** Functions registered by that import. */
    readonly functionCount: number;
    /** CPU milliseconds of the import (user + system): less sensitive to a busy machine than importMs. */
    readonly importCpuMs: number;
}

/** Loads the unpacked package at `packageDir` in a fresh process and times the import of its entry files. */
export async function measureColdStart(packageDir: string): Promise<ColdStartResult> {
    const report = await loadAppInChild(packageDir);
    return { importMs: report.importMs, functionCount: report.functions.length, importCpuMs: report.importCpuMs };
}

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(argv: readonly string[]): Promise<void> {
    const projectRoot = findProjectRoot(__dirname);
    const runsAt = argv.indexOf('--runs');
    const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1] ?? '5')) : 5;
    const zip = path.resolve(projectRoot, argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs') ?? DEFAULT_PACKAGE_FILE);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-functions-coldstart-'));
    try {
        unpackZip(zip, dir);
        const results: ColdStartResult[] = [];
        for (let i = 0; i < runs; i++) results.push(await measureColdStart(dir));
        const counts = new Set(results.map((r) => r.functionCount));
        process.stdout.write(
            `cold import of ${zip}: median ${median(results.map((r) => r.importMs)).toFixed(1)} ms over ${runs} runs ` +
                `(min ${Math.min(...results.map((r) => r.importMs)).toFixed(1)}, max ${Math.max(...results.map((r) => r.importMs)).toFixed(1)}), ` +
                `CPU median ${median(results.map((r) => r.importCpuMs)).toFixed(1)} ms, ${[...counts].join('/')} functions registered\n`,
        );
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).catch((err: unknown) => {
        process.stderr.write(`coldStart: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
    });
}
