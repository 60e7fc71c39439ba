import type { QueueSettings } from './QueueSettings';

/** What the local host takes from host.json. */
export interface HostConfig {
    /** `extensions.http.routePrefix` (default `api`), without surrounding slashes; may be empty. */
    readonly routePrefix: string;
    readonly queues: QueueSettings;
}
