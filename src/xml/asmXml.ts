import { XMLBuilder, XMLParser } from 'fast-xml-parser';

import { fastBuildXml, fastParseXml } from './fastXml';

/** The namespaces every ASM document carries. */
export const ASM_NAMESPACE = 'http://schemas.microsoft.com/windowsazure';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * A parsed XML element as our one parser configuration yields it: either its text (an element with no attributes
 * and no children), or an object of attributes (`@_name`), text (`#text`) and child elements, where every child
 * element is an array (explicit arrays: one rule, no shape that depends on how many siblings there were).
 */
export type XmlNode = string | XmlElement;
export interface XmlElement {
    readonly [name: string]: XmlNode[] | string | undefined;
}

/** Raised for a document we refuse to read: not XML, a DOCTYPE or entity declaration, an unexpected root. */
export class XmlFormatError extends Error {
    override readonly name = 'XmlFormatError';
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true, // namespace-agnostic on read: <i:nil>, <a:Name> and default-namespace documents read alike
    parseTagValue: false, // names and ids stay strings; numbers are converted only where a schema says so
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true, // the five predefined entities and character references only: DOCTYPEs are refused below
    htmlEntities: false,
    isArray: (_name: string, _jpath: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});

const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: false,
    processEntities: true, // every value escaped: & < > " '
    suppressEmptyNode: false,
    suppressBooleanAttributes: false,
});

const FORBIDDEN_MARKUP = /<!DOCTYPE|<!ENTITY/i;

/**
 * Parses an ASM XML document and returns its root element's name and content.
 * DOCTYPE and entity declarations are rejected, never expanded (no XXE, no billion laughs).
 */
export function parseXmlDocument(text: string): { root: string; element: XmlNode } {
    // FORBIDDEN_MARKUP needs a literal '<!': most documents have none, and indexOf is cheaper than the regex.
    if (text.includes('<!') && FORBIDDEN_MARKUP.test(text)) {
        throw new XmlFormatError('XML with a DOCTYPE or entity declaration is not accepted.');
    }
    // The fast path yields the same tree for the documents it handles; anything else goes to fast-xml-parser.
    let doc = fastParseXml(text);
    if (doc === undefined) {
        try {
            doc = parser.parse(text, true) as Record<string, unknown>;
        } catch (err) {
            throw new XmlFormatError(`The request body is not well-formed XML: ${(err as Error).message}`);
        }
    }
    const roots = Object.keys(doc).filter((k) => !k.startsWith('?') && !k.startsWith('@_') && k !== '#text');
    const root = roots[0];
    if (roots.length !== 1 || root === undefined) {
        throw new XmlFormatError('The XML document must have exactly one root element.');
    }
    const content = doc[root];
    const element = Array.isArray(content) ? (content[0] as XmlNode | undefined) : undefined;
    return { root: root.trim(), element: element ?? '' };
}

/** Serializes a builder tree `{ Root: { '@_xmlns': …, Child: … } }` to compact XML (no prolog, as ASM sends). */
export function buildXml(tree: Record<string, unknown>): string {
    return fastBuildXml(tree) ?? (builder.build(tree) as string);
}

/**
 * The fast-xml-parser paths themselves, without the fast paths of fastXml.ts: what those must equal (tests compare
 * both on every document they can find).
 */
export const referenceXml = {
    parse: (text: string): Record<string, unknown> => parser.parse(text, true) as Record<string, unknown>,
    build: (tree: Record<string, unknown>): string => builder.build(tree) as string,
};

/** The namespace attributes ASM puts on every root element. */
export function rootAttributes(): Record<string, string> {
    return { '@_xmlns': ASM_NAMESPACE, '@_xmlns:i': XSI_NAMESPACE };
}
