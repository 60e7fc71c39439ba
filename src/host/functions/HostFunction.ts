import type { FunctionCallback } from '../core/FunctionCallback';
import type { HostBinding } from './HostBinding';

/** A registered function as the local host runs it: trigger, return binding, extra inputs and outputs. */
export interface HostFunction {
    readonly name: string;
    readonly callback: FunctionCallback;
    readonly trigger: HostBinding;
    /** `$return`: `http` for HTTP functions, or any output the return value goes to. */
    readonly returnBinding?: HostBinding;
    readonly extraInputs: readonly HostBinding[];
    readonly extraOutputs: readonly HostBinding[];
    /** The function's retry policy (`retryOptions` of the core metadata), when it has one. */
    readonly retryOptions?: unknown;
}
