import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Loads one entry point as the worker does: ES modules (`.mjs`, or `.js` in a `"type": "module"` package) with
 * import(), everything else with require(). A CommonJS file is evicted from the module cache first, so loading an
 * app again in the same process registers its functions again.
 */
export async function loadScriptFile(file: string, packageType: string | undefined): Promise<void> {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.mjs' || (ext === '.js' && packageType === 'module')) {
        await import(pathToFileURL(file).href);
        return;
    }
    const resolved = require.resolve(file);
    delete require.cache[resolved];
    require(resolved);
}
