import { isAsmError } from '../../client/errors/isAsmError';

/** A one-line description of an error for reports (AsmErrors are already redacted by their constructor). */
export function describeError(err: unknown): string {
    if (isAsmError(err)) return `${err.name}: ${err.message}`;
    if (err instanceof Error) return `${err.name}: ${err.message}`;
    return String(err);
}
