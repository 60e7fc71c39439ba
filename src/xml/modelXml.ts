import {
    type BodySchema,
    type DictField,
    type Field,
    type Fields,
    type Infer,
    isListDocument,
    type ItemField,
    type ListField,
    type ObjectField,
    type StringField,
} from '../asm/schema/schema';
import { ASM_NAMESPACE, buildXml, parseXmlDocument, rootAttributes, type XmlElement, type XmlNode, XmlFormatError, XSI_NAMESPACE } from './asmXml';
import { escapeText } from './fastXml';

// ---- reading ---------------------------------------------------------------------------------------------------

const NONE: readonly XmlNode[] = Object.freeze([]);

/** The child elements of a parsed element by name (none for text-only nodes). */
export function children(node: XmlNode | undefined, name: string): readonly XmlNode[] {
    if (node === undefined || typeof node === 'string') return NONE;
    const value = node[name];
    return Array.isArray(value) ? value : NONE;
}

/** The first child element of that name, if any. */
function firstChild(node: XmlNode | undefined, name: string): XmlNode | undefined {
    if (node === undefined || typeof node === 'string') return undefined;
    const value = node[name];
    return Array.isArray(value) ? value[0] : undefined;
}

/** Whether an element is written `i:nil="true"`. */
export function isNil(node: XmlNode): boolean {
    return typeof node !== 'string' && node['@_nil'] === 'true';
}

/** The text content of a parsed element. */
export function textOf(node: XmlNode): string {
    if (typeof node === 'string') return node;
    const text = node['#text'];
    if (Array.isArray(text)) return text.map((t) => (typeof t === 'string' ? t : '')).join('');
    return typeof text === 'string' ? text : '';
}

function isBase64Char(c: number): boolean {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** Canonical padded base64: groups of 4 from [A-Za-z0-9+/], the last one possibly ending in `=` or `==`. */
function isBase64(text: string): boolean {
    const n = text.length;
    if (n === 0 || n % 4 !== 0) return false;
    let end = n;
    if (text.charCodeAt(n - 1) === 61) {
        end--;
        if (text.charCodeAt(n - 2) === 61) end--;
    }
    for (let i = 0; i < end; i++) if (!isBase64Char(text.charCodeAt(i))) return false;
    return true;
}

/** Decodes a base64 label; ASM accepted plain-text labels in some bodies, so text that is not base64 is kept. */
export function decodeLabel(text: string): string {
    if (!isBase64(text)) return text;
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    return decoded.includes('\uFFFD') ? text : decoded;
}

export function encodeLabel(text: string): string {
    return Buffer.from(text, 'utf8').toString('base64');
}

function readScalar(field: ItemField, node: XmlNode): unknown {
    if (isNil(node)) return undefined;
    const text = textOf(node);
    switch (field.kind) {
        case 'string':
            return field.base64 ? decodeLabel(text) : text;
        case 'int': {
            if (text.trim() === '') return undefined;
            const n = Number(text);
            return Number.isFinite(n) ? n : undefined;
        }
        case 'bool': {
            const t = text.trim().toLowerCase();
            return t === 'true' ? true : t === 'false' ? false : undefined;
        }
        case 'object':
            return readObject(field.fields, node);
    }
}

/** Object.entries of a schema's fields, computed once per schema object (schemas are constants). */
const fieldEntriesCache = new WeakMap<Fields, readonly (readonly [string, Field])[]>();
function fieldEntries(fields: Fields): readonly (readonly [string, Field])[] {
    let entries = fieldEntriesCache.get(fields);
    if (entries === undefined) {
        entries = Object.entries(fields);
        fieldEntriesCache.set(fields, entries);
    }
    return entries;
}

function readObject(fields: Fields, node: XmlNode): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, field] of fieldEntries(fields)) {
        const value = readField(field, node);
        if (value !== undefined) out[key] = value;
    }
    return out;
}

function readField(field: Field, parent: XmlNode): unknown {
    const node = firstChild(parent, field.xml);
    if (node === undefined) return undefined;
    switch (field.kind) {
        case 'list':
            if (isNil(node)) return undefined;
            return children(node, field.item)
                .map((item) => readScalar(field.of, item))
                .filter((v) => v !== undefined);
        case 'dict': {
            if (isNil(node)) return undefined;
            const dict: Record<string, string> = {};
            for (const entry of children(node, field.item)) {
                const k = firstChild(entry, field.keyXml);
                const v = firstChild(entry, field.valueXml);
                if (k !== undefined) dict[textOf(k)] = v === undefined || isNil(v) ? '' : textOf(v);
            }
            return dict;
        }
        default:
            return readScalar(field, node);
    }
}

/** Reads a parsed root element into the model its schema describes. */
export function readModel<S extends BodySchema>(schema: S, element: XmlNode): Infer<S> {
    if (isListDocument(schema)) {
        return children(element, schema.item).map((item) => readObject(schema.of.fields, item)) as Infer<S>;
    }
    return readObject(schema.fields, element) as Infer<S>;
}

