import { redactText } from './redactText';
import { sanitizeCause } from './sanitizeCause';

/** The stable string code of each member of the AsmError family. */
export type AsmErrorCode =
    | 'ASM_HTTP_ERROR'
    | 'ASM_CERTIFICATE_REJECTED'
    | 'ASM_OPERATION_FAILED'
    | 'ASM_OPERATION_TIMEOUT'
    | 'ASM_TRANSPORT_ERROR'
    | 'ASM_VALIDATION_ERROR'
    | 'ASM_RESPONSE_FORMAT'
    | 'ASM_CERTIFICATE_ERROR'
    | 'ASM_CONFIG_ERROR';

/**
 * Root of every error the ASM client throws. `code` is a stable string constant per subclass. The message and the
 * cause are redacted here, in the constructor, so no subclass can leak certificate material: the message loses PEM
 * blocks and long base64 runs, and the cause is replaced by a sanitized copy (see sanitizeCause).
 */
export class AsmError extends Error {
    override readonly name: string = 'AsmError';
    readonly code: AsmErrorCode;

    constructor(code: AsmErrorCode, message: string, options?: { readonly cause?: unknown }) {
        const cause = sanitizeCause(options?.cause);
        super(redactText(message), cause === undefined ? undefined : { cause });
        this.code = code;
    }

    /** A plain object for structured logs: name, code, message and the subclass's own fields. */
    toJSON(): Record<string, unknown> {
        const out: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
        for (const [key, value] of Object.entries(this)) {
            if (key !== 'cause' && value !== undefined) out[key] = value;
        }
        if (this.cause instanceof Error) out['cause'] = { name: this.cause.name, message: this.cause.message };
        return out;
    }
}
