/**
 * 2. Large responses: listOsImages answering ~1,400 images (~1.6 MB) — our whole path (HTTP, XML, typed models)
 * against azure-asm-compute's virtualMachineOSImages.list, each in its own process.
 */
import { Agent, request } from 'undici';

import type { ChildOutput } from '../lib/childProtocol';
import { runChild } from '../lib/childProtocol';
import type { ListImagesInput, ListImagesResult } from '../lib/clientWorkload';
import { generateOsImages } from '../lib/osImageSeed';
import { advantage, type BenchRow, median, round } from '../lib/rows';
import { MIB, type ScenarioContext, type ScenarioResult } from '../lib/scenario';

const PEER = 'azure-asm-compute 0.18 (Node)';

/** The size of the answer, fetched once outside the measurement. */
async function measureBody(ctx: ScenarioContext): Promise<number> {
    const { access } = ctx.bench;
    const agent = new Agent({ connect: { ca: access.caPem, cert: access.certPem, key: access.keyPem } });
    try {
        const res = await request(`${access.endpoint}/${access.subscriptionId}/services/images`, { dispatcher: agent, headers: { 'x-ms-version': '2014-10-01' } });
        const body = Buffer.from(await res.body.arrayBuffer());
        if (res.statusCode !== 200) throw new Error(`listOsImages answered ${res.statusCode}`);
        return body.length;
    } finally {
        await agent.close();
    }
}

export async function largeResponsesScenario(ctx: ScenarioContext): Promise<ScenarioResult> {
    const { bench, settings } = ctx;
    const count = 1400;
    bench.emulator.faults.clear();
    bench.emulator.state.loadSeed(bench.emulator.subscriptionId, { osImages: generateOsImages(count) });
    const bytes = await measureBody(ctx);
    const input: ListImagesInput = { access: bench.access, calls: settings.quick ? 3 : 5, warmup: 2 };
    const ours: ChildOutput<ListImagesResult>[] = [];
    const peer: ChildOutput<ListImagesResult>[] = [];
    const runOurs = () => runChild<ListImagesResult>(ctx.childScript('ourClient'), { workload: 'listImages', ...input }, { timeoutMs: 300_000 });
    const runPeer = () =>
        runChild<ListImagesResult>(
            ctx.childScript('peerClient'),
            { workload: 'listImages', managementPemFile: bench.paths.management, ...input },
            { timeoutMs: 300_000, env: { NODE_EXTRA_CA_CERTS: bench.paths.ca } },
        );
    for (let run = 0; run < settings.runs; run++) {
        // Alternating order: neither client always meets the emulator first.
        let o: ChildOutput<ListImagesResult>;
        let p: ChildOutput<ListImagesResult>;
        if (run % 2 === 0) {
            o = await runOurs();
            p = await runPeer();
        } else {
            p = await runPeer();
            o = await runOurs();
        }
        if (o.images !== count || p.images !== count) throw new Error(`listOsImages: expected ${count} images, ours read ${o.images}, the peer ${p.images}`);
        ours.push(o);
        peer.push(p);
        ctx.progress(`  listOsImages run ${run + 1}/${settings.runs}: ours ${median(o.callMs).toFixed(0)} ms, peer ${median(p.callMs).toFixed(0)} ms`);
    }
    const callMs = (xs: ChildOutput<ListImagesResult>[]) => median(xs.flatMap((x) => x.callMs));
    const rss = (xs: ChildOutput<ListImagesResult>[]) => median(xs.map((x) => x.memory.maxRssBytes / MIB));
    const mb = (bytes / 1e6).toFixed(2);
    const timeRow: BenchRow = {
        scenario: '2. large responses',
        metric: `listOsImages (${count.toLocaleString('en-US')} images, ${mb} MB): HTTP + parse + typed models`,
        unit: 'ms',
        ours: round(callMs(ours), 1),
        baseline: round(callMs(peer), 1),
        baselineName: PEER,
        lowerIsBetter: true,
    };
    const memRow: BenchRow = {
        scenario: '6. memory',
        metric: 'peak RSS, listOsImages workload (2)',
        unit: 'MiB',
        ours: round(rss(ours), 1),
        baseline: round(rss(peer), 1),
        baselineName: PEER,
        lowerIsBetter: true,
    };
    return {
        rows: [timeRow, memRow],
        targets: [{ target: 'large responses ≥ 3× the Node peer', met: (advantage(timeRow) ?? 0) >= 3, detail: `${timeRow.ours} vs ${timeRow.baseline} ms = ${(advantage(timeRow) ?? 0).toFixed(1)}×` }],
        notes: [
            `listOsImages: ${count.toLocaleString('en-US')} public OS images (bench/lib/osImageSeed.ts, field sizes after the recorded answer), ` +
                `${bytes.toLocaleString('en-US')} bytes of XML (${(bytes / count).toFixed(0)} bytes per image); ${input.warmup} warm-up and ${input.calls} timed calls per child, ${settings.runs} child(ren) per client; median over every timed call.`,
        ],
    };
}
