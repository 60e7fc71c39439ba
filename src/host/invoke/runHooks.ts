import type { FunctionAppRegistry } from '../core/FunctionAppRegistry';
import type { HookName } from '../core/HookName';

/** Runs one kind of hook in registration order, awaiting each; a hook that throws stops the rest (as the worker). */
export async function runHooks(registry: FunctionAppRegistry, name: HookName, context: Record<string, unknown>): Promise<void> {
    for (const hook of registry.hooks(name)) await hook(context);
}
