import type { CleanupDeps } from '../CleanupDeps';
import { backoffMs } from './backoffMs';
import { isTransientAsmError } from './isTransientAsmError';

/**
 * Runs a read against ASM, waiting out throttling, 5xx, exclusive-access conflicts and network failures beyond the
 * client's own retries (settings.maxReadAttempts, backed off): a 503 storm slows a run, it does not lose decisions.
 */
export async function withAsmRetries<T>(deps: Pick<CleanupDeps, 'settings' | 'sleep'>, call: () => Promise<T>): Promise<T> {
    const { maxReadAttempts, retryBaseMs, retryMaxMs } = deps.settings;
    for (let attempt = 0; ; attempt++) {
        try {
            return await call();
        } catch (err) {
            if (!isTransientAsmError(err) || attempt + 1 >= maxReadAttempts) throw err;
            await deps.sleep(backoffMs(attempt, retryBaseMs, retryMaxMs));
        }
    }
}
