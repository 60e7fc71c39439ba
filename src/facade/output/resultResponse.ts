import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { isListDocument } from '../../asm/schema/schema';
import type { FacadeResponse } from './FacadeResponse';
import { jsonResponse } from './jsonResponse';

/**
 * The answer to a synchronous result: the response model as JSON (200; a list as `{ "value": [...] }`), or no
 * content — 201 for an operation ASM answers 201 (created), else 204.
 */
export function resultResponse(spec: OperationSpec, result: unknown): FacadeResponse {
    if (spec.response === undefined || result === undefined) {
        return jsonResponse(spec.statuses.includes(201) && !spec.statuses.includes(200) ? 201 : 204);
    }
    return jsonResponse(200, isListDocument(spec.response) ? { value: result } : result);
}
