import { demoEstate } from '../emulator/seeds/demoEstate';
import { type RunningEmulator, startEmulator } from '../emulator/server/startEmulator';

/** The emulator's usual port; `npm start` takes it when free, else any free port. */
export const PREFERRED_EMULATOR_PORT = 8443;

/**
 * Starts the ASM emulator in this process with its demo estate and certificates in `stateDir`: on `port` when given,
 * else on 8443, or a free port when 8443 is taken.
 */
export async function startAsmEmulator(stateDir: string, port: number | undefined): Promise<RunningEmulator> {
    const options = { host: '127.0.0.1', stateDir, seed: demoEstate };
    if (port !== undefined) return startEmulator({ ...options, port });
    try {
        return await startEmulator({ ...options, port: PREFERRED_EMULATOR_PORT });
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        return startEmulator({ ...options, port: 0 });
    }
}
