import type { AppSettings } from '../config/AppSettings';
import { resolveAppSettingExpressions } from '../config/resolveAppSettingExpressions';
import type { CoreBindingInfo } from '../core/CoreFunctionMetadata';
import type { RegisteredFunction } from '../core/RegisteredFunction';
import type { HostBinding } from './HostBinding';
import type { HostFunction } from './HostFunction';

/** Properties that are never binding expressions. */
const LITERAL = new Set(['name', 'type', 'direction', 'route', 'authLevel', 'methods', 'properties']);

function resolveBinding(name: string, binding: CoreBindingInfo, settings: AppSettings): HostBinding {
    const resolved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(binding)) {
        resolved[key] = typeof value === 'string' && !LITERAL.has(key) ? resolveAppSettingExpressions(value, settings) : value;
    }
    const type = typeof binding.type === 'string' ? binding.type : '';
    const direction = binding.direction === 'out' || binding.direction === 'inout' ? binding.direction : 'in';
    return { ...resolved, name, type, direction };
}

/**
 * Splits a registration's bindings into trigger, `$return`, extra inputs and outputs (as the library's
 * `fromRpcBindings` does) and resolves `%SETTING%` expressions; throws, naming the problem, when the function
 * cannot run (no trigger, unresolved setting).
 */
export function describeFunction(registered: RegisteredFunction, settings: AppSettings): HostFunction {
    let trigger: HostBinding | undefined;
    let returnBinding: HostBinding | undefined;
    const extraInputs: HostBinding[] = [];
    const extraOutputs: HostBinding[] = [];
    for (const [name, binding] of Object.entries(registered.metadata.bindings ?? {})) {
        const resolved = resolveBinding(name, binding, settings);
        if (/trigger$/i.test(resolved.type)) {
            if (trigger) throw new Error(`Function '${registered.name}' has more than one trigger.`);
            trigger = resolved;
        } else if (name === '$return') returnBinding = resolved;
        else if (resolved.direction === 'out') extraOutputs.push(resolved);
        else extraInputs.push(resolved);
    }
    if (!trigger) throw new Error(`Function '${registered.name}' has no trigger binding.`);
    return {
        name: registered.name,
        callback: registered.callback,
        trigger,
        ...(returnBinding ? { returnBinding } : {}),
        extraInputs,
        extraOutputs,
        ...(registered.metadata.retryOptions ? { retryOptions: registered.metadata.retryOptions } : {}),
    };
}
