import { getIgnoreCase } from './getIgnoreCase';
import type { HostConfig } from './HostConfig';
import { readQueueSettings } from './readQueueSettings';

/** Interprets a parsed host.json (version 2.0) for the local host; throws with the offending key on bad values. */
export function readHostConfig(hostJson: unknown, development = true): HostConfig {
    const extensions = getIgnoreCase(hostJson, 'extensions');
    const prefix = getIgnoreCase(getIgnoreCase(extensions, 'http'), 'routePrefix');
    if (prefix !== undefined && typeof prefix !== 'string') throw new Error('host.json extensions.http.routePrefix must be a string.');
    return {
        routePrefix: (prefix ?? 'api').replace(/^\/+|\/+$/g, ''),
        queues: readQueueSettings(getIgnoreCase(extensions, 'queues'), development),
    };
}
