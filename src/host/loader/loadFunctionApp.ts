import type { CoreLogCategory, CoreLogLevel } from '../core/CoreLogLevel';
import { FunctionAppRegistry } from '../core/FunctionAppRegistry';
import { installFunctionsCore } from '../core/installFunctionsCore';
import { expandGlob } from './expandGlob';
import { loadScriptFile } from './loadScriptFile';

export interface LoadFunctionAppOptions {
    /** The function app directory: globs are relative to it. */
    readonly root: string;
    /** The entry point glob (package.json `main` in production, e.g. `dist/functions/*.js`). */
    readonly main: string;
    /** package.json `type` (`module` loads `.js` with import()). */
    readonly packageType?: string;
    /** Receives `@azure/functions-core` log calls (the library's system logs). */
    readonly log: (level: CoreLogLevel, category: CoreLogCategory, message: string) => void;
}

/** The registrations an app made while its entry points loaded. */
export interface LoadedFunctionApp {
    readonly registry: FunctionAppRegistry;
    /** The entry point files, in load order. */
    readonly files: readonly string[];
}

/**
 * Loads an app the way the Azure Functions Node.js worker does: with `@azure/functions-core` in place, expand the
 * `main` glob and require each file, capturing what the files register. A file that throws fails the load (the
 * worker's "unable to load entry point"), naming the file; no matching file is not an error (no functions).
 */
export async function loadFunctionApp(options: LoadFunctionAppOptions): Promise<LoadedFunctionApp> {
    const shim = installFunctionsCore();
    const registry = new FunctionAppRegistry(options.log);
    const files = expandGlob(options.main, options.root);
    await shim.capture(registry, async () => {
        for (const file of files) {
            try {
                await loadScriptFile(file, options.packageType);
            } catch (err) {
                const message = err instanceof Error ? err.message : String(err);
                throw new Error(`Worker was unable to load entry point "${file}": ${message}`, { cause: err });
            }
        }
    });
    registry.lock();
    return { registry, files };
}
