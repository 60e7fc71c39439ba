/**
 * `npm run bench`: every benchmark scenario against the ASM emulator on loopback, each client in its own process,
 * ours side by side with the peers in the same run. Writes bench/results.json (rows of medians) and
 * bench/results.md (the table, printed too). Never part of `npm test`.
 *
 *   node dist/bench/runBenchmarks.js [--runs N] [--quick] [--only throughput,large,sweep,polling,coldstart]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findProjectRoot } from '../scripts/package';
import { startBenchEmulator } from './lib/benchEmulator';
import { type Machine, renderMarkdown } from './lib/report';
import type { BenchRow } from './lib/rows';
import type { BenchSettings, ScenarioContext, ScenarioResult, TargetCheck } from './lib/scenario';
import { coldStartScenario } from './scenarios/coldStart';
import { largeResponsesScenario } from './scenarios/largeResponses';
import { pollingScenario } from './scenarios/polling';
import { sweepScenario } from './scenarios/sweep';
import { throughputScenario } from './scenarios/throughput';

const SCENARIOS: readonly { readonly key: string; readonly title: string; readonly run: (ctx: ScenarioContext) => Promise<ScenarioResult> }[] = [
    { key: 'throughput', title: '1. client throughput (and 6. its memory)', run: throughputScenario },
    { key: 'large', title: '2. large responses', run: largeResponsesScenario },
    { key: 'sweep', title: '3. cleanup sweep (and 6. its memory)', run: sweepScenario },
    { key: 'polling', title: '4. polling', run: pollingScenario },
    { key: 'coldstart', title: '5. cold start', run: coldStartScenario },
];

function cpuModel(): string {
    try {
        const line = readFileSync('/proc/cpuinfo', 'utf8')
            .split('\n')
            .find((l) => l.startsWith('model name'));
        if (line !== undefined) return line.split(':').slice(1).join(':').trim();
    } catch {
        // not Linux
    }
    return os.cpus()[0]?.model ?? 'unknown CPU';
}

function parseArgs(argv: readonly string[]): BenchSettings & { readonly only: readonly string[] | undefined } {
    const value = (flag: string): string | undefined => {
        const i = argv.indexOf(flag);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const quick = argv.includes('--quick');
    const runs = Number(value('--runs') ?? (quick ? 1 : 3));
    if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error('--runs must be an integer from 1 to 9.');
    const only = value('--only')?.split(',').map((s) => s.trim());
    const unknown = only?.filter((k) => !SCENARIOS.some((s) => s.key === k)) ?? [];
    if (unknown.length > 0) throw new Error(`Unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.key).join(', ')}.`);
    return { runs, quick, only };
}

async function main(argv: readonly string[]): Promise<void> {
    const settings = parseArgs(argv);
    const started = performance.now();
    const projectRoot = findProjectRoot(__dirname);
    const compiledRoot = path.resolve(__dirname, '..');
    const progress = (line: string): void => void process.stderr.write(`${line}\n`);
    const loadAtStart = os.loadavg()[0] ?? 0;
    const bench = await startBenchEmulator();
    const rows: BenchRow[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    try {
        const ctx: ScenarioContext = {
            bench,
            settings,
            childScript: (name) => path.join(__dirname, 'children', `${name}.js`),
            projectRoot,
            compiledRoot,
            progress,
        };
        for (const scenario of SCENARIOS) {
            if (settings.only !== undefined && !settings.only.includes(scenario.key)) continue;
            const t0 = performance.now();
            progress(`${scenario.title}…`);
            const result = await scenario.run(ctx);
            rows.push(...result.rows);
            targets.push(...result.targets);
            notes.push(...result.notes);
            progress(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        }
    } finally {
        await bench.close();
    }
    // Memory rows come from scenarios 1–3; the table shows them together at the end.
    rows.sort((a, b) => a.scenario.localeCompare(b.scenario, 'en', { numeric: true }));
    const totalSeconds = (performance.now() - started) / 1000;
    const machine: Machine = { nproc: os.availableParallelism(), cpuModel: cpuModel(), node: process.version, loadAverage: [loadAtStart, os.loadavg()[0] ?? 0] };
    const markdown = renderMarkdown({ rows, targets, notes, machine, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', totalSeconds, runs: settings.runs, quick: settings.quick });
    const outDir = path.join(projectRoot, 'bench');
    writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
    writeFileSync(path.join(outDir, 'results.md'), markdown);
    process.stdout.write(markdown);
    progress(`bench/results.json and bench/results.md written (${totalSeconds.toFixed(0)} s).`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
