import Module from 'node:module';

import { FunctionsCoreShim } from './FunctionsCoreShim';

export const FUNCTIONS_CORE_ID = '@azure/functions-core';

interface ModuleInternals {
    _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
    _cache: Record<string, Module | undefined>;
}

let installed: FunctionsCoreShim | undefined;

/**
 * Provides the worker's built-in module `@azure/functions-core` to this process, as the Azure Functions Node.js
 * worker does before it loads an app: `require('@azure/functions-core')` resolves to the id itself, whose entry in
 * the module cache holds the shim's API. Idempotent; returns the process's one shim.
 */
export function installFunctionsCore(): FunctionsCoreShim {
    if (installed) return installed;
    const shim = new FunctionsCoreShim();
    const internals = Module as unknown as ModuleInternals;
    const resolve = internals._resolveFilename;
    internals._resolveFilename = function resolveFunctionsCore(this: unknown, request, parent, isMain, options) {
        if (request === FUNCTIONS_CORE_ID) return FUNCTIONS_CORE_ID;
        return resolve.call(this, request, parent, isMain, options);
    };
    const mod = new Module(FUNCTIONS_CORE_ID);
    mod.filename = FUNCTIONS_CORE_ID;
    mod.loaded = true;
    mod.exports = shim.api;
    internals._cache[FUNCTIONS_CORE_ID] = mod;
    installed = shim;
    return shim;
}
