import type { HttpRequest, InvocationContext } from '@azure/functions';

import type { FacadeHandler } from '../../facade/FacadeFunction';
import type { FacadeResponse } from '../../facade/output/FacadeResponse';
import { failureResponse } from '../../facade/output/failureResponse';
import { jsonResponse } from '../../facade/output/jsonResponse';
import { invalidRequest } from '../../facade/problems/invalidRequest';
import type { CleanupDeps } from '../CleanupDeps';
import { getRunReport } from '../run/getRunReport';
import { startApplyRun } from '../run/startApplyRun';
import { startCleanupRun } from '../run/startCleanupRun';
import { cleanupProblem } from './cleanupProblem';
import { itemView } from './itemView';
import { readStartRunBody } from './readStartRunBody';
import { runView } from './runView';

export interface CleanupHttpHandlers {
    /** POST /api/cleanup/runs: 202 with the run; 409 while another run is active. */
    readonly startRun: FacadeHandler;
    /** GET /api/cleanup/runs: the newest runs (`?limit=`, default 20, at most 100). */
    readonly listRuns: FacadeHandler;
    /** GET /api/cleanup/runs/{runId}: the report (`?items=false` leaves the items out). */
    readonly getRun: FacadeHandler;
    /** POST /api/cleanup/runs/{runId}/apply: 202 with the apply run; 404/409 when the plan cannot be applied. */
    readonly applyRun: FacadeHandler;
}

const RUN_ID = /^[0-9A-Za-z-]{1,80}$/;

const invalid = (path: string, message: string) => invalidRequest([{ path, message }]);

function runIdOf(request: HttpRequest): string {
    const runId = request.params['runId'] ?? '';
    if (!RUN_ID.test(runId)) {
        throw invalid('path.runId', 'is not a run id');
    }
    return runId;
}

function limitOf(request: HttpRequest): number {
    const raw = request.query.get('limit');
    if (raw === null) return 20;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 100) {
        throw invalid('query.limit', 'must be from 1 to 100');
    }
    return Number(raw);
}

/** The HTTP surface of cleanup over lazily built deps (a configuration error becomes a 500 problem, not a crash). */
export function createCleanupHttpHandlers(getDeps: () => Promise<CleanupDeps>): CleanupHttpHandlers {
    const guard =
        (operationId: string, body: (request: HttpRequest, context: InvocationContext) => Promise<FacadeResponse>): FacadeHandler =>
        async (request, context) => {
            try {
                return await body(request, context);
            } catch (err) {
                const instance = (() => {
                    try {
                        return new URL(request.url).pathname;
                    } catch {
                        return undefined;
                    }
                })();
                return failureResponse(cleanupProblem(err) ?? err, context, {
                    ...(instance === undefined ? {} : { instance }),
                    operationId,
                    invocationId: context.invocationId,
                });
            }
        };
    const accepted = (run: Parameters<typeof runView>[0]) => {
        const view = runView(run);
        return jsonResponse(202, view, { location: (view['links'] as { self: string }).self });
    };
    return {
        startRun: guard('startCleanupRun', async (request, context) => {
            const body = await readStartRunBody(request);
            const run = await startCleanupRun(await getDeps(), { trigger: 'http', ...body }, context);
            return accepted(run);
        }),
        listRuns: guard('listCleanupRuns', async (request) => {
            const runs = await (await getDeps()).runs.list(limitOf(request));
            return jsonResponse(200, { runs: runs.map(runView) });
        }),
        getRun: guard('getCleanupRun', async (request, context) => {
            const report = await getRunReport(await getDeps(), runIdOf(request), context);
            const withItems = request.query.get('items') !== 'false';
            return jsonResponse(200, {
                ...runView(report.run),
                services: report.work.map((w) => ({
                    serviceName: w.serviceName,
                    state: w.state,
                    ...(w.error === undefined ? {} : { error: w.error }),
                    ...(w.note === undefined ? {} : { note: w.note }),
                })),
                ...(withItems ? { items: report.items.map(itemView) } : {}),
            });
        }),
        applyRun: guard('applyCleanupRun', async (request, context) => {
            const run = await startApplyRun(await getDeps(), runIdOf(request), 'http', context);
            return accepted(run);
        }),
    };
}
