/** A facade request read and validated: the client's flattened parameters and whether to wait for the end. */
export interface OperationInput {
    /** Path values, query values and body fields by their camelCase names (a list body under `body`). */
    readonly params: Readonly<Record<string, unknown>>;
    /** `?wait=true` on an operation that may run asynchronously. */
    readonly wait: boolean;
}
