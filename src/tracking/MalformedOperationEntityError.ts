/** A stored row that is not a valid tracking record. */
export class MalformedOperationEntityError extends Error {
    override readonly name = 'MalformedOperationEntityError';
}
