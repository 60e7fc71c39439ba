import type { CoreFunctionMetadata } from './CoreFunctionMetadata';
import type { CoreLogCategory, CoreLogLevel } from './CoreLogLevel';
import { Disposable } from './Disposable';
import type { FunctionCallback } from './FunctionCallback';
import { HOOK_NAMES, type HookCallback, type HookName } from './HookName';
import type { RegisteredFunction } from './RegisteredFunction';

/** What one app's entry points registered through `@azure/functions-core`: functions, hooks, programming model. */
export class FunctionAppRegistry {
    readonly functions: RegisteredFunction[] = [];
    /** Shared by every hook of the app (`appHookData`). */
    readonly appHookData: Record<string, unknown> = {};
    /** Shared by the app-level hooks only (appStart/appTerminate `hookData`). */
    readonly appLevelHookData: Record<string, unknown> = {};
    programmingModel: unknown;
    #hooks = new Map<HookName, HookCallback[]>();
    #locked = false;

    constructor(readonly log: (level: CoreLogLevel, category: CoreLogCategory, message: string) => void) {}

    /** After start-up, registering functions throws, as in the worker. */
    lock(): void {
        this.#locked = true;
    }

    registerFunction(metadata: CoreFunctionMetadata, callback: FunctionCallback): Disposable {
        if (this.#locked) throw new Error('A function can only be registered during app startup.');
        if (typeof metadata?.name !== 'string' || metadata.name === '') throw new Error('registerFunction: metadata.name is required.');
        if (typeof callback !== 'function') throw new Error(`registerFunction: the handler of "${metadata.name}" is not a function.`);
        const name = metadata.name;
        if (this.functions.some((f) => f.name.toLowerCase() === name.toLowerCase())) {
            throw new Error(`A function named "${name}" is already registered; function names are unique (case-insensitively).`);
        }
        const entry: RegisteredFunction = { name, metadata, callback };
        this.functions.push(entry);
        return new Disposable(() => {
            if (this.#locked) throw new Error('A function can only be disposed during app startup.');
            const i = this.functions.indexOf(entry);
            if (i >= 0) this.functions.splice(i, 1);
        });
    }

    registerHook(name: string, callback: HookCallback): Disposable {
        if (!(HOOK_NAMES as readonly string[]).includes(name)) throw new RangeError(`"${name}" is not a valid hook name.`);
        if (typeof callback !== 'function') throw new TypeError(`The ${name} hook callback is not a function.`);
        const list = this.#hooks.get(name as HookName) ?? [];
        list.push(callback);
        this.#hooks.set(name as HookName, list);
        return new Disposable(() => {
            const i = list.indexOf(callback);
            if (i >= 0) list.splice(i, 1);
        });
    }

    /** The hooks of one kind, in registration order (a copy: a hook may dispose itself while running). */
    hooks(name: HookName): readonly HookCallback[] {
        return [...(this.#hooks.get(name) ?? [])];
    }
}
