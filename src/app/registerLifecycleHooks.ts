import { app } from '@azure/functions';

import type { AppServices } from './AppServices';

/**
 * At host start, validates the configuration once and logs what is wrong (by setting name) — without throwing, so
 * every function still loads and answers 500 ConfigurationError per request; at termination, closes the client's
 * agents. A runtime without hook support (an old worker, a local host) just skips them.
 */
export function registerLifecycleHooks(services: () => AppServices): void {
    try {
        app.hook.appStart(() => {
            try {
                services().config();
            } catch (err) {
                console.error(`asm-functions: ${err instanceof Error ? err.message : String(err)}`);
            }
        });
        app.hook.appTerminate(async () => {
            await services().close();
        });
    } catch (err) {
        console.warn(`asm-functions: lifecycle hooks not registered (${err instanceof Error ? err.message : String(err)}).`);
    }
}
