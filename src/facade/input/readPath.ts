import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { validateModel, type ValidationIssue } from '../../asm/schema/validate';

/**
 * The route values of an operation's path parameters, each validated with the catalogue's rule for it (ASM's
 * name patterns and lengths): `..`, `/`, `%2F`, `<`, `&` and the like never pass, so a path cannot change shape.
 */
export function readPath(spec: OperationSpec, params: Readonly<Record<string, string>>): { values: Record<string, string>; issues: ValidationIssue[] } {
    const values: Record<string, string> = {};
    const issues: ValidationIssue[] = [];
    for (const [key, field] of Object.entries(spec.pathParams ?? {})) {
        const value = Object.hasOwn(params, key) ? params[key] : undefined;
        const found = validateModel(field, value, `path.${key}`);
        issues.push(...found);
        if (found.length === 0 && value !== undefined) values[key] = value;
    }
    return { values, issues };
}
