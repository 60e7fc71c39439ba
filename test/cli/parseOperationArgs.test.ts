import assert from 'node:assert/strict';
import { test } from 'node:test';

import { operations } from '../../src/asm/operations/catalogue';
import { DEFAULT_X_MS_VERSION, type OperationSpec } from '../../src/asm/operations/OperationSpec';
import { s } from '../../src/asm/schema/schema';
import { parseOperationArgs } from '../../src/cli/parseOperationArgs';
import { UsageError } from '../../src/cli/UsageError';

const io = { cwd: process.cwd(), readStdin: () => Promise.resolve('') };

/** A spec with an int query parameter and an int body field (the catalogue has none at the top level yet). */
const withInts: OperationSpec = {
    name: 'listThings',
    summary: 'Lists things.',
    resource: 'things',
    method: 'POST',
    path: '/{subscriptionId}/things',
    query: { top: { mode: 'value', name: '$top', field: s.int('top', { minimum: 1 }) } },
    request: s.document('Things', { count: s.int('Count', { required: true }), enabled: s.bool('Enabled') }),
    xMsVersion: DEFAULT_X_MS_VERSION,
    statuses: [200],
    async: false,
};

async function usage(spec: OperationSpec, argv: string[]): Promise<string> {
    try {
        await parseOperationArgs(spec, argv, io);
    } catch (err) {
        assert.ok(err instanceof UsageError, String(err));
        assert.equal(err.helpFor, spec.name);
        return err.message;
    }
    assert.fail(`no usage error for ${argv.join(' ')}`);
}

test('integers are parsed; anything else is a usage error naming the option', async () => {
    assert.deepEqual((await parseOperationArgs(withInts, ['--top', '5', '--count=-3'], io)).params, { top: 5, count: -3 });
    assert.equal(await usage(withInts, ['--top', '5x']), '--top must be an integer.');
    assert.equal(await usage(withInts, ['--count', '1.5']), '--count must be an integer.');
    assert.equal(await usage(withInts, ['--count', '']), '--count must be an integer.');
    assert.equal(await usage(withInts, ['--count', '99999999999999999999']), '--count must be an integer.');
});

test('booleans: alone, followed by true/false, or --flag=value', async () => {
    const parse = async (argv: string[]) => (await parseOperationArgs(withInts, argv, io)).params['enabled'];
    assert.equal(await parse(['--enabled']), true);
    assert.equal(await parse(['--enabled', 'false']), false);
    assert.equal(await parse(['--enabled=false', '--count', '1']), false);
    assert.equal(await parse(['--enabled', '--count', '1']), true);
    assert.match(await usage(withInts, ['--enabled=no']), /--enabled must be true or false/);
    const call = await parseOperationArgs(operations.deleteHostedService, ['--serviceName', 'x', '--complete', '--wait', '--timeout', '2.5'], io);
    assert.deepEqual(call, { params: { serviceName: 'x', complete: true }, wait: true, timeoutMs: 2500, help: false });
});

test('--body merges under the options; a list document takes the array whole', async () => {
    const call = await parseOperationArgs(withInts, ['--body', '{"count":2,"enabled":true}', '--count', '7'], io);
    assert.deepEqual(call.params, { count: 7, enabled: true });
    const listDoc: OperationSpec = { ...withInts, query: {}, request: s.listDocument('Items', 'Item', s.object('Item', { id: s.string('Id') })) };
    assert.deepEqual((await parseOperationArgs(listDoc, ['--body', '[{"id":"a"}]'], io)).params, { body: [{ id: 'a' }] });
    assert.match(await usage(withInts, ['--body', '[1]']), /--body must be a JSON object with the fields of the Things body/);
    assert.match(await usage(withInts, ['--body', '{"cuont":1}']), /--body: cuont is not a field of the Things body \(did you mean count\?\)/);
    const stdin = await parseOperationArgs(withInts, ['--body', '-'], { ...io, readStdin: () => Promise.resolve('{"count":4}') });
    assert.deepEqual(stdin.params, { count: 4 });
});

test('values that look like options must be written --name=value', async () => {
    assert.match(await usage(operations.updateHostedService, ['--serviceName', 'x', '--description', '--weird']), /--description needs a value \(write --description=<value>/);
    const call = await parseOperationArgs(operations.updateHostedService, ['--serviceName', 'x', '--description=--weird'], io);
    assert.equal(call.params['description'], '--weird');
});
