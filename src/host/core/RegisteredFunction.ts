import type { CoreFunctionMetadata } from './CoreFunctionMetadata';
import type { FunctionCallback } from './FunctionCallback';

/** A function captured from `registerFunction`. */
export interface RegisteredFunction {
    readonly name: string;
    readonly metadata: CoreFunctionMetadata;
    readonly callback: FunctionCallback;
}
