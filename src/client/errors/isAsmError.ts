import { AsmError } from './AsmError';

/** Type guard for the AsmError family (narrow further with `instanceof` or by `code`). */
export function isAsmError(value: unknown): value is AsmError {
    return value instanceof AsmError;
}
