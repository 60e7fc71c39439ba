import type { AppSettings } from '../config/AppSettings';
import { resolveStorageConnection } from '../storage/resolveStorageConnection';
import { parseSchedule } from '../timers/parseSchedule';
import type { FunctionPlan } from './FunctionPlan';
import type { HostFunction } from './HostFunction';

const QUEUE_NAME = /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/;

export interface PlanContext {
    readonly routePrefix: string;
    readonly settings: AppSettings;
    readonly developmentStorage: string;
}

/**
 * Decides how a function runs from its trigger: HTTP route (prefix + `route`, or the function name) and methods;
 * timer schedule (NCRONTAB/TimeSpan, WEBSITE_TIME_ZONE or UTC); queue name and connection. Throws what makes the
 * host put the function in error (unsupported trigger, bad schedule, invalid queue name, missing connection).
 */
export function planFunction(fn: HostFunction, ctx: PlanContext): FunctionPlan {
    const trigger = fn.trigger;
    switch (trigger.type.toLowerCase()) {
        case 'httptrigger': {
            const route = typeof trigger['route'] === 'string' && trigger['route'].trim() !== '' ? trigger['route'] : fn.name;
            const methods = Array.isArray(trigger['methods']) && trigger['methods'].length > 0 ? (trigger['methods'] as unknown[]).map(String) : ['GET', 'POST'];
            const full = [ctx.routePrefix, route.replace(/^~?\/+/, '')].filter((s) => s !== '').join('/');
            return { kind: 'http', fn, route: full, methods };
        }
        case 'timertrigger': {
            if (typeof trigger['schedule'] !== 'string') throw new Error(`Function '${fn.name}' has no schedule.`);
            const schedule = parseSchedule(trigger['schedule'], ctx.settings['WEBSITE_TIME_ZONE'] ?? 'UTC');
            return { kind: 'timer', fn, schedule, runOnStartup: trigger['runOnStartup'] === true };
        }
        case 'queuetrigger': {
            const queueName = typeof trigger['queueName'] === 'string' ? trigger['queueName'] : '';
            if (!QUEUE_NAME.test(queueName)) throw new Error(`The queue name '${queueName}' is invalid (3-63 lowercase letters, digits, single dashes).`);
            const connectionString = resolveStorageConnection(trigger['connection'], ctx.settings, ctx.developmentStorage);
            return { kind: 'queue', fn, queueName, connectionString };
        }
        default:
            throw new Error(`The ${trigger.type} trigger is not supported by the local host (HTTP, timer and storage queue triggers are).`);
    }
}
