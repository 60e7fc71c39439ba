import type { FunctionAppRegistry } from '../core/FunctionAppRegistry';
import type { HostLogger } from '../HostLogger';
import type { OutputWriter } from './OutputWriter';

/** What invokeFunction needs from the host. */
export interface InvocationDeps {
    readonly registry: FunctionAppRegistry;
    readonly logger: HostLogger;
    readonly outputs: OutputWriter;
}
