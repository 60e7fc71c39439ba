import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { readBody, writeBody } from './codec';
import { lostElements } from './lostElements';
import { casesByOperationAndFile, describeIndexes, isSuccess, recordingsOrSkip } from './recordedCases';
import { diffTrees, parseXmlTree, projectOnSchema, unnamedPaths } from './xmlTree';

/*
 * Every 2xx response body recorded for a catalogue operation (1) parses into the operation's response model without
 * losing an element the schema names, and (2) written back with toXml gives the recorded elements the schema names,
 * in the recorded order, with the same text and i:type / i:nil attributes (what the emulator must answer).
 * (3) They hold no element the schema does not name: every recorded element is modelled, so a new one shows up here.
 * A body identical to one already checked for the operation (the many polls of one deployment, the public image
 * list fetched by many cassettes) is checked once; the test names still list every recording it came from.
 */
const dir = recordingsOrSkip('response conformance');
if (dir !== undefined) {
    const cases = casesByOperationAndFile(dir);
    for (const operation of catalogue) {
        const schema = operation.response;
        const byFile = cases.get(operation.name);
        if (schema === undefined || byFile === undefined) continue;
        const withBodies = [...byFile].map(
            ([file, list]) => [file, list.filter((c) => isSuccess(c.interaction.status) && c.interaction.responseBody !== undefined)] as const,
        );

        test(`${operation.name}: recorded response bodies parse into the model without loss`, async (t) => {
            const checked = new Set<string>();
            for (const [file, list] of withBodies) {
                if (list.length === 0) continue;
                await t.test(`${file} ${describeIndexes(list)}`, () => {
                    for (const { interaction } of list) {
                        const body = interaction.responseBody ?? '';
                        if (checked.has(body)) continue;
                        checked.add(body);
                        const model = readBody(schema, body);
                        assert.deepEqual(lostElements(schema, body, model), [], `interaction #${interaction.index}`);
                    }
                });
            }
        });

        test(`${operation.name}: the model written back gives the recorded elements in the recorded order`, async (t) => {
            const checked = new Set<string>();
            for (const [file, list] of withBodies) {
                if (list.length === 0) continue;
                await t.test(`${file} ${describeIndexes(list)}`, () => {
                    for (const { interaction } of list) {
                        const body = interaction.responseBody ?? '';
                        if (checked.has(body)) continue;
                        checked.add(body);
                        const recorded = projectOnSchema(parseXmlTree(body), schema);
                        const written = parseXmlTree(writeBody(schema, readBody(schema, body)));
                        assert.deepEqual(diffTrees(recorded, written), [], `interaction #${interaction.index}`);
                    }
                });
            }
        });

        test(`${operation.name}: recorded response bodies hold no element the schema does not name`, () => {
            const unnamed = new Set<string>();
            const checked = new Set<string>();
            for (const [file, list] of withBodies) {
                for (const { interaction } of list) {
                    const body = interaction.responseBody ?? '';
                    if (checked.has(body)) continue;
                    checked.add(body);
                    for (const p of unnamedPaths(parseXmlTree(body), schema)) {
                        unnamed.add(`${p} (${file} #${interaction.index})`);
                    }
                }
            }
            assert.deepEqual([...unnamed], []);
        });
    }
}
