import type { CoreFunctionMetadata } from './CoreFunctionMetadata';
import type { CoreLogCategory, CoreLogLevel } from './CoreLogLevel';
import { Disposable } from './Disposable';
import type { FunctionAppRegistry } from './FunctionAppRegistry';
import type { FunctionCallback } from './FunctionCallback';
import type { HookCallback } from './HookName';

/** The version the shim reports as `@azure/functions-core`'s `version` (the worker's) and `hostVersion`. */
export const SHIM_WORKER_VERSION = '3.0.0-asm-local';
export const SHIM_HOST_VERSION = '4.0.0-asm-local';

/** The object `require('@azure/functions-core')` returns: the worker's public API, backed by app registries. */
export interface FunctionsCoreApi {
    readonly version: string;
    readonly hostVersion: string;
    registerFunction(metadata: CoreFunctionMetadata, callback: FunctionCallback): Disposable;
    registerHook(hookName: string, callback: HookCallback): Disposable;
    setProgrammingModel(programmingModel: unknown): void;
    getProgrammingModel(): unknown;
    log(level: CoreLogLevel, category: CoreLogCategory, message: string): void;
    readonly Disposable: typeof Disposable;
}

/**
 * One per process (the library caches the core module on first use): dispatches the API to the registry of the
 * app being loaded, or else to the last app loaded.
 */
export class FunctionsCoreShim {
    readonly api: FunctionsCoreApi;
    #loading: FunctionAppRegistry | undefined;
    #active: FunctionAppRegistry | undefined;
    #programmingModel: unknown;

    constructor() {
        const target = (what: string): FunctionAppRegistry => {
            const registry = this.#loading ?? this.#active;
            if (!registry) throw new Error(`@azure/functions-core: ${what} is only possible while the local host loads an app.`);
            return registry;
        };
        this.api = {
            version: SHIM_WORKER_VERSION,
            hostVersion: SHIM_HOST_VERSION,
            registerFunction: (metadata, callback) => {
                if (!this.#loading) throw new Error('A function can only be registered during app startup.');
                return this.#loading.registerFunction(metadata, callback);
            },
            registerHook: (hookName, callback) => target('registerHook').registerHook(hookName, callback),
            setProgrammingModel: (model) => {
                this.#programmingModel = model;
                const registry = this.#loading ?? this.#active;
                if (registry) registry.programmingModel = model;
            },
            getProgrammingModel: () => this.#programmingModel,
            log: (level, category, message) => {
                const registry = this.#loading ?? this.#active;
                if (registry) registry.log(level, category, message);
                else if (level === 'warning' || level === 'error' || level === 'critical') process.stderr.write(`${message}\n`);
            },
            Disposable,
        };
    }

    /** Runs `load` with registrations going to `registry`; the registry stays the target of hooks and logs after. */
    async capture<T>(registry: FunctionAppRegistry, load: () => Promise<T>): Promise<T> {
        if (this.#loading) throw new Error('Another app is being loaded by the local host.');
        this.#loading = registry;
        if (this.#programmingModel !== undefined) registry.programmingModel = this.#programmingModel;
        try {
            return await load();
        } finally {
            this.#loading = undefined;
            this.#active = registry;
        }
    }

    /** Stops routing logs and hooks to `registry` (the app stopped). */
    release(registry: FunctionAppRegistry): void {
        if (this.#active === registry) this.#active = undefined;
    }
}
