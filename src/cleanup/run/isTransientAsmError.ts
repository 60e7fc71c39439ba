import { AsmHttpError } from '../../client/errors/AsmHttpError';
import { AsmTransportError } from '../../client/errors/AsmTransportError';

const THROTTLED_OR_BUSY = new Set([429, 500, 502, 503, 504]);

/**
 * Whether an ASM failure is worth waiting out: throttling and server errors (429/5xx), a 409 exclusive-access
 * conflict, and transport failures other than TLS (a certificate problem does not heal by waiting).
 */
export function isTransientAsmError(err: unknown): boolean {
    if (err instanceof AsmHttpError) return THROTTLED_OR_BUSY.has(err.status) || err.isExclusiveAccessConflict;
    if (err instanceof AsmTransportError) return err.kind !== 'tls';
    return false;
}
