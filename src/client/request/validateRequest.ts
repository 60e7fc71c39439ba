import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { validateModel, type ValidationIssue } from '../../asm/schema/validate';
import { AsmValidationError } from '../errors/AsmValidationError';

/**
 * Checks a call against the catalogue's schemas with the shared validator (src/asm/schema/validate.ts): path
 * parameters, value query parameters, and the request body model (constants merged in). Issue paths are the
 * flattened parameter names (`label`, `roleList[0].roleName`). Throws AsmValidationError listing every issue.
 */
export function validateRequest(spec: OperationSpec, params: Readonly<Record<string, unknown>>, body: unknown): void {
    const issues: ValidationIssue[] = [];
    for (const [key, field] of Object.entries(spec.pathParams ?? {})) issues.push(...validateModel(field, params[key], key));
    for (const [key, param] of Object.entries(spec.query ?? {})) {
        if (param.mode === 'value' && params[key] !== undefined) issues.push(...validateModel(param.field, params[key], key));
    }
    if (spec.request !== undefined) {
        for (const issue of validateModel(spec.request, body, 'body')) {
            issues.push({ path: issue.path.replace(/^body\./, ''), message: issue.message });
        }
    }
    const [first] = issues;
    if (first !== undefined) throw new AsmValidationError(first.path, first.message, spec.name, issues);
}
