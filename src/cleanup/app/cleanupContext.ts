import { appContext } from '../../app/appContext';
import type { AppServices } from '../../app/AppServices';
import type { CleanupDeps } from '../CleanupDeps';
import { createCleanupDeps } from '../createCleanupDeps';
import { readPolicySource } from '../policy/readPolicySource';
import { createCleanupStorage } from '../store/createCleanupStorage';
import { storageTargetFor } from './storageTargetFor';

let instance: Promise<CleanupDeps> | undefined;

/**
 * The instance's cleanup engine over the app's services (configuration, ASM client) and its storage account,
 * built on first use (tables and queues created if missing) and shared by the timer, the worker and the HTTP
 * functions. A failure is not cached: the next invocation tries again.
 */
export function cleanupContext(services: () => AppServices = appContext, env: Readonly<Record<string, string | undefined>> = process.env): Promise<CleanupDeps> {
    instance ??= (async () => {
        const app = services();
        const config = app.config();
        const storage = createCleanupStorage(storageTargetFor(config.storage));
        await storage.ensure();
        // The app's operation tracker records each DELETE in asmoperations and announces its end (asm-operation-events).
        const tracker = app.operationTracker();
        return createCleanupDeps({
            subscriptionId: config.subscriptionId,
            asm: app.client(),
            storage,
            policySource: readPolicySource(env),
            now: () => app.now(),
            ...(tracker === undefined ? {} : { tracker }),
        });
    })().catch((err: unknown) => {
        instance = undefined;
        throw err;
    });
    return instance;
}
