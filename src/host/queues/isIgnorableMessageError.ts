/**
 * Errors the extension ignores when deleting or updating a message: it is gone (404), or another receiver holds it
 * (400 PopReceiptMismatch), or the queue is being deleted (409).
 */
export function isIgnorableMessageError(err: unknown): boolean {
    const status = (err as { statusCode?: unknown } | null)?.statusCode;
    return status === 404 || status === 409 || (status === 400 && /PopReceiptMismatch/i.test(String((err as { code?: unknown }).code)));
}
