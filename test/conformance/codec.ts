import type { BodySchema, Infer } from '../../src/asm/schema/schema';
import { parseModel, toXml } from '../../src/xml/modelXml';

/** parseModel for a schema only known as BodySchema (the catalogue's specs, taken generically). */
export function readBody(schema: BodySchema, xml: string): unknown {
    return parseModel<BodySchema>(schema, xml);
}

/** toXml for a schema only known as BodySchema and a model read with it. */
export function writeBody(schema: BodySchema, model: unknown): string {
    return toXml<BodySchema>(schema, model as Infer<BodySchema>);
}
