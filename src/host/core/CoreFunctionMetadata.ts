/** One binding as `@azure/functions` hands it to the worker: the trigger/input/output options plus these. */
export interface CoreBindingInfo {
    readonly type?: string | null;
    readonly direction?: 'in' | 'out' | 'inout' | null;
    readonly [property: string]: unknown;
}

/** `registerFunction`'s metadata (the worker's `FunctionMetadata`, from `toCoreFunctionMetadata`). */
export interface CoreFunctionMetadata {
    readonly name: string;
    readonly functionId?: string;
    /** Binding name → binding; the trigger is the one whose type ends in `Trigger`, the return value is `$return`. */
    readonly bindings: Readonly<Record<string, CoreBindingInfo>>;
    readonly retryOptions?: unknown;
}
