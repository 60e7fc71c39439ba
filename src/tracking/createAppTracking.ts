import type { AppServices } from '../app/AppServices';
import { loadTrackingSettings } from './loadTrackingSettings';
import { createOperationTracking, type OperationTracking } from './OperationTracking';
import { statusFetcherFor } from './statusFetcherFor';
import { trackingStorageTarget } from './trackingStorageTarget';

/**
 * Operation tracking over an instance's services: the Function App's storage account (AzureWebJobsStorage), the
 * instance's ASM client for status calls, the tracking app settings. Storage is reached on first use only.
 * The app manages one subscription: a record of another one cannot be polled (its poll fails permanently and the
 * record ends Poisoned, saying so).
 */
export function createAppTracking(services: Pick<AppServices, 'config' | 'client' | 'now'>, env: Readonly<Record<string, string | undefined>>): OperationTracking {
    return createOperationTracking({
        storage: trackingStorageTarget(services.config().storage),
        settings: loadTrackingSettings(env),
        now: () => services.now(),
        getStatus: statusFetcherFor((subscriptionId) => {
            const client = services.client();
            if (client.subscriptionId !== subscriptionId.toLowerCase()) {
                throw new Error(`This app manages subscription ${client.subscriptionId}, not ${subscriptionId}.`);
            }
            return client;
        }),
    });
}
