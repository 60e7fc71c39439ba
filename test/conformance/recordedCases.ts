import { test } from 'node:test';

import { matchOperation, type OperationMatch } from '../../src/asm/operations/matchOperation';
import { recordingsDir } from '../helpers/projectPaths';
import { loadRecordings, type RecordedInteraction } from './recordings';

/** A recorded interaction addressed to a catalogue operation. */
export interface RecordedCase {
    readonly interaction: RecordedInteraction;
    readonly match: OperationMatch;
}

/** The root element of an XML body (namespace prefix and stray spaces dropped), if it has one. */
export function bodyRoot(body: string | undefined): string | undefined {
    const m = body === undefined ? null : /<\s*([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body.replace(/<\?[^>]*\?>/, ''));
    return m?.[2];
}

/** Every recorded management interaction matched against the catalogue (undefined match: no operation of ours). */
export function matchRecordings(dir: string): { readonly interaction: RecordedInteraction; readonly match: OperationMatch | undefined }[] {
    return loadRecordings(dir)
        .filter((i) => i.pathAndQuery !== undefined)
        .map((interaction) => ({
            interaction,
            match: matchOperation(interaction.method, interaction.pathAndQuery ?? '', bodyRoot(interaction.requestBody)),
        }));
}

/** The matched cases, by operation name then cassette file (both in first-seen order). */
export function casesByOperationAndFile(dir: string): Map<string, Map<string, RecordedCase[]>> {
    const out = new Map<string, Map<string, RecordedCase[]>>();
    for (const { interaction, match } of matchRecordings(dir)) {
        if (match === undefined) continue;
        const byFile = out.get(match.operation.name) ?? new Map<string, RecordedCase[]>();
        out.set(match.operation.name, byFile);
        byFile.set(interaction.file, [...(byFile.get(interaction.file) ?? []), { interaction, match }]);
    }
    return out;
}

/** `#3, #5-#9` for the interactions of a cassette a test covers. */
export function describeIndexes(cases: readonly RecordedCase[]): string {
    const idx = cases.map((c) => c.interaction.index);
    const ranges: string[] = [];
    for (let i = 0; i < idx.length; ) {
        let j = i;
        while (j + 1 < idx.length && idx[j + 1] === (idx[j] ?? 0) + 1) j++;
        ranges.push(i === j ? `#${idx[i]}` : `#${idx[i]}-#${idx[j]}`);
        i = j + 1;
    }
    return ranges.join(', ');
}

/** Is a status a success (2xx)? */
export const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * The recordings directory, or undefined after registering the one skipped test that says why the suite does not
 * run (the recordings live in ../shared, beside the project, not in it).
 */
export function recordingsOrSkip(suite: string): string | undefined {
    const dir = recordingsDir();
    if (dir === undefined) {
        test(`${suite}: skipped`, { skip: 'the ASM recordings in ../shared are absent, so the conformance suite is skipped' }, () => {});
    }
    return dir;
}
