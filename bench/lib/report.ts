import { advantage, type BenchRow } from './rows';
import type { TargetCheck } from './scenario';

export interface Machine {
    readonly nproc: number;
    readonly cpuModel: string;
    readonly node: string;
    readonly loadAverage: readonly [number, number];
}

function formatNumber(value: number): string {
    const abs = Math.abs(value);
    const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
    return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

function formatAdvantage(row: BenchRow): string {
    const a = advantage(row);
    if (a === undefined) return '—';
    return `${a >= 10 ? a.toFixed(0) : a >= 1 ? a.toFixed(1) : a.toFixed(2)}×`;
}

/** The Markdown report: the table, the targets, the notes. */
export function renderMarkdown(input: {
    readonly rows: readonly BenchRow[];
    readonly targets: readonly TargetCheck[];
    readonly notes: readonly string[];
    readonly machine: Machine;
    readonly date: string;
    readonly totalSeconds: number;
    readonly runs: number;
    readonly quick: boolean;
}): string {
    const { machine } = input;
    const lines: string[] = [];
    lines.push(
        `Run ${input.date}: ${machine.nproc} CPU cores (\`nproc\`), ${machine.cpuModel}, Node ${machine.node}; ` +
            `load average ${machine.loadAverage[0].toFixed(2)} at the start, ${machine.loadAverage[1].toFixed(2)} at the end; ` +
            `${input.runs} run(s) per timed case, ${Math.round(input.totalSeconds)} s in all (without the build)${input.quick ? '; QUICK MODE: reduced sizes, not for publication' : ''}.`,
    );
    lines.push('');
    lines.push('Medians. "× better" is baseline ÷ ours where lower is better, ours ÷ baseline otherwise: above 1 we win.');
    lines.push('');
    lines.push('| scenario | metric | unit | ours | baseline | baseline is | × better |');
    lines.push('|---|---|---|---:|---:|---|---:|');
    for (const r of input.rows) {
        lines.push(
            `| ${r.scenario} | ${r.metric} | ${r.unit}${r.lowerIsBetter ? ' ↓' : ' ↑'} | ${formatNumber(r.ours)} | ${r.baseline === null ? '—' : formatNumber(r.baseline)} | ${r.baselineName ?? '—'} | ${formatAdvantage(r)} |`,
        );
    }
    lines.push('');
    lines.push('↓ lower is better, ↑ higher is better.');
    lines.push('');
    lines.push('Targets:');
    lines.push('');
    for (const t of input.targets) lines.push(`- ${t.met ? '✅ met' : '❌ missed'} — ${t.target}: ${t.detail}`);
    lines.push('');
    lines.push('Notes:');
    lines.push('');
    for (const n of input.notes) lines.push(`- ${n}`);
    return `${lines.join('\n')}\n`;
}
