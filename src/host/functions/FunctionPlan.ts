import type { Schedule } from '../timers/Schedule';
import type { HostFunction } from './HostFunction';

/** How the local host runs one function, decided at start-up. */
export type FunctionPlan =
    | { readonly kind: 'http'; readonly fn: HostFunction; readonly route: string; readonly methods: readonly string[] }
    | { readonly kind: 'timer'; readonly fn: HostFunction; readonly schedule: Schedule; readonly runOnStartup: boolean }
    | { readonly kind: 'queue'; readonly fn: HostFunction; readonly queueName: string; readonly connectionString: string };
