/**
 * 5. Cold start: the deployable package is built from the compiled code the bench runs (scripts/package.ts), unpacked,
 * and loaded in fresh processes as the Functions worker loads it (bench/coldStart.ts, measureColdStart): time to
 * import every entry file and register every function; the package's size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildPackage, unpackZip } from '../../scripts/package';
import { type ColdStartResult, measureColdStart } from '../coldStart';
import { type BenchRow, median, round } from '../lib/rows';
import { MIB, type ScenarioContext, type ScenarioResult } from '../lib/scenario';

export async function coldStartScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-bench-package-'));
    try {
        const outFile = path.join(dir, 'asm-functions.zip');
        const manifest = buildPackage({ projectRoot: ctx.projectRoot, compiledRoot: ctx.compiledRoot, outFile });
        const appDir = path.join(dir, 'app');
        unpackZip(outFile, appDir);
        const runs = ctx.settings.quick ? 2 : 5;
        const results: ColdStartResult[] = [];
        for (let i = 0; i < runs; i++) {
            const r = await measureColdStart(appDir);
            results.push(r);
            ctx.progress(`  cold start ${i + 1}/${runs}: ${r.importMs.toFixed(0)} ms (${r.importCpuMs.toFixed(0)} ms CPU), ${r.functionCount} functions`);
        }
        const functions = new Set(results.map((r) => r.functionCount));
        if (functions.has(0)) throw new Error('The package registered no function.');
        const base = { scenario: '5. cold start', baseline: null, baselineName: null, lowerIsBetter: true } as const;
        const rows: BenchRow[] = [
            { ...base, metric: `import the package and register all ${[...functions].join('/')} functions`, unit: 'ms', ours: round(median(results.map((r) => r.importMs)), 0) },
            { ...base, metric: 'the same, CPU time', unit: 'ms', ours: round(median(results.map((r) => r.importCpuMs)), 0) },
            { ...base, metric: 'package size, zipped', unit: 'MiB', ours: round(manifest.zipBytes / MIB, 2) },
            { ...base, metric: 'package size, unpacked', unit: 'MiB', ours: round(manifest.contentBytes / MIB, 2) },
        ];
        return {
            rows,
            targets: [],
            notes: [
                `Cold start: the package built from this build (${manifest.entries.length} files, ${manifest.dependencies.length} production packages), unpacked, imported ${runs} times in fresh processes by bench/coldStart.ts (median); no peer equivalent, so no ratio.`,
            ],
        };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
