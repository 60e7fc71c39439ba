import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createStorageServiceRequest } from '../../src/asm/models/storageService';
import { virtualMachineDeploymentRequest } from '../../src/asm/models/virtualMachine';
import { extendedProperties, s } from '../../src/asm/schema/schema';
import { validateModel } from '../../src/asm/schema/validate';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

test('a valid body gives no issues', () => {
    const body = { serviceName: 'mystorage1', label: 'my label', location: 'West US', accountType: 'Standard_LRS', extendedProperties: { a: '1' } };
    assert.deepEqual(validateModel(createStorageServiceRequest, body), []);
});

test('required fields, enums, patterns and lengths are checked, with dotted paths', () => {
    const issues = validateModel(createStorageServiceRequest, { serviceName: 'Not_Valid!', description: 'x'.repeat(1025), accountType: 'Gold' });
    assert.deepEqual(issues, [
        { path: 'body.serviceName', message: 'must match the pattern ^[a-z0-9]{3,24}$' },
        { path: 'body.description', message: 'must be at most 1024 characters long' },
        { path: 'body.label', message: 'is required' },
        { path: 'body.accountType', message: 'must be one of: Standard_LRS, Standard_ZRS, Standard_GRS, Standard_RAGRS, Premium_LRS' },
    ]);
});

test('keys the schema does not name are refused, at any depth', () => {
    const body = {
        deploymentName: 'dep',
        deploymentSlot: 'production',
        label: 'l',
        roleList: [{ roleName: 'vm1', roleSiz: 'Small', configurationSets: [{ configurationSetType: 'NetworkConfiguration', extra: true }] }],
        bogus: 1,
    };
    assert.deepEqual(paths(validateModel(virtualMachineDeploymentRequest, body)), [
        'body.bogus',
        'body.roleList[0].roleSiz',
        'body.roleList[0].configurationSets[0].extra',
    ]);
});

test('types: strings, integers, booleans, objects, arrays and dictionaries', () => {
    const fields = {
        name: s.string('Name'),
        count: s.int('Count', { minimum: 1, maximum: 3 }),
        flag: s.bool('Flag'),
        child: s.object('Child', { a: s.string('A') }),
        items: s.list('Items', 'Item', s.string('Item'), { maxItems: 2 }),
        props: extendedProperties(),
    };
    const issues = validateModel(fields, { name: 1, count: 1.5, flag: 'yes', child: [], items: 'x', props: { k: 2 } });
    assert.deepEqual(issues, [
        { path: 'body.name', message: 'must be a string' },
        { path: 'body.count', message: 'must be an integer' },
        { path: 'body.flag', message: 'must be a boolean' },
        { path: 'body.child', message: 'must be an object' },
        { path: 'body.items', message: 'must be an array' },
        { path: 'body.props.k', message: 'must be a string' },
    ]);
    assert.deepEqual(validateModel(fields, { count: 4, items: ['a', 'b', 'c'] }), [
        { path: 'body.count', message: 'must be ≤ 3' },
        { path: 'body.items', message: 'must have at most 2 items' },
    ]);
    assert.deepEqual(validateModel(fields, { count: 0 }), [{ path: 'body.count', message: 'must be ≥ 1' }]);
});

test('list items are validated one by one; null items are refused', () => {
    const fields = { ports: s.list('Ports', 'Port', s.int('Port', { maximum: 65535 })) };
    assert.deepEqual(validateModel(fields, { ports: [80, 70000, null] }), [
        { path: 'body.ports[1]', message: 'must be ≤ 65535' },
        { path: 'body.ports[2]', message: 'must not be empty' },
    ]);
});

test('dictionaries: entry count and string values', () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    assert.deepEqual(validateModel({ p: extendedProperties() }, { p: many }), [{ path: 'body.p', message: 'must have at most 50 entries' }]);
});

test('formats: absolute URIs and ISO 8601 date-times', () => {
    const fields = { link: s.string('Link', { format: 'uri' }), at: s.string('At', { format: 'date-time' }) };
    assert.deepEqual(validateModel(fields, { link: 'https://x.blob.core.windows.net/c/a.vhd', at: '2015-07-02T16:46:55Z' }), []);
    assert.deepEqual(paths(validateModel(fields, { link: 'not a uri', at: 'yesterday' })), ['body.link', 'body.at']);
});

test('lengths count characters, not UTF-16 units', () => {
    const field = s.string('Label', { maxLength: 2 });
    assert.deepEqual(validateModel(field, '丂狛'), []);
    assert.deepEqual(validateModel(field, '😀😀'), []);
    assert.deepEqual(validateModel(field, 'abc', 'query.label'), [{ path: 'query.label', message: 'must be at most 2 characters long' }]);
});

test('a single field, required, is checked at the given path', () => {
    assert.deepEqual(validateModel(s.string('X', { required: true }), undefined, 'path.serviceName'), [
        { path: 'path.serviceName', message: 'is required' },
    ]);
});

test('a list document checks the array and each item', () => {
    const doc = s.listDocument('Things', 'Thing', s.object('Thing', { name: s.string('Name', { required: true }) }));
    assert.deepEqual(validateModel(doc, [{ name: 'a' }, {}]), [{ path: 'body[1].name', message: 'is required' }]);
    assert.deepEqual(validateModel(doc, {}), [{ path: 'body', message: 'must be an array' }]);
});

test('a Fields record with a field named like a schema property is still read as fields', () => {
    const fields = { kind: s.string('Kind', { enum: ['a'] }), root: s.string('Root') };
    assert.deepEqual(validateModel(fields, { kind: 'b', root: 'r' }), [{ path: 'body.kind', message: 'must be one of: a' }]);
});
