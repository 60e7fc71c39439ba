/**
 * ASM's 409 while another operation holds a deployment: `ConflictError` "Windows Azure is currently performing an
 * operation with x-ms-requestid … on this deployment that requires exclusive access." Waiting for the holder and
 * retrying is safe even for POST/PUT/DELETE: the request was rejected without any effect.
 */
export function isExclusiveAccessConflict(status: number, asmCode: string | undefined, asmMessage: string | undefined): boolean {
    return status === 409 && (asmCode === undefined || asmCode === 'ConflictError') && /requires exclusive access/i.test(asmMessage ?? '');
}
