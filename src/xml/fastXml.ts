/**
 * Fast paths of the XML codec (asmXml.ts) for the documents ASM actually exchanges: compact elements, attributes,
 * text and the five predefined entities. Each function produces exactly what the fast-xml-parser configuration of
 * asmXml.ts produces for that input, and gives up (returns undefined) on anything outside that subset — comments,
 * CDATA, processing instructions, character references, mixed content, CR characters, a BOM, unusual names, any
 * malformation — so that the caller falls back to fast-xml-parser, which then yields its own result or error.
 * fast-xml-parser (validate + parse, and its builder) costs 1–3 ms for a 6 KB document; these paths cost a few
 * per cent of that, which is what bounds the client's and the emulator's throughput.
 */

const UNSUPPORTED: unique symbol = Symbol('unsupported');

/** Names fast-xml-parser refuses or renames (prototype pollution guards): left to it. */
const GUARDED = new Set(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);
function isGuardedName(name: string): boolean {
    return GUARDED.has(name) || (name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95);
}

// ---- parsing ---------------------------------------------------------------------------------------------------

const CH_LT = 60; // <
const CH_GT = 62; // >
const CH_SLASH = 47; // /
const CH_EQ = 61; // =
const CH_COLON = 58; // :
const CH_QUOT = 34; // "
const CH_APOS = 39; // '

function isWs(c: number): boolean {
    return c === 32 || c === 10 || c === 9;
}

