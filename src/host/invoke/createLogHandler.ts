import type { InvocationContext, LogHandler, LogLevel } from '@azure/functions';
import { format } from 'node:util';

import type { FunctionAppRegistry } from '../core/FunctionAppRegistry';
import type { HostLogger } from '../HostLogger';

/**
 * The InvocationContext log handler: formats the arguments like the worker, lets `log` hooks change the level and
 * message of user logs (synchronously, as the worker), then writes the line under the function's name.
 */
export function createLogHandler(
    registry: FunctionAppRegistry,
    logger: HostLogger,
    functionName: string,
    getContext: () => InvocationContext | undefined,
): LogHandler {
    return (level: LogLevel, ...args: unknown[]) => {
        const hookContext: Record<string, unknown> = {
            hookData: {},
            appHookData: registry.appHookData,
            invocationContext: getContext(),
            category: 'user',
            level,
            message: format(...args),
        };
        for (const hook of registry.hooks('log')) {
            try {
                hook(hookContext);
            } catch (err) {
                logger('error', `A log hook threw: ${err instanceof Error ? err.message : String(err)}`);
            }
        }
        logger(hookContext['level'] as LogLevel, String(hookContext['message']), functionName);
    };
}
