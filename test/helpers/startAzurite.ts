import { after, before } from 'node:test';

import type { RunningAzurite } from '../../src/host/azurite/RunningAzurite';
import { type AzuriteOptions, startAzurite } from '../../src/host/azurite/startAzurite';

export type { RunningAzurite } from '../../src/host/azurite/RunningAzurite';
export type { AzuriteOptions } from '../../src/host/azurite/startAzurite';
export { startAzurite } from '../../src/host/azurite/startAzurite';

/**
 * For a test file that needs storage: call at the top level; Azurite (in memory, free loopback ports) starts in a
 * `before` hook and stops in an `after` hook — and is killed with the test process if that dies first. Returns a
 * getter for the running instance (connection string, ports).
 */
export function useAzurite(options: AzuriteOptions = {}): () => RunningAzurite {
    let azurite: RunningAzurite | undefined;
    before(async () => {
        azurite = await startAzurite(options);
    }, { timeout: 60_000 });
    after(async () => {
        await azurite?.stop();
    });
    return () => {
        if (!azurite) throw new Error('Azurite is not running: useAzurite() starts it in a before hook.');
        return azurite;
    };
}
