/** Whether a storage SDK error (RestError) has this HTTP status: 404 missing, 409 exists, 412 ETag mismatch. */
export function hasStatusCode(err: unknown, status: number): boolean {
    return typeof err === 'object' && err !== null && (err as { statusCode?: unknown }).statusCode === status;
}
