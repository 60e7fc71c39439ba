import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { AsmValidationError } from '../errors/AsmValidationError';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Fills the path template: `{subscriptionId}` from the client, every other `{name}` from the parameters,
 * percent-encoded as one segment (`/`, `?`, `#`, `%` and spaces cannot change the path's shape). `.` and `..` are
 * refused: URL normalization (also of `%2E%2E`) would turn them into a different resource.
 */
export function expandPath(spec: OperationSpec, params: Readonly<Record<string, unknown>>, subscriptionId: string): string {
    return spec.path.replace(PLACEHOLDER, (_match, name: string) => {
        const value = name === 'subscriptionId' ? subscriptionId : params[name];
        if (value === undefined || value === null || value === '') {
            throw new AsmValidationError(name, 'is required (path parameter).', spec.name);
        }
        if (typeof value !== 'string' && typeof value !== 'number') {
            throw new AsmValidationError(name, `must be a string, got ${typeof value}.`, spec.name);
        }
        const text = String(value);
        if (text === '.' || text === '..') throw new AsmValidationError(name, 'must not be "." or "..".', spec.name);
        return encodeURIComponent(text);
    });
}