/** Parses XML text into a model, checking the root element (namespace prefixes and stray spaces ignored). */
export function parseModel<S extends BodySchema>(schema: S, xml: string): Infer<S> {
    const { root, element } = parseXmlDocument(xml);
    if (root !== schema.root) {
        throw new XmlFormatError(`Expected root element <${schema.root}> but found <${root}>.`);
    }
    return readModel(schema, element);
}

// ---- writing ---------------------------------------------------------------------------------------------------

type Tree = Record<string, unknown>;

function writeScalar(field: ItemField, value: unknown): unknown {
    switch (field.kind) {
        case 'string':
            return (field as StringField).base64 ? encodeLabel(String(value)) : String(value);
        case 'int':
            return String(value);
        case 'bool':
            return value ? 'true' : 'false';
        case 'object':
            return writeObjectElement(field, value as Record<string, unknown>);
    }
}

/** An object element's content, with the `i:type` attribute its schema derives from a discriminator, if any. */
function writeObjectElement(field: ObjectField, value: Record<string, unknown>): Tree {
    const content = writeObject(field.fields, value);
    const xsiType = field.xsiType;
    const discriminator = xsiType === undefined ? undefined : value[xsiType.field];
    const type = typeof discriminator === 'string' && xsiType && Object.hasOwn(xsiType.map, discriminator) ? xsiType.map[discriminator] : undefined;
    return type === undefined ? content : { '@_i:type': type, ...content };
}

function writeList(field: ListField, value: unknown[]): unknown {
    if (value.length === 0) return '';
    return { [field.item]: value.map((v) => writeScalar(field.of, v)) };
}

function writeDict(field: DictField, value: Record<string, string>): unknown {
    const entries = Object.entries(value);
    if (entries.length === 0) return '';
    return { [field.item]: entries.map(([k, v]) => ({ [field.keyXml]: k, [field.valueXml]: String(v) })) };
}

function writeObject(fields: Fields, value: Record<string, unknown>): Tree {
    const out: Tree = {};
    for (const [key, field] of fieldEntries(fields)) {
        const v = value[key];
        if (v === undefined || v === null) {
            if (field.nil) out[field.xml] = { '@_i:nil': 'true' };
            continue;
        }
        switch (field.kind) {
            case 'list':
                out[field.xml] = writeList(field, v as unknown[]);
                break;
            case 'dict':
                out[field.xml] = writeDict(field, v as Record<string, string>);
                break;
            default:
                out[field.xml] = writeScalar(field, v);
        }
    }
    return out;
}

/** toXml through a builder tree and buildXml: the definition the direct writer below must match. */
function toXmlViaTree<S extends BodySchema>(schema: S, model: Infer<S>): string {
    const content: Tree = isListDocument(schema)
        ? writeList(
              { kind: 'list', xml: schema.root, item: schema.item, of: schema.of } as ListField,
              model as unknown[],
          ) === ''
            ? {}
            : { [schema.item]: (model as unknown[]).map((v) => writeObjectElement(schema.of, v as Tree)) }
        : writeObject(schema.fields, model as Tree);
    return buildXml({ [schema.root]: { ...rootAttributes(), ...content } });
}

// The direct writer: the same text as toXmlViaTree, written straight from the model (no tree, no builder pass).
// For a schema whose element names could collide in a tree (the same name twice in one object, integer-like
// names that objects reorder) or a very deep one, it hands over to the tree path.

const VIA_TREE: unique symbol = Symbol('via tree');
const MAX_DIRECT_DEPTH = 48;
/** An element name the builder writes as is (not `#text`, `?…`, `@_…`, and not reordered as an integer key). */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

const open = (name: string): string => `<${name}>`;
const close = (name: string): string => `</${name}>`;

/** One field with its tags written out once. */
interface CompiledField {
    readonly key: string;
    readonly field: Field;
    readonly open: string;
    readonly close: string;
    /** `<X i:nil="true"></X>`, `<X></X>`. */
    readonly nil: string;
    readonly empty: string;
    /** Lists and dicts: the item's tags; dicts: the key's and value's. */
    readonly itemOpen: string;
    readonly itemClose: string;
    readonly keyOpen: string;
    readonly keyClose: string;
    readonly valueOpen: string;
    readonly valueClose: string;
}

/** The compiled fields of an object schema, or null when its names could collide in a tree (then: tree path). */
const compiledFields = new WeakMap<Fields, readonly CompiledField[] | null>();

function compile(fields: Fields): readonly CompiledField[] | null {
    let compiled = compiledFields.get(fields);
    if (compiled !== undefined) return compiled;
    const values = Object.values(fields);
    const names = values.map((f) => f.xml);
    const inner = values.flatMap((f) => (f.kind === 'list' ? [f.item] : f.kind === 'dict' ? [f.item, f.keyXml, f.valueXml] : []));
    const plain =
        new Set(names).size === names.length &&
        [...names, ...inner].every((n) => PLAIN_NAME.test(n)) &&
        values.every((f) => f.kind !== 'dict' || f.keyXml !== f.valueXml);
    compiled = plain
        ? fieldEntries(fields).map(([key, field]) => {
              const item = field.kind === 'list' || field.kind === 'dict' ? field.item : '';
              return {
                  key,
                  field,
                  open: open(field.xml),
                  close: close(field.xml),
                  nil: `<${field.xml} i:nil="true"></${field.xml}>`,
                  empty: `<${field.xml}></${field.xml}>`,
                  itemOpen: open(item),
                  itemClose: close(item),
                  keyOpen: field.kind === 'dict' ? open(field.keyXml) : '',
                  keyClose: field.kind === 'dict' ? close(field.keyXml) : '',
                  valueOpen: field.kind === 'dict' ? open(field.valueXml) : '',
                  valueClose: field.kind === 'dict' ? close(field.valueXml) : '',
              };
          })
        : null;
    compiledFields.set(fields, compiled);
    return compiled;
}

