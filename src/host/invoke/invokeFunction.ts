import { InvocationContext } from '@azure/functions';
import { randomUUID } from 'node:crypto';

import type { HostFunction } from '../functions/HostFunction';
import { createLogHandler } from './createLogHandler';
import { effectiveOptions } from './effectiveOptions';
import type { InvocationDeps } from './InvocationDeps';
import type { InvocationInput } from './InvocationInput';
import { runHooks } from './runHooks';

/** A successful invocation: the context the handler saw and its (post-hook) result. */
export interface InvocationOutcome {
    readonly context: InvocationContext;
    readonly result: unknown;
}

/**
 * Runs one invocation as the worker does: a public `InvocationContext`, preInvocation hooks (which may replace the
 * inputs or the handler), the handler, postInvocation hooks (which may replace the result or the error); then, on
 * success only, the non-HTTP outputs (extra outputs and a non-HTTP `$return`). Throws the handler's error.
 */
export async function invokeFunction(fn: HostFunction, input: InvocationInput, deps: InvocationDeps): Promise<InvocationOutcome> {
    const invocationId = randomUUID();
    let context: InvocationContext | undefined;
    context = new InvocationContext({
        invocationId,
        functionName: fn.name,
        logHandler: createLogHandler(deps.registry, deps.logger, fn.name, () => context),
        ...(input.triggerMetadata ? { triggerMetadata: input.triggerMetadata } : {}),
        ...(input.retryContext ? { retryContext: input.retryContext } : {}),
        options: effectiveOptions(fn),
    });
    const started = Date.now();
    deps.logger('information', `Executing 'Functions.${fn.name}' (Reason='${input.reason}', Id=${invocationId})`);
    const hookData: Record<string, unknown> = {};
    const pre: Record<string, unknown> = {
        hookData,
        appHookData: deps.registry.appHookData,
        invocationContext: context,
        functionCallback: fn.callback,
        inputs: [input.trigger],
    };
    let result: unknown;
    let error: unknown;
    try {
        await runHooks(deps.registry, 'preInvocation', pre);
        const callback = pre['functionCallback'] as (...args: unknown[]) => unknown;
        const inputs = pre['inputs'] as unknown[];
        try {
            result = await callback(...inputs, context);
        } catch (err) {
            error = err;
        }
        const post: Record<string, unknown> = {
            hookData,
            appHookData: deps.registry.appHookData,
            invocationContext: context,
            inputs,
            result: result ?? null,
            error: error ?? null,
        };
        await runHooks(deps.registry, 'postInvocation', post);
        result = post['result'] ?? undefined;
        error = post['error'] ?? undefined;
        if (error !== undefined) throw error;
        await writeOutputs(fn, context, result, deps);
    } catch (err) {
        const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
        deps.logger('error', `Executed 'Functions.${fn.name}' (Failed, Id=${invocationId}, Duration=${Date.now() - started}ms)\n${message}`);
        throw err;
    }
    deps.logger('information', `Executed 'Functions.${fn.name}' (Succeeded, Id=${invocationId}, Duration=${Date.now() - started}ms)`);
    return { context, result };
}

async function writeOutputs(fn: HostFunction, context: InvocationContext, result: unknown, deps: InvocationDeps): Promise<void> {
    for (const binding of fn.extraOutputs) {
        if (binding.type.toLowerCase() === 'http') continue;
        const value = context.extraOutputs.get(binding.name);
        if (value !== undefined && value !== null) await deps.outputs.write(fn, binding, value);
    }
    const ret = fn.returnBinding;
    if (ret && ret.type.toLowerCase() !== 'http' && result !== undefined && result !== null) await deps.outputs.write(fn, ret, result);
}
