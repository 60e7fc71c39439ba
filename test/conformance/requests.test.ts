import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { validateModel } from '../../src/asm/schema/validate';
import { readBody, writeBody } from './codec';
import { casesByOperationAndFile, describeIndexes, isSuccess, recordingsOrSkip } from './recordedCases';
import { diffTrees, parseXmlTree } from './xmlTree';

/*
 * Every request body the Python SDK sent to a catalogue operation (1) equals what toXml writes for the model parsed
 * from it: same elements, same order, same text (namespace declarations, root-tag whitespace and empty-vs-self-closing
 * aside), and (2) when ASM accepted it (2xx), passes validateModel: our constraints never refuse what ASM took.
 */
const dir = recordingsOrSkip('request conformance');
if (dir !== undefined) {
    const cases = casesByOperationAndFile(dir);
    for (const operation of catalogue) {
        const schema = operation.request;
        const byFile = cases.get(operation.name);
        if (schema === undefined || byFile === undefined) continue;
        const withBodies = [...byFile].map(([file, list]) => [file, list.filter((c) => c.interaction.requestBody !== undefined)] as const);

        test(`${operation.name}: recorded request bodies equal toXml of the model parsed from them`, async (t) => {
            for (const [file, list] of withBodies) {
                if (list.length === 0) continue;
                await t.test(`${file} ${describeIndexes(list)}`, () => {
                    for (const { interaction } of list) {
                        const body = interaction.requestBody ?? '';
                        const written = writeBody(schema, readBody(schema, body));
                        assert.deepEqual(diffTrees(parseXmlTree(body), parseXmlTree(written)), [], `interaction #${interaction.index}`);
                    }
                });
            }
        });

        test(`${operation.name}: request bodies ASM accepted pass validation`, async (t) => {
            for (const [file, all] of withBodies) {
                const list = all.filter((c) => isSuccess(c.interaction.status));
                if (list.length === 0) continue;
                await t.test(`${file} ${describeIndexes(list)}`, () => {
                    for (const { interaction } of list) {
                        const model = readBody(schema, interaction.requestBody ?? '');
                        assert.deepEqual(validateModel(schema, model), [], `interaction #${interaction.index}`);
                    }
                });
            }
        });
    }
}
