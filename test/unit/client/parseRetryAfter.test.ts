import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseRetryAfter } from '../../../src/client';

const now = Date.parse('2015-07-02T02:05:37Z');

test('Retry-After: delta-seconds or HTTP-date', () => {
    const table: [string | undefined, number | undefined][] = [
        [undefined, undefined],
        ['', undefined],
        ['0', 0],
        ['2', 2_000],
        [' 120 ', 120_000],
        ['1.5', 1_500],
        ['-1', undefined],
        ['abc', undefined],
        ['Thu, 02 Jul 2015 02:05:47 GMT', 10_000],
        ['Thu, 02 Jul 2015 02:05:00 GMT', 0],
        ['Wed, 32 Foo 2015 99:99:99 GMT', undefined],
        ['12abc', undefined],
    ];
    for (const [header, expected] of table) assert.equal(parseRetryAfter(header, now), expected, String(header));
});
