/**
 * 1. Client throughput and 6. peak memory during it: listHostedServices over 1,000 services and 1,000
 * getHostedServiceProperties embed-detail calls, sequential and at concurrency 16 — our client, azure-asm-compute
 * and a bare undici + fast-xml-parser loop, each in its own process, interleaved run by run; TLS connections the
 * emulator accepted per 1,000 calls.
 */
import { generateEstate } from '../../src/emulator/seeds/generateEstate';
import type { ChildOutput } from '../lib/childProtocol';
import { runChild } from '../lib/childProtocol';
import type { ThroughputInput, ThroughputResult } from '../lib/clientWorkload';
import { runPool } from '../lib/pool';
import { advantage, type BenchRow, median, round } from '../lib/rows';
import { MIB, type ScenarioContext, type ScenarioResult, type TargetCheck } from '../lib/scenario';
import { clientFor } from '../lib/clientFor';

type ClientName = 'ours' | 'peer' | 'bare';
const BASELINE_NAMES = { peer: 'azure-asm-compute 0.18 (Node)', bare: 'bare undici + fast-xml-parser loop' } as const;

interface Sample {
    readonly out: ChildOutput<ThroughputResult>;
    readonly tlsConnections: number;
}

/**
 * Brings the emulator's request path to steady state (JIT, heap) before anything is measured, with the same calls
 * the workload makes, from the bench process itself: otherwise whichever client runs first pays for it.
 */
async function warmEmulator(ctx: ScenarioContext, services: number): Promise<void> {
    const { access } = ctx.bench;
    const client = clientFor(access);
    try {
        const names = (await client.listHostedServices()).map((s) => s.serviceName);
        await client.listHostedServices();
        await runPool(Math.min(services, 1000), 16, async (i) => void (await client.getHostedServiceProperties({ serviceName: names[i % names.length] as string, embedDetail: true })));
    } finally {
        await client.close();
    }
}

