import { ROUTE_PREFIX } from '../../facade/routes/ROUTE_PREFIX';
import type { RunSummary } from '../run/RunSummary';
import type { RunRecord } from '../store/RunRecord';

/** A run as the HTTP API shows it: its record with the policy and summary as JSON, and links. */
export function runView(run: RunRecord): Record<string, unknown> {
    const self = `/${ROUTE_PREFIX}/cleanup/runs/${run.runId}`;
    const applicable = run.mode === 'plan' && run.dryRun && run.status === 'completed' && run.appliedByRunId === undefined;
    return {
        runId: run.runId,
        mode: run.mode,
        dryRun: run.dryRun,
        trigger: run.trigger,
        status: run.status,
        createdAt: run.createdAt,
        plannedAt: run.plannedAt,
        completedAt: run.completedAt ?? null,
        sourceRunId: run.sourceRunId ?? null,
        appliedByRunId: run.appliedByRunId ?? null,
        progress: { services: run.totalServices, processed: run.processedServices },
        deletionsReserved: run.deletionsReserved,
        policy: JSON.parse(run.policy) as unknown,
        summary: run.summary === undefined ? null : (JSON.parse(run.summary) as RunSummary),
        error: run.error ?? null,
        links: { self, ...(applicable ? { apply: `${self}/apply` } : {}) },
    };
}
