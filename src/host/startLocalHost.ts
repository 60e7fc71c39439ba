import { readFileSync } from 'node:fs';
import path from 'node:path';

import { azuriteConnectionString } from './azurite/azuriteConnectionString';
import { readHostConfig } from './config/readHostConfig';
import { installFunctionsCore } from './core/installFunctionsCore';
import { createAdminApi } from './createAdminApi';
import { createConsoleLogger } from './createConsoleLogger';
import { describeFunctions } from './describeFunctions';
import { describeFunction } from './functions/describeFunction';
import type { FunctionPlan } from './functions/FunctionPlan';
import type { HostFunction } from './functions/HostFunction';
import { planFunction } from './functions/planFunction';
import type { FunctionSummary } from './FunctionSummary';
import { RouteTable } from './http/routes/RouteTable';
import { startHttpHost } from './http/startHttpHost';
import type { InvocationInput } from './invoke/InvocationInput';
import { invokeFunction } from './invoke/invokeFunction';
import { runHooks } from './invoke/runHooks';
import { isLoopbackHost } from './isLoopbackHost';
import { loadFunctionApp } from './loader/loadFunctionApp';
import { readPackageJson } from './loader/readPackageJson';
import type { LocalHostOptions } from './LocalHostOptions';
import { createOutputWriter } from './outputs/createOutputWriter';
import { QueueNotifier } from './queues/QueueNotifier';
import { type RunningQueueListener, startQueueListener } from './queues/startQueueListener';
import type { RunningLocalHost } from './RunningLocalHost';
import { StorageClients } from './storage/StorageClients';
import { type RunningTimerTrigger, startTimerTrigger } from './timers/startTimerTrigger';

/**
 * Runs a function app locally the way the Azure host does, without Core Tools: loads package.json `main` through
 * the `@azure/functions-core` shim, then serves every HTTP route, runs timers on their schedules and queue triggers
 * with host.json's queue semantics. A function that cannot run is reported (`errors`) and skipped, as the host
 * does; an entry point that throws fails the start.
 */
export async function startLocalHost(options: LocalHostOptions): Promise<RunningLocalHost> {
    const root = path.resolve(options.root);
    const logger = options.logger ?? createConsoleLogger();
    const settings = options.settings ?? process.env;
    const host = options.host ?? '127.0.0.1';
    if (!isLoopbackHost(host)) throw new Error(`The local host listens on loopback addresses only, not '${host}'.`);
    const developmentStorage = options.developmentStorage ?? azuriteConnectionString();
    const hostJson = options.hostJson ?? (JSON.parse(readFileSync(path.join(root, 'host.json'), 'utf8')) as unknown);
    const config = readHostConfig(hostJson);
    const pkg = readPackageJson(root);
    const main = options.main ?? pkg.main;
    if (!main) throw new Error(`${path.join(root, 'package.json')} has no "main": the worker would find no entry point.`);

    installFunctionsCore();
    const app = await loadFunctionApp({
        root,
        main,
        ...(pkg.type ? { packageType: pkg.type } : {}),
        log: (level, category, message) => {
            if (category !== 'customMetric') logger(level, message);
        },
    });
    const { registry } = app;
    if (registry.functions.length === 0) {
        logger('warning', `No job functions found: package.json main "${main}" matched ${app.files.length} file(s) registering none.`);
    }

    const notifier = new QueueNotifier();
    const clients = new StorageClients();
    const outputs = createOutputWriter({ settings, developmentStorage, queueSettings: config.queues, clients, notifier, logger });
    const invoke = (fn: HostFunction, input: InvocationInput) => invokeFunction(fn, input, { registry, logger, outputs });

    const plans: FunctionPlan[] = [];
    const errors: { name: string; message: string }[] = [];
    const routes = new RouteTable<HostFunction>();
    for (const registered of registry.functions) {
        const disabled = settings[`AzureWebJobs.${registered.name}.Disabled`];
        if (disabled !== undefined && /^(true|1)$/i.test(disabled.trim())) {
            logger('information', `Function '${registered.name}' is disabled (AzureWebJobs.${registered.name}.Disabled).`);
            continue;
        }
        try {
            const plan = planFunction(describeFunction(registered, settings), { routePrefix: config.routePrefix, settings, developmentStorage });
            if (plan.kind === 'http') routes.add(plan.route, plan.methods, plan.fn);
            plans.push(plan);
        } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            errors.push({ name: registered.name, message });
            logger('error', `The '${registered.name}' function is in error: ${message}`);
        }
    }

    await runHooks(registry, 'appStart', { hookData: registry.appLevelHookData, appHookData: registry.appHookData, functionAppDirectory: root });

    let summaries: FunctionSummary[] = [];
    const http = await startHttpHost({
        host,
        port: options.port ?? 7071,
        routes,
        invoke,
        admin: createAdminApi(plans, () => summaries, invoke),
        logger,
    });
    const origin = `http://${host.includes(':') ? `[${host}]` : host}:${http.port}`;
    summaries = describeFunctions(plans, origin);

    const timers: RunningTimerTrigger[] = [];
    const listeners: RunningQueueListener[] = [];
    for (const plan of plans) {
        if (plan.kind === 'timer') {
            timers.push(startTimerTrigger({ fn: plan.fn, schedule: plan.schedule, runOnStartup: plan.runOnStartup, invoke, logger }));
        } else if (plan.kind === 'queue') {
            const listener = startQueueListener({
                fn: plan.fn,
                queue: clients.queue(plan.connectionString, plan.queueName),
                poisonQueue: clients.queue(plan.connectionString, `${plan.queueName}-poison`),
                settings: config.queues,
                invoke,
                logger,
                ...(options.queueLeaseMs !== undefined ? { leaseMs: options.queueLeaseMs } : {}),
            });
            notifier.register(plan.queueName, () => listener.notify());
            listeners.push(listener);
        }
    }

    let stopping: Promise<void> | undefined;
    return {
        origin,
        baseUrl: config.routePrefix === '' ? origin : `${origin}/${config.routePrefix}`,
        port: http.port,
        functions: summaries,
        errors,
        stop: () => {
            stopping ??= (async () => {
                const closing = http.close();
                await Promise.all([...timers.map((t) => t.stop()), ...listeners.map((l) => l.stop())]);
                await closing;
                try {
                    await runHooks(registry, 'appTerminate', { hookData: registry.appLevelHookData, appHookData: registry.appHookData });
                } catch (err) {
                    logger('error', `An appTerminate hook threw: ${err instanceof Error ? err.message : String(err)}`);
                }
                installFunctionsCore().release(registry);
            })();
            return stopping;
        },
    };
}
