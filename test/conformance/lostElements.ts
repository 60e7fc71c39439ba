import { parseXmlDocument, type XmlNode } from '../../src/xml/asmXml';
import { children, isNil, textOf } from '../../src/xml/modelXml';
import { type BodySchema, type Field, type Fields, isListDocument } from '../../src/asm/schema/schema';

function asRecord(value: unknown): Record<string, unknown> | undefined {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function walkField(key: string, field: Field, parent: XmlNode, model: Record<string, unknown>, path: string, out: string[]): void {
    const nodes = children(parent, field.xml);
    const node = nodes[0];
    if (node === undefined) return;
    const here = `${path}/${field.xml}`;
    if (nodes.length > 1) out.push(`${here}: ${nodes.length} occurrences, the model keeps one`);
    const value = model[key];
    if (isNil(node)) {
        if (!field.nil) out.push(`${here}: i:nil, which the field cannot write back (not marked nil)`);
        return;
    }
    switch (field.kind) {
        case 'object': {
            const inner = asRecord(value);
            if (inner === undefined) out.push(`${here}: in the XML, not in the model`);
            else walkObject(field.fields, node, inner, here, out);
            return;
        }
        case 'list': {
            const items = children(node, field.item);
            if (!Array.isArray(value)) {
                out.push(`${here}: in the XML, not in the model`);
                return;
            }
            if (items.length !== value.length) out.push(`${here}: ${items.length} <${field.item}> in the XML, ${value.length} in the model`);
            const of = field.of;
            if (of.kind === 'object') {
                items.forEach((item, i) => {
                    const inner = asRecord(value[i]);
                    if (inner !== undefined) walkObject(of.fields, item, inner, `${here}/${field.item}[${i}]`, out);
                });
            }
            return;
        }
        case 'dict': {
            const dict = asRecord(value);
            const names = new Set(children(node, field.item).map((e) => textOf(children(e, field.keyXml)[0] ?? '')));
            if (dict === undefined) out.push(`${here}: in the XML, not in the model`);
            else for (const name of names) if (!(name in dict)) out.push(`${here}: entry ${JSON.stringify(name)} lost`);
            return;
        }
        default:
            if (value === undefined) out.push(`${here}: ${JSON.stringify(textOf(node))} in the XML, not in the model`);
    }
}

function walkObject(fields: Fields, node: XmlNode, model: Record<string, unknown>, path: string, out: string[]): void {
    for (const [key, field] of Object.entries(fields)) walkField(key, field, node, model, path, out);
}

/**
 * Elements the schema names that the model read from `xml` does not carry (so writing the model back would drop
 * them): absent values, short lists, lost dictionary entries, repeated singletons, and i:nil on fields that cannot
 * write it. Empty when parsing lost nothing the model names.
 */
export function lostElements(schema: BodySchema, xml: string, model: unknown): string[] {
    const { root, element } = parseXmlDocument(xml);
    const out: string[] = [];
    if (isListDocument(schema)) {
        const items = children(element, schema.item);
        const list = Array.isArray(model) ? model : [];
        if (items.length !== list.length) out.push(`/${root}: ${items.length} <${schema.item}> in the XML, ${list.length} in the model`);
        items.forEach((item, i) => {
            const inner = asRecord(list[i]);
            if (inner !== undefined) walkObject(schema.of.fields, item, inner, `/${root}/${schema.item}[${i}]`, out);
        });
    } else {
        walkObject(schema.fields, element, asRecord(model) ?? {}, `/${root}`, out);
    }
    return out;
}
