import type { HostBinding } from '../functions/HostBinding';
import type { HostFunction } from '../functions/HostFunction';

/** Writes a non-HTTP output binding's value (queue message, table entity…) after a successful invocation. */
export interface OutputWriter {
    write(fn: HostFunction, binding: HostBinding, value: unknown): Promise<void>;
}
