import type { FunctionPlan } from './functions/FunctionPlan';
import type { HostFunction } from './functions/HostFunction';
import type { FunctionSummary } from './FunctionSummary';
import type { AdminApi } from './http/AdminApi';
import type { InvocationInput } from './invoke/InvocationInput';
import { parseQueueItem } from './queues/parseQueueItem';
import { SHIM_HOST_VERSION } from './core/FunctionsCoreShim';
import { timerInfo } from './timers/timerInfo';

/** The admin endpoints over the running plans: status, listing, and manual runs of timer/queue functions. */
export function createAdminApi(
    plans: readonly FunctionPlan[],
    summaries: () => readonly FunctionSummary[],
    invoke: (fn: HostFunction, input: InvocationInput) => Promise<unknown>,
): AdminApi {
    const started = Date.now();
    return {
        status: () => ({ id: 'asm-functions-local', state: 'Running', version: SHIM_HOST_VERSION, processUptime: Date.now() - started }),
        functions: () => [...summaries()],
        invoke: (name, input) => {
            const plan = plans.find((p) => p.fn.name.toLowerCase() === name.toLowerCase());
            if (!plan) return 'notFound';
            if (plan.kind === 'http') return 'httpFunction';
            const now = new Date();
            const trigger = plan.kind === 'timer' ? timerInfo(false, now, plan.schedule.next(now), now) : parseQueueItem(input ?? '');
            invoke(plan.fn, { trigger, reason: 'This function was programmatically called via the host APIs.' }).catch(() => undefined);
            return 'accepted';
        },
    };
}
