import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import type { OperationSpec } from '../../src/asm/operations/OperationSpec';
import { bodyRoot, casesByOperationAndFile, describeIndexes, isSuccess, type RecordedCase } from './recordedCases';
import { recordingsOrSkip } from './recordedCases';

/** Is this call asynchronous per the spec (`whenFlag:x` → when the flag was sent)? */
function expectAsync(operation: OperationSpec, c: RecordedCase): boolean {
    if (typeof operation.async === 'boolean') return operation.async;
    return c.match.query[operation.async.slice('whenFlag:'.length)] === true;
}

/*
 * What each recorded call says about its operation's spec: the x-ms-version sent, the success status, sync vs async
 * (202 + x-ms-request-id), and the root element of a success body.
 */
const dir = recordingsOrSkip('wire conformance');
if (dir !== undefined) {
    const cases = casesByOperationAndFile(dir);
    for (const operation of catalogue) {
        const byFile = cases.get(operation.name);
        if (byFile === undefined) continue;
        test(`${operation.name}: x-ms-version, statuses, async and body roots agree with the recordings`, async (t) => {
            for (const [file, list] of byFile) {
                await t.test(`${file} ${describeIndexes(list)}`, () => {
                    for (const c of list) {
                        const { interaction } = c;
                        const at = `interaction #${interaction.index}`;
                        assert.equal(interaction.requestHeaders['x-ms-version'], operation.xMsVersion, at);
                        if (!isSuccess(interaction.status)) continue;
                        assert.ok(operation.statuses.includes(interaction.status), `${at}: status ${interaction.status}`);
                        if (expectAsync(operation, c)) {
                            assert.equal(interaction.status, 202, at);
                            assert.match(interaction.responseHeaders['x-ms-request-id'] ?? '', /^[0-9a-f]{32}$/, at);
                        } else {
                            assert.notEqual(interaction.status, 202, at);
                        }
                        const root = bodyRoot(interaction.responseBody);
                        assert.equal(root, operation.response?.root, `${at}: response body root`);
                    }
                });
            }
        });
    }
}
