import { appContext } from '../app/appContext';
import type { AppServices } from '../app/AppServices';
import type { FacadeFunction } from '../facade/FacadeFunction';
import { jsonResponse } from '../facade/output/jsonResponse';
import { HEALTH_ROUTE } from '../facade/routes/listFacadeRoutes';
import type { HealthReport } from './healthReportSchema';
import { runHealthChecks } from './runHealthChecks';

/** A report is reused for this long, ms, so an anonymous caller cannot turn /health into a stream of ASM calls. */
export const HEALTH_CACHE_MS = 10_000;

/** GET /api/health (anonymous): the health report, 200 when healthy, 503 otherwise; never cached by clients. */
export function healthFunction(services: () => AppServices = appContext): FacadeFunction {
    let cached: { report: HealthReport; at: number } | undefined;
    let running: Promise<HealthReport> | undefined;
    return {
        name: HEALTH_ROUTE.operationId,
        options: {
            methods: [HEALTH_ROUTE.method],
            route: HEALTH_ROUTE.route,
            authLevel: 'anonymous',
            handler: async (_request, context) => {
                const app = services();
                if (cached === undefined || app.now() - cached.at >= HEALTH_CACHE_MS) {
                    running ??= runHealthChecks(app, (message) => context.warn(message)).finally(() => {
                        running = undefined;
                    });
                    const report = await running;
                    cached = { report, at: app.now() };
                }
                const report = cached.report;
                return jsonResponse(report.status === 'healthy' ? 200 : 503, report, { 'cache-control': 'no-store' });
            },
        },
    };
}
