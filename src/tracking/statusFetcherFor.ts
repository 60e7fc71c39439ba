import type { AsmClient } from '../client/AsmClient';
import type { StatusFetcher } from './StatusFetcher';

export interface StatusCallLimits {
    /** Timeout of one attempt, ms (default 15 s). */
    readonly timeoutMs?: number;
    /** Budget of the client's own retries inside one poll, ms (default 20 s): a poll invocation stays short. */
    readonly retryBudgetMs?: number;
}

/**
 * A StatusFetcher over AsmClients: `clientFor(subscriptionId)` gives the (cached) client of a subscription; each
 * poll is one `getOperationStatus` with the client's retries bounded so one invocation never runs long — what is
 * still failing after that is rescheduled by the poller (transient) or retried by the host (permanent).
 */
export function statusFetcherFor(clientFor: (subscriptionId: string) => AsmClient | Promise<AsmClient>, limits: StatusCallLimits = {}): StatusFetcher {
    return async (subscriptionId, requestId) => {
        const client = await clientFor(subscriptionId);
        return client.getOperationStatus(
            { requestId },
            { timeoutMs: limits.timeoutMs ?? 15_000, retry: { retryBudgetMs: limits.retryBudgetMs ?? 20_000 } },
        );
    };
}
