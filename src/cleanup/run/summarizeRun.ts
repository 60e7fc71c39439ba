import type { ItemRecord, WorkRecord } from '../store/ItemRecord';
import { describeItem } from './describeItem';
import type { RunSummary } from './RunSummary';

/** Longest list kept in a summary (the summary lives in one Table property; the items have everything). */
export const LIST_LIMIT = 200;

/** The summary of a run from its items and work records, pure. */
export function summarizeRun(totalServices: number, items: readonly ItemRecord[], works: readonly WorkRecord[]): RunSummary {
    const decisions = { keep: 0, mark: 0, delete: 0 };
    const reasons: Record<string, number> = {};
    const outcomes = { wouldDelete: 0, deleted: 0, skipped: 0, errors: 0, pending: 0 };
    const deleted: string[] = [];
    const wouldDelete: string[] = [];
    const skipped: { target: string; reason: string }[] = [];
    const errors: { target: string; message: string }[] = [];
    let truncated = false;
    const push = <T>(list: T[], value: T) => {
        if (list.length < LIST_LIMIT) list.push(value);
        else truncated = true;
    };
    const ordered = [...items].sort((a, b) => a.serviceName.localeCompare(b.serviceName) || a.seq - b.seq);
    for (const item of ordered) {
        decisions[item.action]++;
        const key = `${item.action}:${item.reason}`;
        reasons[key] = (reasons[key] ?? 0) + 1;
        const target = describeItem(item);
        switch (item.outcome) {
            case 'would-delete':
                outcomes.wouldDelete++;
                push(wouldDelete, target);
                break;
            case 'deleted':
                outcomes.deleted++;
                push(deleted, target);
                break;
            case 'skipped':
                outcomes.skipped++;
                push(skipped, { target, reason: item.outcomeDetail ?? 'skipped' });
                break;
            case 'error':
                outcomes.errors++;
                push(errors, { target, message: item.outcomeDetail ?? 'error' });
                break;
            case 'pending':
            case 'deleting':
                outcomes.pending++;
                break;
            case 'none':
                break;
        }
    }
    let failed = 0;
    for (const w of works) {
        if (w.error === undefined) continue;
        failed++;
        push(errors, { target: `${w.serviceName} (hosted service)`, message: w.error });
    }
    const processed = works.filter((w) => w.state === 'done').length;
    return {
        services: { total: totalServices, processed, failed },
        decisions,
        reasons,
        outcomes,
        deleted,
        wouldDelete,
        skipped,
        errors,
        truncated,
    };
}