function isNameStart(c: number): boolean {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNameChar(c: number): boolean {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

const ENTITIES: readonly (readonly [string, string])[] = [
    ['&lt;', '<'],
    ['&gt;', '>'],
    ['&amp;', '&'],
    ['&apos;', "'"],
    ['&quot;', '"'],
];
const MAX_DEPTH = 64;
const DECLARATION = /^<\?xml version=(["'])1\.0\1(?: encoding=(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?: standalone=(["'])(?:yes|no)\3)?\s*\?>/;

/** Decodes the five predefined entities in one pass; any other `&` (character references, unknown names) is not ours. */
function decode(raw: string): string {
    let amp = raw.indexOf('&');
    if (amp === -1) return raw;
    let out = '';
    let from = 0;
    while (amp !== -1) {
        const entity = ENTITIES.find(([name]) => raw.startsWith(name, amp));
        if (entity === undefined) throw UNSUPPORTED;
        out += raw.slice(from, amp) + entity[1];
        from = amp + entity[0].length;
        amp = raw.indexOf('&', from);
    }
    return out + raw.slice(from);
}

/**
 * Element and attribute names, interned across documents: ASM documents repeat a few hundred names, and reusing one
 * string per name spares a slice and, above all, rehashing it for every property access. Bounded: 1,024 buckets
 * keyed by first character and length, 4 names each.
 */
const NAME_BUCKETS: (string[] | undefined)[] = new Array<string[] | undefined>(1024);

function internName(t: string, start: number, end: number): string {
    const length = end - start;
    const key = (t.charCodeAt(start) * 31 + length) & 1023;
    let bucket = NAME_BUCKETS[key];
    if (bucket !== undefined) {
        for (const name of bucket) if (name.length === length && t.startsWith(name, start)) return name;
    } else {
        bucket = [];
        NAME_BUCKETS[key] = bucket;
    }
    const name = t.slice(start, end);
    if (bucket.length >= 4) bucket.shift();
    bucket.push(name);
    return name;
}

class FastParser {
    pos = 0;
    constructor(readonly text: string) {}

    /** Scans a name (`local` or `prefix:local`) at pos; returns the index of its colon, or -1. pos ends after it. */
    scanName(): number {
        const t = this.text;
        let i = this.pos;
        if (!isNameStart(t.charCodeAt(i))) throw UNSUPPORTED;
        i++;
        while (isNameChar(t.charCodeAt(i))) i++;
        let colon = -1;
        if (t.charCodeAt(i) === CH_COLON) {
            colon = i;
            i++;
            if (!isNameStart(t.charCodeAt(i))) throw UNSUPPORTED;
            i++;
            while (isNameChar(t.charCodeAt(i))) i++;
        }
        this.pos = i;
        return colon;
    }

    skipWs(): number {
        const t = this.text;
        const start = this.pos;
        while (isWs(t.charCodeAt(this.pos))) this.pos++;
        return this.pos - start;
    }

    /**
     * Parses the element starting at '<' (pos on it) and adds its value, as fast-xml-parser builds it, to `into`
     * under its local name.
     */
    element(depth: number, into: Record<string, unknown[]>): void {
        if (depth > MAX_DEPTH) throw UNSUPPORTED;
        const t = this.text;
        const nameStart = ++this.pos; // after '<'
        const colon = this.scanName();
        const nameEnd = this.pos;
        const raw = internName(t, nameStart, nameEnd);
        const local = colon === -1 ? raw : internName(t, colon + 1, nameEnd);
        if (colon !== -1 && (t.startsWith('xmlns:', nameStart) || t.startsWith('xml:', nameStart))) throw UNSUPPORTED;
        // Object.prototype's names (which fast-xml-parser refuses or renames) all start in lower case or with '_'.
        const first = local.charCodeAt(0);
        if (!(first >= 65 && first <= 90) && isGuardedName(local)) throw UNSUPPORTED;

        let attrs: [string, string][] | undefined;
        let rawNames: string[] | undefined;
        let selfClosing = false;
        for (;;) {
            const ws = this.skipWs();
            const c = t.charCodeAt(this.pos);
            if (c === CH_GT) {
                this.pos++;
                break;
            }
            if (c === CH_SLASH) {
                if (t.charCodeAt(this.pos + 1) !== CH_GT) throw UNSUPPORTED;
                this.pos += 2;
                selfClosing = true;
                break;
            }
            if (ws === 0) throw UNSUPPORTED;
            const attrStart = this.pos;
            const attrColon = this.scanName();
            const attrEnd = this.pos;
            const attrRaw = internName(t, attrStart, attrEnd);
            this.skipWs();
            if (t.charCodeAt(this.pos) !== CH_EQ) throw UNSUPPORTED;
            this.pos++;
            this.skipWs();
            const quote = t.charCodeAt(this.pos);
            if (quote !== CH_QUOT && quote !== CH_APOS) throw UNSUPPORTED;
            const end = t.indexOf(quote === CH_QUOT ? '"' : "'", this.pos + 1);
            if (end === -1) throw UNSUPPORTED;
            const rawValue = t.slice(this.pos + 1, end);
            if (rawValue.indexOf('<') !== -1) throw UNSUPPORTED;
            this.pos = end + 1;
            rawNames ??= [];
            if (rawNames.includes(attrRaw)) throw UNSUPPORTED;
            rawNames.push(attrRaw);
            const prefix = attrColon === -1 ? undefined : t.slice(attrStart, attrColon);
            if (attrRaw === 'xmlns' || prefix === 'xmlns') continue; // namespace declarations are dropped
            const attrLocal = attrColon === -1 ? attrRaw : internName(t, attrColon + 1, attrEnd);
            if (prefix === 'xml' || isGuardedName(attrLocal)) throw UNSUPPORTED;
            attrs ??= [];
            if (attrs.some(([k]) => k === attrLocal)) throw UNSUPPORTED;
            attrs.push([attrLocal, decode(rawValue).trim()]);
        }

        let children: Record<string, unknown[]> | undefined;
        let text = '';
        if (!selfClosing) {
            for (;;) {
                const lt = t.indexOf('<', this.pos);
                if (lt === -1) throw UNSUPPORTED;
                if (lt > this.pos) {
                    // Whitespace-only runs between elements are dropped; anything else is text (JS trim()
                    // whitespace beyond ASCII counts as text here, which only ever sends the document to the slow path).
                    let i = this.pos;
                    while (i < lt && isWs(t.charCodeAt(i))) i++;
                    if (i < lt) {
                        if (text !== '' || children !== undefined) throw UNSUPPORTED; // mixed content
                        text = t.slice(this.pos, lt);
                    }
                }
                const next = t.charCodeAt(lt + 1);
                if (next === CH_SLASH) {
                    // The closing tag must repeat the raw name exactly.
                    const close = lt + 2;
                    if (!t.startsWith(raw, close) || isNameChar(t.charCodeAt(close + raw.length)) || t.charCodeAt(close + raw.length) === CH_COLON) {
                        throw UNSUPPORTED;
                    }
                    this.pos = close + raw.length;
                    this.skipWs();
                    if (t.charCodeAt(this.pos) !== CH_GT) throw UNSUPPORTED;
                    this.pos++;
                    break;
                }
                if (!isNameStart(next)) throw UNSUPPORTED; // comment, CDATA, PI, malformed
                if (text !== '') throw UNSUPPORTED; // mixed content
                this.pos = lt;
                children ??= {};
                this.element(depth + 1, children);
            }
        }

        let value: unknown;
        if (children !== undefined) {
            const out: Record<string, unknown> = children;
            if (attrs !== undefined) for (const [k, v] of attrs) out[`@_${k}`] = v;
            value = out;
        } else {
            const textValue = text === '' ? '' : decode(text).trim();
            if (attrs === undefined) {
                value = textValue;
            } else {
                const out: Record<string, unknown> = {};
                if (textValue !== '') out['#text'] = textValue;
                for (const [k, v] of attrs) out[`@_${k}`] = v;
                value = out;
            }
        }
        const list = into[local];
        if (list === undefined) into[local] = [value];
        else list.push(value);
    }

    document(): Record<string, unknown> {
        const t = this.text;
        if (t.startsWith('<?xml')) {
            const decl = DECLARATION.exec(t);
            if (decl === null) throw UNSUPPORTED;
            this.pos = decl[0].length;
        }
        this.skipWs();
        if (t.charCodeAt(this.pos) !== CH_LT) throw UNSUPPORTED;
        const doc: Record<string, unknown[]> = {};
        this.element(0, doc);
        this.skipWs();
        if (this.pos !== t.length) throw UNSUPPORTED;
        return doc;
    }
}

/**
 * What `new XMLParser(asmXml's options).parse(text, true)` returns for `text`, or undefined when `text` is outside
 * the subset handled here (the caller then asks fast-xml-parser, for the result or the error).
 */
export function fastParseXml(text: string): Record<string, unknown> | undefined {
    if (text.indexOf('\r') !== -1) return undefined;
    try {
        return new FastParser(text).document();
    } catch (err) {
        if (err === UNSUPPORTED) return undefined;
        throw err;
    }
}

// ---- building --------------------------------------------------------------------------------------------------

const ESCAPED = /[&<>'"]/;
const ESCAPED_ALL = /[&<>'"]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };

/** Escapes text or an attribute value as asmXml's builder does (& < > ' "). */
export function escapeText(s: string): string {
    return ESCAPED.test(s) ? s.replace(ESCAPED_ALL, (c) => ESCAPES[c] ?? c) : s;
}

/** fast-xml-parser's valToStr: String(), except that -0 keeps its sign. */
function valueText(v: string | number | boolean): string {
    return typeof v === 'number' && Object.is(v, -0) ? '-0' : String(v);
}

function isPlainObject(v: object): v is Record<string, unknown> {
    const proto = Object.getPrototypeOf(v) as unknown;
    return proto === Object.prototype || proto === null;
}

function textElement(key: string, v: unknown): string {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw UNSUPPORTED;
    const text = typeof v === 'string' ? escapeText(v) : valueText(v);
    return `<${key}>${text}</${key}>`;
}

function objectElement(key: string, v: object, depth: number): string {
    if (Array.isArray(v) || !isPlainObject(v)) throw UNSUPPORTED;
    const { attrs, content } = buildContent(v, depth + 1);
    return `<${key}${attrs}>${content}</${key}>`;
}

function buildContent(tree: Record<string, unknown>, depth: number): { attrs: string; content: string } {
    if (depth > MAX_DEPTH) throw UNSUPPORTED;
    let attrs = '';
    let content = '';
    for (const key in tree) {
        if (!Object.prototype.hasOwnProperty.call(tree, key)) continue;
        const v = tree[key];
        if (v === undefined) continue;
        if (v === null || key === '#text' || key.startsWith('?') || key === '' || key === '@_') throw UNSUPPORTED;
        if (key.startsWith('@_')) {
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw UNSUPPORTED;
            attrs += ` ${key.slice(2)}="${escapeText(valueText(v))}"`;
        } else if (typeof v === 'object') {
            if (Array.isArray(v)) {
                for (const item of v as unknown[]) {
                    if (item === undefined) continue;
                    if (item === null) throw UNSUPPORTED;
                    content += typeof item === 'object' ? objectElement(key, item, depth) : textElement(key, item);
                }
            } else {
                content += objectElement(key, v, depth);
            }
        } else {
            content += textElement(key, v);
        }
    }
    return { attrs, content };
}

/**
 * What asmXml's XMLBuilder makes of a builder tree (compact, every value escaped, empty elements as
 * `<X></X>`), or undefined for a tree outside the shapes handled here (null values, dates, `#text`, processing
 * instructions…): the caller then uses the builder itself.
 */
export function fastBuildXml(tree: Record<string, unknown>): string | undefined {
    try {
        return buildContent(tree, 0).content;
    } catch (err) {
        if (err === UNSUPPORTED) return undefined;
        throw err;
    }
}
