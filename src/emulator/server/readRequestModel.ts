import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { parseXmlDocument, type XmlNode, XmlFormatError } from '../../xml/asmXml';
import { readModel } from '../../xml/modelXml';
import { asmErrors } from './asmErrors';

/** A request body parsed once: its root element (for routing) and content, or why it could not be read. */
export type ParsedBody =
    | { readonly kind: 'empty' }
    | { readonly kind: 'xml'; readonly root: string; readonly element: XmlNode }
    | { readonly kind: 'invalid'; readonly reason: string };

/** Parses body text; DOCTYPE/ENTITY declarations are refused by parseXmlDocument, never expanded. */
export function parseBody(text: string): ParsedBody {
    if (text.trim() === '') return { kind: 'empty' };
    try {
        const { root, element } = parseXmlDocument(text.replace(/^\uFEFF/, ''));
        return { kind: 'xml', root, element };
    } catch (err) {
        if (err instanceof XmlFormatError) return { kind: 'invalid', reason: err.message };
        throw err;
    }
}

/**
 * The operation's request model from the parsed body: undefined for operations without a request schema (a body
 * sent to them is ignored, as ASM does); otherwise a missing, malformed or wrongly rooted body is a 400.
 */
export function readRequestModel(operation: OperationSpec, body: ParsedBody): unknown {
    const schema = operation.request;
    if (schema === undefined) return undefined;
    switch (body.kind) {
        case 'empty':
            throw asmErrors.invalidXml(`The operation expects a <${schema.root}> body.`);
        case 'invalid':
            throw asmErrors.invalidXml(body.reason);
        case 'xml':
            if (body.root !== schema.root) {
                throw asmErrors.invalidXml(`Expected root element <${schema.root}> but found <${body.root}>.`);
            }
            return readModel(schema, body.element);
    }
}
