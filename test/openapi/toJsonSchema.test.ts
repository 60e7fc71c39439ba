import assert from 'node:assert/strict';
import { test } from 'node:test';

import { s } from '../../src/asm/schema/schema';
import { toJsonSchema } from '../../src/asm/schema/toJsonSchema';
import { createHostedServiceRequest, hostedServicesDocument } from '../../src/asm/models/hostedService';

const doc = s.document('Thing', {
    name: s.string('Name', { required: true, pattern: '^[a-z]+$', minLength: 1, maxLength: 10, description: 'The name.' }),
    kind: s.string('Kind', { enum: ['a', 'b'] }),
    url: s.string('Url', { format: 'uri' }),
    count: s.int('Count', { minimum: 0, maximum: 9 }),
    on: s.bool('On'),
    tags: s.list('Tags', 'Tag', s.string('Tag', { maxLength: 5 }), { maxItems: 3 }),
    parts: s.list('Parts', 'Part', s.object('Part', { id: s.int('Id', { required: true }) })),
    props: s.dict('Props', 'Prop', 'Name', 'Value', { maxItems: 50 }),
    nested: s.object('Nested', { deep: s.bool('Deep') }, { description: 'Nested.' }),
});

test('request schemas: types, required, enum, pattern, lengths, bounds, formats, items, dictionaries, closed objects', () => {
    assert.deepEqual(toJsonSchema(doc), {
        type: 'object',
        properties: {
            name: { type: 'string', pattern: '^[a-z]+$', minLength: 1, maxLength: 10, description: 'The name.' },
            kind: { type: 'string', enum: ['a', 'b'] },
            url: { type: 'string', format: 'uri' },
            count: { type: 'integer', minimum: 0, maximum: 9 },
            on: { type: 'boolean' },
            tags: { type: 'array', items: { type: 'string', maxLength: 5 }, maxItems: 3 },
            parts: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'], additionalProperties: false } },
            props: { type: 'object', propertyNames: { minLength: 1 }, additionalProperties: { type: 'string' }, maxProperties: 50 },
            nested: { type: 'object', properties: { deep: { type: 'boolean' } }, additionalProperties: false, description: 'Nested.' },
        },
        required: ['name'],
        additionalProperties: false,
    });
});

test('response schemas stay open; list documents are arrays; single fields convert alone', () => {
    const res = toJsonSchema(doc, { direction: 'response' });
    assert.equal(res['additionalProperties'], undefined);
    const list = toJsonSchema(hostedServicesDocument, { direction: 'response' });
    assert.equal(list['type'], 'array');
    assert.deepEqual((list['items'] as { required: string[] }).required, ['serviceName']);
    assert.deepEqual(toJsonSchema(s.int('N', { minimum: 1 })), { type: 'integer', minimum: 1 });
    const create = toJsonSchema(createHostedServiceRequest);
    assert.deepEqual(Object.keys(create['properties'] as object), ['serviceName', 'label', 'description', 'location', 'affinityGroup', 'extendedProperties']);
    assert.deepEqual((create['properties'] as Record<string, unknown>)['label'], { type: 'string', maxLength: 100 });
});
