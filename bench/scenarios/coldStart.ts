/**
 * 5. Cold start: the deployable package is built from the compiled code the bench runs (scripts/package.ts), unpacked,
 * and loaded in fresh processes as the Functions worker loads it (bench/coldStart.ts, measureColdStart): time to
 * import every entry file and register every function; the package's size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildPackage, packDirectories, unpackZip } from '../../scripts/package';
import type { PeerImportResult } from '../children/peerImport';
import { type ColdStartResult, measureColdStart } from '../coldStart';
import { runChild } from '../lib/childProtocol';
import { dependencyClosure } from '../lib/dependencyClosure';
import { type BenchRow, median, round } from '../lib/rows';
import { MIB, type ScenarioContext, type ScenarioResult } from '../lib/scenario';

/** The Node peer's packages a function app would ship to make the same calls. */
const PEER_PACKAGES = ['azure-asm-compute', 'azure-asm-storage'] as const;

export async function coldStartScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-bench-package-'));
    try {
        const outFile = path.join(dir, 'asm-functions.zip');
        const manifest = buildPackage({ projectRoot: ctx.projectRoot, compiledRoot: ctx.compiledRoot, outFile });
        const appDir = path.join(dir, 'app');
        unpackZip(outFile, appDir);
        const runs = ctx.settings.quick ? 2 : 5;
        const results: ColdStartResult[] = [];
        // The Node peer, loaded the same way in fresh processes, interleaved with ours: its two packages and their clients.
        const peer: PeerImportResult[] = [];
        const peerInput = { managementPemFile: ctx.bench.paths.management, subscriptionId: ctx.bench.access.subscriptionId, endpoint: ctx.bench.access.endpoint };
        for (let i = 0; i < runs; i++) {
            const r = await measureColdStart(appDir);
            results.push(r);
            const p = await runChild<PeerImportResult>(ctx.childScript('peerImport'), peerInput, { timeoutMs: 60_000 });
            peer.push(p);
            ctx.progress(
                `  cold start ${i + 1}/${runs}: ${r.importMs.toFixed(0)} ms (${r.importCpuMs.toFixed(0)} ms CPU), ${r.functionCount} functions; ` +
                    `peer ${p.importMs.toFixed(0)} ms (${p.importCpuMs.toFixed(0)} ms CPU)`,
            );
        }
        const functions = new Set(results.map((r) => r.functionCount));
        if (functions.has(0)) throw new Error('The package registered no function.');
        const peerClosure = dependencyClosure(PEER_PACKAGES, ctx.projectRoot);
        const peerSize = packDirectories(peerClosure, path.join(dir, 'peer.zip'));
        const peerPackages = `azure-asm-compute + azure-asm-storage and their ${peerClosure.length - 2} dependencies, packed by the same rules`;
        const peerName = 'azure-asm-compute + azure-asm-storage (Node): load, create both clients';
        const row = (metric: string, unit: string, ours: number, baseline: number, baselineName: string): BenchRow => ({
            scenario: '5. cold start',
            metric,
            unit,
            ours,
            baseline,
            baselineName,
            lowerIsBetter: true,
        });
        const imports = `import the package and register all ${[...functions].join('/')} functions`;
        const rows: BenchRow[] = [
            row(imports, 'ms', round(median(results.map((r) => r.importMs)), 0), round(median(peer.map((r) => r.importMs)), 0), peerName),
            row('the same, CPU time', 'ms', round(median(results.map((r) => r.importCpuMs)), 0), round(median(peer.map((r) => r.importCpuMs)), 0), peerName),
            row('package size, zipped', 'MiB', round(manifest.zipBytes / MIB, 2), round(peerSize.zipBytes / MIB, 2), peerPackages),
            row('package size, unpacked', 'MiB', round(manifest.contentBytes / MIB, 2), round(peerSize.contentBytes / MIB, 2), peerPackages),
        ];
        return {
            rows,
            targets: [],
            notes: [
                `Cold start: the package built from this build (${manifest.entries.length} files, ${manifest.dependencies.length} production packages), unpacked, imported ${runs} times in fresh processes by bench/coldStart.ts (median). ` +
                    `The peer row loads azure-asm-compute and azure-asm-storage and creates their clients in fresh processes (bench/children/peerImport.ts), ${runs} times, interleaved; ` +
                    `its size is those two packages with their dependency closure (${peerClosure.length} packages, ${peerSize.files} files), zipped by the same rules as ours (scripts/package.ts packDirectories). The comparison favours the peer: our package carries the whole app ` +
                    `(${[...functions].join('/')} functions, the Functions and storage SDKs; the Key Vault, identity and blob SDKs load on first use), the peer only its two clients.`,
            ],
        };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
