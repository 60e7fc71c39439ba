import type { OperationSpec } from '../../asm/operations/OperationSpec';
import type { BodySchema, Infer } from '../../asm/schema/schema';
import { toXml } from '../../xml/modelXml';
import type { EmulatorResponse } from '../EmulatorContract';

/**
 * The XML body of a state answer: none for 202 (ASM's async answers are empty) or when the state gave no model;
 * otherwise the model written with the operation's response schema.
 */
export function serializeResponse(operation: OperationSpec, response: EmulatorResponse): string | undefined {
    if (response.status === 202 || response.body === undefined) return undefined;
    const schema: BodySchema | undefined = operation.response;
    if (schema === undefined) {
        throw new Error(`The state answered ${operation.name} with a body, but the operation has no response schema.`);
    }
    return toXml(schema, response.body as Infer<BodySchema>);
}
