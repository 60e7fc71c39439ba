import path from 'node:path';

import type { RunningEmulator } from '../emulator/server/startEmulator';
import { applyAppSettings } from './applyAppSettings';
import type { RunningAzurite } from './azurite/RunningAzurite';
import { startAzurite } from './azurite/startAzurite';
import { readLocalSettings } from './config/readLocalSettings';
import { createConsoleLogger } from './createConsoleLogger';
import { findAppRoot } from './findAppRoot';
import { LOCAL_DEFAULT_SETTINGS } from './localDefaults';
import type { RunningLocalHost } from './RunningLocalHost';
import { startAsmEmulator } from './startAsmEmulator';
import { startLocalHost } from './startLocalHost';

function optionalPort(value: string | undefined, name: string): number | undefined {
    if (value === undefined || value.trim() === '') return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number (0 picks a free one), not '${value}'.`);
    return n;
}

/**
 * `npm start`: Azurite (child process, in memory), the ASM emulator with its demo estate (in process, `.emulator/`),
 * then the local Functions host on PORT (default 7071) for package.json `main`, with the app settings that point
 * the functions at both. Prints one ready line; SIGINT/SIGTERM stop everything (a second signal forces).
 * Environment: PORT, ASM_EMULATOR_PORT, ASM_EMULATOR_STATE_DIR, ASM_HOST_MAIN (entry glob instead of `main`),
 * ASM_HOST_VERBOSE=1 (debug lines).
 */
export async function main(): Promise<void> {
    const root = findAppRoot(__dirname);
    process.chdir(root);
    const out = (line: string): boolean => process.stdout.write(`${line}\n`);
    const logger = createConsoleLogger({ verbose: process.env['ASM_HOST_VERBOSE'] === '1' });
    let azurite: RunningAzurite | undefined;
    let emulator: RunningEmulator | undefined;
    let host: RunningLocalHost | undefined;
    let stopRequested = false;
    let stopping: Promise<void> | undefined;
    let startup: Promise<void> = Promise.resolve();
    const stopAll = (): Promise<void> => {
        stopping ??= (async () => {
            await host?.stop().catch((err: unknown) => logger('error', `Stopping the functions: ${(err as Error).message}`));
            await emulator?.close().catch((err: unknown) => logger('error', `Stopping the emulator: ${(err as Error).message}`));
            await azurite?.stop();
        })();
        return stopping;
    };
    let firstSignalAt: number | undefined;
    const onSignal = (signal: NodeJS.Signals): void => {
        // A terminal's Ctrl+C reaches both npm and us, and npm forwards it: one press can arrive twice at once.
        if (firstSignalAt !== undefined) {
            if (Date.now() - firstSignalAt < 1000) return;
            process.stderr.write(`asm-functions: ${signal} again, exiting now.\n`);
            process.exit(130);
        }
        firstSignalAt = Date.now();
        stopRequested = true;
        out(`asm-functions: ${signal}, stopping…`);
        startup.then(stopAll).then(
            () => {
                out('asm-functions stopped.');
                process.exit(0);
            },
            (err: unknown) => {
                process.stderr.write(`asm-functions: error while stopping: ${(err as Error).message}\n`);
                process.exit(1);
            },
        );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    const run = async (): Promise<void> => {
        const local = readLocalSettings(root);
        applyAppSettings(process.env, { local: local.values, defaults: LOCAL_DEFAULT_SETTINGS });
        const port = optionalPort(process.env['PORT'], 'PORT') ?? local.localHttpPort ?? 7071;
        const emulatorPort = optionalPort(process.env['ASM_EMULATOR_PORT'], 'ASM_EMULATOR_PORT');

        azurite = await startAzurite();
        if (stopRequested) return;
        const storage = `http://${azurite.host}:`;
        out(`Azurite (in memory): blob ${storage}${azurite.ports.blob}, queue ${storage}${azurite.ports.queue}, table ${storage}${azurite.ports.table}`);

        emulator = await startAsmEmulator(path.resolve(process.env['ASM_EMULATOR_STATE_DIR'] ?? '.emulator'), emulatorPort);
        if (stopRequested) return;
        const paths = emulator.paths;
        const shown = (file: string): string => (file.startsWith(`${root}${path.sep}`) ? path.relative(root, file) : file);
        out(`ASM emulator: ${emulator.endpoint}, subscription ${emulator.subscriptionId} (demo estate)`);
        if (paths) {
            out(`  CA certificate:  ${shown(paths.ca)}`);
            out(`  management PEM:  ${shown(paths.management)}`);
            out(`  management PFX:  ${shown(paths.managementPfx)} (empty password)`);
        }

        const devStorage = azurite.connectionString;
        const owned: Record<string, string> = {
            AzureWebJobsStorage: devStorage,
            ASM_ENDPOINT: emulator.endpoint,
            ASM_SUBSCRIPTION_ID: emulator.subscriptionId,
            ...(paths ? { ASM_CERT_FILE: paths.management, ASM_CA_FILE: paths.ca } : {}),
        };
        for (const [key, value] of Object.entries(process.env)) {
            if (value !== undefined && /^\s*UseDevelopmentStorage\s*=\s*true\s*;?\s*$/i.test(value)) owned[key] = devStorage;
        }
        applyAppSettings(process.env, { owned });

        host = await startLocalHost({
            root,
            port,
            settings: process.env,
            developmentStorage: devStorage,
            logger,
            ...(process.env['ASM_HOST_MAIN'] ? { main: process.env['ASM_HOST_MAIN'] } : {}),
        });
        if (stopRequested) return;
        out(host.functions.length === 0 ? 'Functions: none' : 'Functions:');
        for (const f of host.functions) out(`  ${f.name}: ${f.description}`);
        for (const e of host.errors) out(`  ${e.name}: in error (${e.message})`);
        out(`asm-functions ready at ${host.baseUrl} (emulator ${emulator.endpoint}, subscription ${emulator.subscriptionId}) — Ctrl+C stops`);
    };
    startup = run().catch(async (err: unknown) => {
        process.stderr.write(`asm-functions: ${err instanceof Error ? err.message : String(err)}\n`);
        await stopAll().catch(() => undefined);
        process.exit(1);
    });
    await startup;
}

if (require.main === module) {
    void main();
}
