import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The default subscription id: the one asked for; else, with a state directory, the one remembered there
 * (`emulator.json`), so a restarted emulator keeps answering the id clients were configured with; else a new GUID.
 * Lower-cased: subscription ids are GUIDs and ASM compares them case-insensitively.
 */
export function subscriptionIdFor(requested: string | undefined, stateDir: string | undefined): string {
    if (requested !== undefined) return requested.trim().toLowerCase();
    if (stateDir === undefined) return randomUUID();
    const file = path.join(stateDir, 'emulator.json');
    if (existsSync(file)) {
        try {
            const saved = (JSON.parse(readFileSync(file, 'utf8')) as { subscriptionId?: unknown }).subscriptionId;
            if (typeof saved === 'string' && saved.trim() !== '') return saved.trim().toLowerCase();
        } catch {
            // unreadable: start over with a new id
        }
    }
    const id = randomUUID();
    writeFileSync(file, `${JSON.stringify({ subscriptionId: id }, null, 2)}\n`);
    return id;
}
