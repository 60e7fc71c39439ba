import type { HttpFunctionOptions, InvocationContext, StorageQueueFunctionOptions, Timer, TimerFunctionOptions } from '@azure/functions';

import { cleanupContext } from './app/cleanupContext';
import type { CleanupDeps } from './CleanupDeps';
import { createCleanupHttpHandlers } from './http/createCleanupHttpHandlers';
import { cleanupScheduleExpression } from './policy/cleanupScheduleExpression';
import { processWorkItem } from './run/processWorkItem';
import { runScheduledCleanup } from './runScheduledCleanup';
import { CLEANUP_NAMES } from './store/cleanupNames';

type Named<O> = { readonly name: string; readonly options: O };

export interface CleanupFunctions {
    readonly timer: Named<TimerFunctionOptions>;
    readonly worker: Named<StorageQueueFunctionOptions>;
    readonly http: readonly Named<HttpFunctionOptions>[];
}

function dequeueCountOf(context: InvocationContext): number | undefined {
    const n = context.triggerMetadata?.['dequeueCount'];
    return typeof n === 'number' ? n : typeof n === 'string' && /^\d+$/.test(n) ? Number(n) : undefined;
}

/**
 * Every cleanup function, ready for `app.timer` / `app.storageQueue` / `app.http`: the schedule, the queue worker
 * (`asm-cleanup-work` on AzureWebJobsStorage) and the four HTTP endpoints under `cleanup/runs`. `getDeps` is a
 * seam for tests; the functions use the instance's cleanupContext.
 */
export function cleanupFunctions(getDeps: () => Promise<CleanupDeps> = () => cleanupContext(), env = process.env): CleanupFunctions {
    const handlers = createCleanupHttpHandlers(getDeps);
    return {
        timer: {
            name: 'cleanupTimer',
            options: {
                schedule: cleanupScheduleExpression(env),
                handler: (_timer: Timer, context: InvocationContext) => runScheduledCleanup(getDeps, context),
            },
        },
        worker: {
            name: 'cleanupWorker',
            options: {
                queueName: CLEANUP_NAMES.workQueue,
                connection: 'AzureWebJobsStorage',
                handler: async (message: unknown, context: InvocationContext) => {
                    const dequeueCount = dequeueCountOf(context);
                    await processWorkItem(await getDeps(), message, dequeueCount === undefined ? {} : { dequeueCount }, context);
                },
            },
        },
        http: [
            { name: 'cleanupStartRun', options: { methods: ['POST'], route: 'cleanup/runs', authLevel: 'function', handler: handlers.startRun } },
            { name: 'cleanupListRuns', options: { methods: ['GET'], route: 'cleanup/runs', authLevel: 'function', handler: handlers.listRuns } },
            { name: 'cleanupGetRun', options: { methods: ['GET'], route: 'cleanup/runs/{runId}', authLevel: 'function', handler: handlers.getRun } },
            { name: 'cleanupApplyRun', options: { methods: ['POST'], route: 'cleanup/runs/{runId}/apply', authLevel: 'function', handler: handlers.applyRun } },
        ],
    };
}
