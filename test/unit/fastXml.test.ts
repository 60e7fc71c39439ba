/**
 * The fast paths of the XML codec (src/xml/fastXml.ts) must give exactly what fast-xml-parser gives (asmXml's
 * referenceXml), or step aside: compared on every recorded ASM body, on hand-written edge cases, on seeded
 * mutations of recorded bodies, and on random builder trees; the direct model writer of modelXml.ts must give what
 * its tree-and-builder path gives, on random models of every catalogue schema.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { operations } from '../../src/asm/operations/catalogue';
import type { OperationSpec } from '../../src/asm/operations/OperationSpec';
import { type BodySchema, type Field, type Fields, isListDocument, type ItemField, type ObjectField } from '../../src/asm/schema/schema';
import { referenceXml } from '../../src/xml/asmXml';
import { fastBuildXml, fastParseXml } from '../../src/xml/fastXml';
import { referenceModelXml, toXml } from '../../src/xml/modelXml';
import { mulberry32 } from '../../src/util/mulberry32';
import { loadRecordings } from '../conformance/recordings';
import { recordingsDir } from '../helpers/projectPaths';

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

function reference(text: string): Outcome {
    try {
        return { ok: true, value: referenceXml.parse(text) };
    } catch {
        return { ok: false };
    }
}

/** Checks one document; returns whether the fast path handled it. */
function agree(text: string): boolean {
    const fast = fastParseXml(text);
    if (fast === undefined) return false;
    const ref = reference(text);
    assert.ok(ref.ok, `the fast path accepted what fast-xml-parser refuses: ${JSON.stringify(text).slice(0, 300)}`);
    assert.deepEqual(fast, ref.value, `different trees for ${JSON.stringify(text).slice(0, 300)}`);
    assert.equal(JSON.stringify(fast), JSON.stringify(ref.value), `different key order for ${JSON.stringify(text).slice(0, 300)}`);
    return true;
}

const EDGE_CASES = [
    '<R xmlns="ns" xmlns:i="xsi"><A>x</A><B/><C></C><D i:nil="true"/><E a="1">t</E><F a="1"/><G><H>1</H><H>2</H></G></R>',
    '<R><A>&lt;&amp;&quot;&apos;&gt;</A><B a="&lt;&amp; x &quot;"/><C>&amp;lt;</C></R>',
    '<R><A>  x  y </A><B>   </B><C a=" s "/>\n  <D>\n</D></R>',
    '<a:R xmlns:a="ns"><a:Name>n</a:Name><b:X xmlns:b="o">1</b:X></a:R>',
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?><R>t</R>',
    '<?xml version="1.0"?>\n\n<R/>',
    '  <R> a </R>  ',
    "<R a='1' b = \"2\"><X   c='3'   /></R>",
    '<R><A>1</A><B>2</B><A>3</A></R>',
    '<R><A/><A>x</A><A a="1"/></R>',
    '<R><A a="1"></A><B a="1">   </B><C xmlns="x">t</C><D a=""/><E a="   "/></R>',
    '<R><A a="1"><B>1</B>  </A><C a="1" xmlns:p="u" p:b="2"/></R>',
    '<R><A a="x\ty\nz"/></R>',
    '<R><A>t</A ></R>',
    '<R ><A\n b="1"\n/></R\n>',
    '<R><A>\u00e9\u4e2d</A><B>\u00a0x\u00a0</B></R>',
    '<R><p:A xmlns:p="u" p:x="1">t</p:A></R>',
    '<R><A b=\'it"s\'/><B>]]></B><C>a>b</C><D x="a>b"/></R>',
    '<R><A.B-c_d>1</A.B-c_d></R>',
    '<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><D i:type="T" xmlns="ns2"><X>1</X></D></R>',
    // Outside the fast path (it must step aside, and fast-xml-parser decides):
    '<R><A>x<B>1</B>y</A></R>',
    '<R><A><![CDATA[<x>]]></A><!-- c --></R>',
    '<R><A>&#65;&unknown;</A></R>',
    '<R><A>a & b</A></R>',
    '<R><A a="1" a="2"/></R>',
    '<R><A p:a="1" q:a="2"/></R>',
    '<R><A>1</A></R>x',
    '<R><A>1</A></R><S/>',
    '<R><__proto__>1</__proto__><constructor>2</constructor><toString>3</toString></R>',
    '<R><A>t</ A></R>',
    ' <?xml version="1.0"?><R/>',
    '\ufeff<R/>',
    '<R>\r\n<A>x\r\ny</A></R>',
    '<R><A></B></R>',
    '<R><A>',
];

test('hand-written edge cases: the fast path agrees with fast-xml-parser or steps aside', () => {
    let handled = 0;
    for (const text of EDGE_CASES) if (agree(text)) handled++;
    assert.ok(handled >= 20, `the fast path handled ${handled} of the plain cases`);
});

