import { XMLParser } from 'fast-xml-parser';

import { type BodySchema, type Fields, isListDocument } from '../../src/asm/schema/schema';

/**
 * An XML element as the conformance tests compare it: name (namespace prefix and stray spaces dropped), attributes
 * other than namespace declarations, text (leaf elements only) and child elements in document order. Self-closing
 * and empty elements read alike.
 */
export interface XmlTree {
    readonly name: string;
    readonly attributes: Readonly<Record<string, string>>;
    readonly text: string;
    readonly children: readonly XmlTree[];
}

const orderedParser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
});

type OrderedNode = Record<string, unknown>;

function toTree(node: OrderedNode): XmlTree | undefined {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined || name === '#text') return undefined;
    const rawAttributes = (node[':@'] ?? {}) as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttributes)) {
        if (!k.startsWith('xmlns')) attributes[k] = String(v);
    }
    const content = (node[name] ?? []) as OrderedNode[];
    const children = content.map(toTree).filter((c): c is XmlTree => c !== undefined);
    const text = children.length > 0 ? '' : content.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
    return { name: name.trim(), attributes, text, children };
}

/** Parses a document into its root XmlTree. */
export function parseXmlTree(xml: string): XmlTree {
    const nodes = orderedParser.parse(xml) as OrderedNode[];
    const root = nodes.map(toTree).find((n) => n !== undefined);
    if (root === undefined) throw new Error('No root element.');
    return root;
}

/** Differences between two trees (names and order of elements, attributes, leaf text), as readable paths. */
export function diffTrees(expected: XmlTree, actual: XmlTree, path = ''): string[] {
    const here = `${path}/${expected.name}`;
    if (expected.name !== actual.name) return [`${here}: expected <${expected.name}>, got <${actual.name}>`];
    const out: string[] = [];
    const attributeNames = new Set([...Object.keys(expected.attributes), ...Object.keys(actual.attributes)]);
    for (const a of attributeNames) {
        if (expected.attributes[a] !== actual.attributes[a]) {
            out.push(`${here}@${a}: expected ${JSON.stringify(expected.attributes[a])}, got ${JSON.stringify(actual.attributes[a])}`);
        }
    }
    // Leading/trailing whitespace of text is not compared: the codec's one parser configuration trims values
    // (src/xml/asmXml.ts), which only ever shows on public image descriptions ending in a space.
    if (expected.text.trim() !== actual.text.trim()) {
        out.push(`${here}: expected text ${JSON.stringify(expected.text)}, got ${JSON.stringify(actual.text)}`);
    }
    const expectedNames = expected.children.map((c) => c.name).join(',');
    const actualNames = actual.children.map((c) => c.name).join(',');
    if (expectedNames !== actualNames) {
        out.push(`${here}: expected children [${expectedNames}], got [${actualNames}]`);
        return out;
    }
    expected.children.forEach((child, i) => {
        const other = actual.children[i];
        if (other !== undefined) out.push(...diffTrees(child, other, here));
    });
    return out;
}

function projectChildren(children: readonly XmlTree[], fields: Fields): XmlTree[] {
    const out: XmlTree[] = [];
    for (const child of children) {
        const field = Object.values(fields).find((f) => f.xml === child.name);
        if (field === undefined) continue;
        out.push(projectField(child, field));
    }
    return out;
}

function projectField(node: XmlTree, field: Fields[string]): XmlTree {
    switch (field.kind) {
        case 'object':
            return { ...node, children: projectChildren(node.children, field.fields) };
        case 'list': {
            const items = node.children.filter((c) => c.name === field.item);
            const of = field.of;
            return {
                ...node,
                children: of.kind === 'object' ? items.map((i) => ({ ...i, children: projectChildren(i.children, of.fields) })) : items,
            };
        }
        case 'dict':
            return {
                ...node,
                children: node.children
                    .filter((c) => c.name === field.item)
                    .map((entry) => ({
                        ...entry,
                        children: entry.children.filter((c) => c.name === field.keyXml || c.name === field.valueXml),
                    })),
            };
        default:
            return node;
    }
}

/** The tree restricted to the elements a schema names (what a model of it can carry), order kept. */
export function projectOnSchema(tree: XmlTree, schema: BodySchema): XmlTree {
    if (isListDocument(schema)) {
        const items = tree.children.filter((c) => c.name === schema.item);
        return { ...tree, children: items.map((i) => ({ ...i, children: projectChildren(i.children, schema.of.fields) })) };
    }
    return { ...tree, children: projectChildren(tree.children, schema.fields) };
}

/** Element paths present in the tree that the schema does not name (`/Deployment/Foo`), each listed once. */
export function unnamedPaths(tree: XmlTree, schema: BodySchema): string[] {
    const out = new Set<string>();
    const walk = (children: readonly XmlTree[], fields: Fields, path: string) => {
        for (const child of children) {
            const field = Object.values(fields).find((f) => f.xml === child.name);
            const here = `${path}/${child.name}`;
            if (field === undefined) out.add(here);
            else if (field.kind === 'object') walk(child.children, field.fields, here);
            else if (field.kind === 'list' && field.of.kind === 'object') {
                for (const item of child.children) {
                    if (item.name === field.item) walk(item.children, field.of.fields, `${here}/${item.name}`);
                    else out.add(`${here}/${item.name}`);
                }
            }
        }
    };
    if (isListDocument(schema)) {
        for (const item of tree.children) walk(item.children, schema.of.fields, `/${tree.name}/${item.name}`);
    } else {
        walk(tree.children, schema.fields, `/${tree.name}`);
    }
    return [...out];
}