export async function throughputScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
    const { bench, settings } = ctx;
    const services = settings.quick ? 200 : 1000;
    const concurrency = 16;
    bench.emulator.faults.clear();
    bench.emulator.state.loadSeed(bench.emulator.subscriptionId, generateEstate({ services, deploymentsPerService: 2, seed: 7 }));
    const input: ThroughputInput = { access: bench.access, listCalls: 5, getCalls: services, concurrency, warmupGets: 50 };
    const samples: Record<ClientName, Sample[]> = { ours: [], peer: [], bare: [] };
    const scripts: Record<ClientName, string> = { ours: ctx.childScript('ourClient'), peer: ctx.childScript('peerClient'), bare: ctx.childScript('bareLoop') };
    await warmEmulator(ctx, services);
    const order = ['ours', 'peer', 'bare'] as const;
    for (let run = 0; run < settings.runs; run++) {
        // The order rotates run by run, so that no client always goes first (or right after the slowest one).
        for (const client of [...order.slice(run % 3), ...order.slice(0, run % 3)]) {
            bench.emulator.resetCounters();
            const childInput =
                client === 'peer' ? { workload: 'throughput', managementPemFile: bench.paths.management, ...input } : client === 'ours' ? { workload: 'throughput', ...input } : input;
            const out = await runChild<ThroughputResult>(scripts[client], childInput, {
                timeoutMs: 300_000,
                ...(client === 'peer' ? { env: { NODE_EXTRA_CA_CERTS: bench.paths.ca } } : {}),
            });
            const tls = bench.emulator.tlsConnections();
            samples[client].push({ out, tlsConnections: tls.accepted });
            ctx.progress(
                `  throughput run ${run + 1}/${settings.runs} ${client}: list ${median(out.listMs).toFixed(0)} ms, ` +
                    `sequential ${((out.sequentialMs / input.getCalls) * 1000).toFixed(0)} µs/call, c${concurrency} ${((out.concurrentMs / input.getCalls) * 1000).toFixed(0)} µs/call, ` +
                    `${tls.accepted} TLS connections (${tls.resumed} resumed), max RSS ${(out.memory.maxRssBytes / MIB).toFixed(0)} MiB`,
            );
        }
    }

    const m = (client: ClientName, f: (s: Sample) => number): number => median(samples[client].map(f));
    const listMs = (s: Sample) => median(s.out.listMs);
    const seqRate = (s: Sample) => input.getCalls / (s.out.sequentialMs / 1000);
    const concRate = (s: Sample) => input.getCalls / (s.out.concurrentMs / 1000);
    const tlsPer1000 = (s: Sample) => (s.tlsConnections / s.out.totalCalls) * 1000;
    const rssMib = (s: Sample) => s.out.memory.maxRssBytes / MIB;
    const rows: BenchRow[] = [];
    const row = (metric: string, unit: string, f: (s: Sample) => number, vs: 'peer' | 'bare', lowerIsBetter: boolean, decimals = 1): BenchRow => {
        const r: BenchRow = { scenario: '1. throughput', metric, unit, ours: round(m('ours', f), decimals), baseline: round(m(vs, f), decimals), baselineName: BASELINE_NAMES[vs], lowerIsBetter };
        rows.push(r);
        return r;
    };
    const n = services.toLocaleString('en-US');
    row(`listHostedServices (${n} services)`, 'ms', listMs, 'peer', true);
    row(`listHostedServices (${n} services)`, 'ms', listMs, 'bare', true);
    row(`getHostedServiceProperties embed-detail ×${n}, sequential`, 'calls/s', seqRate, 'peer', false);
    const seqBare = row(`getHostedServiceProperties embed-detail ×${n}, sequential`, 'calls/s', seqRate, 'bare', false);
    const concPeer = row(`getHostedServiceProperties embed-detail ×${n}, concurrency ${concurrency}`, 'calls/s', concRate, 'peer', false);
    const concBare = row(`getHostedServiceProperties embed-detail ×${n}, concurrency ${concurrency}`, 'calls/s', concRate, 'bare', false);
    row('TLS connections per 1,000 calls', 'connections', tlsPer1000, 'peer', true, 2);
    const memoryRows: BenchRow[] = [
        { scenario: '6. memory', metric: 'peak RSS, throughput workload (1)', unit: 'MiB', ours: round(m('ours', rssMib), 1), baseline: round(m('peer', rssMib), 1), baselineName: BASELINE_NAMES.peer, lowerIsBetter: true },
    ];

    const deployments = new Set((['ours', 'peer', 'bare'] as const).flatMap((c) => samples[c].map((s) => s.out.deploymentsSeen)));
    const targets: TargetCheck[] = [
        {
            target: `throughput at concurrency ${concurrency} ≥ 8× the Node peer`,
            met: (advantage(concPeer) ?? 0) >= 8,
            detail: `${concPeer.ours} vs ${concPeer.baseline} calls/s = ${(advantage(concPeer) ?? 0).toFixed(1)}×`,
        },
        {
            target: `throughput at concurrency ${concurrency} ≥ 0.8× the bare undici loop`,
            met: (advantage(concBare) ?? 0) >= 0.8,
            detail: `${concBare.ours} vs ${concBare.baseline} calls/s = ${(advantage(concBare) ?? 0).toFixed(2)}× (sequential: ${(advantage(seqBare) ?? 0).toFixed(2)}×)`,
        },
        {
            target: 'our client reuses connections: its pool (16), re-opened at most once, per process, whatever the number of calls (the peer opens one per call)',
            met: Math.max(...samples.ours.map((s) => s.tlsConnections)) <= 32,
            detail: `ours ${samples.ours.map((s) => s.tlsConnections).join('/')} TLS connections for ${samples.ours[0]?.out.totalCalls ?? 0} calls (${m('ours', tlsPer1000).toFixed(2)} per 1,000); the peer ${m('peer', tlsPer1000).toFixed(0)} per 1,000`,
        },
    ];
    const notes = [
        `Throughput estate: ${services.toLocaleString('en-US')} hosted services with 2 deployments each (generateEstate seed 7); ` +
            `${input.listCalls} timed list calls and ${input.getCalls.toLocaleString('en-US')} get calls per phase after ${input.warmupGets} warm-up gets, ` +
            `${settings.runs} run(s) per client, interleaved in rotating order after the emulator was warmed up with 1,000 calls; every client saw the same ${[...deployments].join('/')} deployments in the sequential phase.`,
        `TLS connections are the emulator's completed handshakes ('secureConnection') during each child, warm-up included; ours: ${samples.ours.map((s) => s.tlsConnections).join(', ')} for ${samples.ours[0]?.out.totalCalls ?? 0} calls; peer: ${samples.peer.map((s) => s.tlsConnections).join(', ')}. ` +
            `Above 16, ours re-opened pool connections the emulator's HTTPS server let expire (Node's 5 s keep-alive, announced in Keep-Alive: timeout=5) while the sequential phase used only one.`,
    ];
    if (deployments.size !== 1) throw new Error(`The clients did not read the same estate: deployments seen ${[...deployments].join(', ')}`);
    return { rows: [...rows, ...memoryRows], targets, notes };
}
