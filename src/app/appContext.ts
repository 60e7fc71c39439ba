import type { AppServices } from './AppServices';
import { createAppServices } from './createAppServices';

let instance: AppServices | undefined;

/**
 * The instance's services over `process.env` (the Function App's settings), created on the first call — never at
 * import — and shared by every function and invocation of this worker process.
 */
export function appContext(): AppServices {
    instance ??= createAppServices();
    return instance;
}
