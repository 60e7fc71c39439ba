/** A stored value with the ETag to update it with (optimistic concurrency). */
export interface Versioned<T> {
    readonly value: T;
    readonly etag: string;
}