const ROOT_ATTRIBUTES = ` xmlns="${escapeText(ASM_NAMESPACE)}" xmlns:i="${escapeText(XSI_NAMESPACE)}"`;

/** A scalar or object value as the element `openTag…closeTag` (`tag` is the bare name, for i:type). */
function emitScalar(field: ItemField, value: unknown, tag: string, openTag: string, closeTag: string, depth: number): string {
    switch (field.kind) {
        case 'string':
            return openTag + escapeText((field as StringField).base64 ? encodeLabel(String(value)) : String(value)) + closeTag;
        case 'int':
            return openTag + escapeText(String(value)) + closeTag;
        case 'bool':
            return openTag + (value ? 'true' : 'false') + closeTag;
        case 'object':
            return emitObjectElement(field, value as Record<string, unknown>, tag, openTag, closeTag, depth);
        default:
            return ''; // writeScalar gives undefined, which the builder skips
    }
}

function emitObjectElement(field: ObjectField, value: Record<string, unknown>, tag: string, openTag: string, closeTag: string, depth: number): string {
    if (depth > MAX_DIRECT_DEPTH) throw VIA_TREE;
    const content = emitObject(field.fields, value, depth + 1);
    const xsiType = field.xsiType;
    const discriminator = xsiType === undefined ? undefined : value[xsiType.field];
    const type = typeof discriminator === 'string' && xsiType && Object.hasOwn(xsiType.map, discriminator) ? xsiType.map[discriminator] : undefined;
    return (type === undefined ? openTag : `<${tag} i:type="${escapeText(String(type))}">`) + content + closeTag;
}

function emitObject(fields: Fields, value: Record<string, unknown>, depth: number): string {
    const compiled = compile(fields);
    if (compiled === null) throw VIA_TREE;
    let out = '';
    for (const c of compiled) {
        const v = value[c.key];
        const field = c.field;
        if (v === undefined || v === null) {
            if (field.nil) out += c.nil;
            continue;
        }
        switch (field.kind) {
            case 'list': {
                const list = v as unknown[];
                if (list.length === 0) {
                    out += c.empty;
                    break;
                }
                out += c.open + list.map((item) => emitScalar(field.of, item, field.item, c.itemOpen, c.itemClose, depth)).join('') + c.close;
                break;
            }
            case 'dict': {
                const entries = Object.entries(v as Record<string, string>);
                if (entries.length === 0) {
                    out += c.empty;
                    break;
                }
                out += c.open;
                for (const [k, x] of entries) out += c.itemOpen + c.keyOpen + escapeText(k) + c.keyClose + c.valueOpen + escapeText(String(x)) + c.valueClose + c.itemClose;
                out += c.close;
                break;
            }
            default:
                out += emitScalar(field, v, field.xml, c.open, c.close, depth);
        }
    }
    return out;
}

/** Serializes a model as the ASM XML document its schema describes, fields in schema order, values escaped. */
export function toXml<S extends BodySchema>(schema: S, model: Infer<S>): string {
    try {
        if (!PLAIN_NAME.test(schema.root) || (isListDocument(schema) && !PLAIN_NAME.test(schema.item))) throw VIA_TREE;
        let content: string;
        if (isListDocument(schema)) {
            const items = model as unknown[];
            const itemOpen = open(schema.item);
            const itemClose = close(schema.item);
            content = items.length === 0 ? '' : items.map((v) => emitObjectElement(schema.of, v as Tree, schema.item, itemOpen, itemClose, 1)).join('');
        } else {
            content = emitObject(schema.fields, model as Tree, 1);
        }
        return `<${schema.root}${ROOT_ATTRIBUTES}>${content}</${schema.root}>`;
    } catch (err) {
        if (err === VIA_TREE) return toXmlViaTree(schema, model);
        throw err;
    }
}

/** The tree-and-builder writer toXml must equal (tests compare both). */
export const referenceModelXml = { toXml: toXmlViaTree };

/** The element names a schema knows, by path; used to prove that parsing loses nothing the model names. */
export function namedPaths(fields: Fields, prefix = ''): string[] {
    const out: string[] = [];
    for (const field of Object.values(fields)) {
        const path = `${prefix}/${field.xml}`;
        out.push(path);
        if (field.kind === 'object') out.push(...namedPaths(field.fields, path));
        if (field.kind === 'list' && field.of.kind === 'object') {
            out.push(...namedPaths((field.of as ObjectField).fields, `${path}/${field.item}`));
        }
    }
    return out;
}
