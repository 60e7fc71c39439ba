import type { RunRecord } from '../store/RunRecord';
import type { RunSummary } from './RunSummary';

const list = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

/** The summary as a few log lines a person can read at a glance. */
export function formatRunSummary(run: RunRecord, s: RunSummary): string {
    const kind = run.mode === 'apply' ? `apply of ${run.sourceRunId ?? '?'}` : run.dryRun ? 'dry run' : 'run';
    const reasons = Object.entries(s.reasons)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
    const lines = [
        `Cleanup ${kind} ${run.runId} ${run.status}: ${s.services.processed}/${s.services.total} hosted services, ` +
            `decisions delete ${s.decisions.delete}, mark ${s.decisions.mark}, keep ${s.decisions.keep}`,
        `  reasons: ${reasons === '' ? 'none' : reasons}`,
    ];
    if (run.dryRun) lines.push(`  would delete (${s.outcomes.wouldDelete}): ${list(s.wouldDelete)}`);
    else lines.push(`  deleted (${s.outcomes.deleted}): ${list(s.deleted)}`);
    lines.push(`  skipped at re-check (${s.outcomes.skipped}): ${list(s.skipped.map((x) => `${x.target} [${x.reason}]`))}`);
    lines.push(`  errors (${s.errors.length}): ${list(s.errors.map((x) => `${x.target}: ${x.message}`))}`);
    if (s.outcomes.pending > 0) lines.push(`  still pending: ${s.outcomes.pending}`);
    if (s.truncated) lines.push('  (lists truncated; GET the run for every item)');
    return lines.join('\n');
}