const recordings = recordingsDir();
test('every recorded ASM body parses the same on the fast path', { skip: recordings === undefined ? 'the ASM recordings in ../shared are absent' : false }, () => {
    const bodies = loadRecordings(recordings as string)
        .flatMap((r) => [r.requestBody, r.responseBody])
        .filter((b): b is string => b !== undefined && b.includes('<'));
    assert.ok(bodies.length > 100);
    let handled = 0;
    for (const body of bodies) if (agree(body)) handled++;
    assert.equal(handled, bodies.length, 'ASM bodies are plain XML: every one takes the fast path');

    const random = mulberry32(20260101);
    const pieces = ['<', '>', '/', '&amp;', '&lt;', '&#65;', '&foo;', '&', ' ', '\n', '\t', '"', "'", '=', 'a', '<!-- x -->', '<![CDATA[x]]>', '<?pi x?>', 'xmlns="y"', ' i:nil="true"', '<X>', '</X>', '<X/>', '\u00a0', 'p:', '__proto__'];
    for (let n = 0; n < 5_000; n++) {
        const base = bodies[Math.floor(random() * bodies.length)] as string;
        let text = base.slice(0, 3000);
        const edits = 1 + Math.floor(random() * 3);
        for (let j = 0; j < edits; j++) {
            const at = Math.floor(random() * text.length);
            const kind = random();
            if (kind < 0.4) text = text.slice(0, at) + (pieces[Math.floor(random() * pieces.length)] as string) + text.slice(at);
            else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 5));
            else {
                const from = Math.floor(random() * text.length);
                text = text.slice(0, at) + text.slice(from, from + Math.floor(random() * 20)) + text.slice(at);
            }
        }
        agree(text);
    }
});

test('random builder trees serialize the same on the fast path, or step aside', () => {
    const random = mulberry32(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const names = ['A', 'B', 'Name', 'x:y', 'Label', 'C-d.e'];
    const strings = ['', 'x', 'a&b', '<x>', '"q"', "it's", '  sp  ', 'é中', '&amp;', '>', '\n', 'true'];
    const value = (depth: number): unknown => {
        const r = random();
        if (depth > 4 || r < 0.45) {
            const p = random();
            if (p < 0.6) return pick(strings);
            if (p < 0.75) return pick([0, -0, 1.5, -3, Number.NaN, Number.POSITIVE_INFINITY, 12]);
            if (p < 0.85) return pick([true, false]);
            if (p < 0.9) return undefined;
            if (p < 0.93) return null;
            if (p < 0.95) return new Date(0);
            return '';
        }
        if (r < 0.7) return object(depth + 1);
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    };
    const object = (depth: number): Record<string, unknown> => {
        const out: Record<string, unknown> = {};
        const n = Math.floor(random() * 5);
        for (let i = 0; i < n; i++) {
            const key = random() < 0.3 ? `@_${pick(['a', 'xmlns', 'i:nil', 'b'])}` : random() < 0.02 ? '#text' : pick(names);
            out[key] = value(depth);
        }
        return out;
    };
    let handled = 0;
    for (let n = 0; n < 30_000; n++) {
        const tree = { [pick(names)]: object(0) };
        const fast = fastBuildXml(tree);
        if (fast === undefined) continue;
        handled++;
        assert.equal(fast, referenceXml.build(tree), JSON.stringify(tree));
    }
    assert.ok(handled > 10_000, `the fast path built ${handled} trees`);
});

test('the direct model writer gives what the tree-and-builder writer gives, for random models of every catalogue schema', () => {
    const random = mulberry32(99);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const texts = ['', 'plain', 'a&b<c>"d\'e', 'é中', '  padded  ', 'true', '42'];
    const scalar = (field: Field | ItemField): unknown => {
        const r = random();
        if (r < 0.08) return undefined;
        if (r < 0.12) return null;
        switch (field.kind) {
            case 'string':
                return r < 0.9 ? pick(texts) : pick([7, true]);
            case 'int':
                return r < 0.9 ? pick([0, -1, 12, 2147483647]) : pick(['5', 'x<y']);
            case 'bool':
                return r < 0.9 ? pick([true, false]) : pick([0, 'yes']);
            default:
                return undefined;
        }
    };
    const object = (fields: Fields, depth: number, xsiType?: ObjectField['xsiType']): Record<string, unknown> => {
        const out: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(fields)) out[key] = value(field, depth + 1);
        if (xsiType !== undefined && random() < 0.7) out[xsiType.field] = pick([...Object.keys(xsiType.map), 'Unlisted']);
        return out;
    };
    const item = (field: ItemField, depth: number): unknown => (field.kind === 'object' ? (depth > 6 ? {} : object(field.fields, depth, field.xsiType)) : scalar(field));
    const value = (field: Field, depth: number): unknown => {
        if (depth > 6 || random() < 0.1) return undefined;
        switch (field.kind) {
            case 'list':
                return Array.from({ length: Math.floor(random() * 3) }, () => item(field.of, depth)).filter((v) => v !== undefined && v !== null);
            case 'dict':
                return Object.fromEntries(Array.from({ length: Math.floor(random() * 3) }, (_, i) => [`${pick(texts)}${i}`, pick(texts)]));
            case 'object':
                return object(field.fields, depth, field.xsiType);
            default:
                return scalar(field);
        }
    };
    const schemas = Object.values(operations).flatMap((op: OperationSpec) => [op.request, op.response]).filter((s): s is BodySchema => s !== undefined);
    assert.ok(schemas.length > 20);
    for (const schema of schemas) {
        for (let n = 0; n < 60; n++) {
            const model = isListDocument(schema)
                ? Array.from({ length: Math.floor(random() * 3) }, () => object(schema.of.fields, 1, schema.of.xsiType))
                : object(schema.fields, 0);
            assert.equal(toXml(schema, model as never), referenceModelXml.toXml(schema, model as never), `${schema.root} #${n}`);
        }
    }
});
