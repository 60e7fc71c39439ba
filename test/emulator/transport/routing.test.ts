import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../../src/asm/operations/catalogue';
import { matchOperation } from '../../../src/asm/operations/matchOperation';
import type { OperationSpec } from '../../../src/asm/operations/OperationSpec';
import { routeRequest } from '../../../src/emulator/server/routeRequest';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

/** A concrete request target for an operation: sample path parameters, its fixed query pairs. */
function targetOf(op: OperationSpec): string {
    const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === 'subscriptionId' ? SUBSCRIPTION : `x-${name}`));
    const query = new URLSearchParams(op.fixedQuery ?? {}).toString();
    return query === '' ? path : `${path}?${query}`;
}

test('every catalogue operation is reached by its own method, path, fixed query and body root', () => {
    assert.ok(catalogue.length > 0);
    for (const op of catalogue) {
        const route = routeRequest(matchOperation, op.method, targetOf(op), op.request?.root);
        assert.equal(route.kind, 'matched', `${op.name}: ${op.method} ${targetOf(op)}`);
        if (route.kind !== 'matched') continue;
        assert.equal(route.match.operation.name, op.name, `${op.method} ${targetOf(op)} <${op.request?.root ?? ''}>`);
        for (const name of Object.keys(op.pathParams ?? {})) assert.equal(route.match.pathParams[name], `x-${name}`, `${op.name}.${name}`);
    }
});

test('a trailing slash and the case of literal segments do not matter', () => {
    for (const op of catalogue) {
        const [path, query] = targetOf(op).split('?');
        const target = `${path?.toUpperCase().replace(SUBSCRIPTION.toUpperCase(), SUBSCRIPTION).replace(/X-/g, 'x-') ?? ''}/${query ? `?${query}` : ''}`;
        const route = routeRequest(matchOperation, op.method, target, op.request?.root);
        assert.equal(route.kind === 'matched' ? route.match.operation.name : route.kind, op.name, target);
    }
});

test('a wrong root element still finds the path\'s operation (to answer 400, not 404)', () => {
    const withBody = catalogue.filter((op) => op.request !== undefined);
    for (const op of withBody) {
        const route = routeRequest(matchOperation, op.method, targetOf(op), 'NotTheRightRoot');
        assert.equal(route.kind, 'matched', op.name);
    }
});

test('unknown paths are notFound; known paths under another verb are invalidVerb', () => {
    assert.equal(routeRequest(matchOperation, 'GET', `/${SUBSCRIPTION}/services/nothing`, undefined).kind, 'notFound');
    assert.equal(routeRequest(matchOperation, 'GET', '/', undefined).kind, 'notFound');
    const list = catalogue.find((op) => op.name === 'listHostedServices');
    assert.ok(list);
    assert.equal(routeRequest(matchOperation, 'PATCH', targetOf(list), undefined).kind, 'invalidVerb');
    assert.equal(routeRequest(matchOperation, 'DELETE', targetOf(list), undefined).kind, 'invalidVerb');
});
