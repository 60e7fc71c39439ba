import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { demoEstate } from './seeds/demoEstate';
import { type RunningEmulator, startEmulator } from './server/startEmulator';

export const USAGE = `usage: asm-emulator [options]
  --port <n>              HTTPS port (default 8443; 0 picks a free one)
  --host <addr>           loopback address to bind (default 127.0.0.1)
  --state-dir <dir>       where certificates and the subscription id persist (default .emulator)
  --subscription-id <id>  the subscription the management certificate may call (default: remembered, else a new GUID)
  --seed <file>           JSON estate loaded into that subscription at start
  --demo                  load the demo estate (src/emulator/seeds/demoEstate.json) instead
  --redirect-listener     also listen on a second port, the target of injected 307 redirects
  --max-body-bytes <n>    largest request body accepted (default 1048576)
  --fault-seed <n>        seed of the fault-injection PRNG (default 1)
  --json                  print the start-up facts as one JSON line instead of text
  -h, --help              this text`;

export interface CliOptions {
    readonly port: number;
    readonly host: string;
    readonly stateDir: string;
    readonly subscriptionId?: string;
    readonly seedFile?: string;
    readonly demo: boolean;
    readonly redirectListener: boolean;
    readonly maxBodyBytes?: number;
    readonly faultSeed?: number;
    readonly json: boolean;
    readonly help: boolean;
}

function integer(value: string | undefined, name: string, min: number): number | undefined {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, not '${value}'.`);
    return n;
}

/** Parses the command line; throws with a message for the user on anything unknown or malformed. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
    const { values } = parseArgs({
        args: [...argv],
        strict: true,
        allowPositionals: false,
        options: {
            port: { type: 'string' },
            host: { type: 'string' },
            'state-dir': { type: 'string' },
            'subscription-id': { type: 'string' },
            seed: { type: 'string' },
            demo: { type: 'boolean' },
            'redirect-listener': { type: 'boolean' },
            'max-body-bytes': { type: 'string' },
            'fault-seed': { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    const port = integer(values.port, 'port', 0) ?? 8443;
    if (port > 65535) throw new Error(`--port must be at most 65535, not ${port}.`);
    const maxBodyBytes = integer(values['max-body-bytes'], 'max-body-bytes', 1);
    const faultSeed = integer(values['fault-seed'], 'fault-seed', 0);
    if (values.demo && values.seed !== undefined) throw new Error('--seed and --demo exclude each other.');
    return {
        port,
        host: values.host ?? '127.0.0.1',
        stateDir: values['state-dir'] ?? '.emulator',
        ...(values['subscription-id'] !== undefined ? { subscriptionId: values['subscription-id'] } : {}),
        ...(values.seed !== undefined ? { seedFile: values.seed } : {}),
        demo: values.demo ?? false,
        redirectListener: values['redirect-listener'] ?? false,
        ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
        ...(faultSeed !== undefined ? { faultSeed } : {}),
        json: values.json ?? false,
        help: values.help ?? false,
    };
}

function describe(emulator: RunningEmulator): { text: string; json: Record<string, unknown> } {
    const json = {
        endpoint: emulator.endpoint,
        ...(emulator.redirectEndpoint !== undefined ? { redirectEndpoint: emulator.redirectEndpoint } : {}),
        subscriptionId: emulator.subscriptionId,
        thumbprint: emulator.clientCertificate.thumbprint,
        ca: emulator.paths?.ca,
        managementPem: emulator.paths?.management,
        managementPfx: emulator.paths?.managementPfx,
        admin: `${emulator.endpoint}/_admin/`,
    };
    const lines = [
        'ASM emulator listening',
        `  endpoint:         ${json.endpoint}`,
        ...(json.redirectEndpoint !== undefined ? [`  redirect target:  ${json.redirectEndpoint}`] : []),
        `  subscription id:  ${json.subscriptionId}`,
        `  thumbprint:       ${json.thumbprint}`,
        `  CA certificate:   ${json.ca ?? '-'}`,
        `  management PEM:   ${json.managementPem ?? '-'}`,
        `  management PFX:   ${json.managementPfx ?? '-'} (empty password)`,
        `  admin:            ${json.admin} (loopback only)`,
        'Ctrl+C stops it.',
    ];
    return { text: lines.join('\n'), json };
}

/** `asm-emulator`: starts the emulator, prints where it is and its certificate files, stops on SIGINT/SIGTERM. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
    let options: CliOptions;
    try {
        options = parseCliArgs(argv);
    } catch (err) {
        process.stderr.write(`asm-emulator: ${(err as Error).message}\n${USAGE}\n`);
        process.exitCode = 2;
        return;
    }
    if (options.help) {
        process.stdout.write(`${USAGE}\n`);
        return;
    }
    const seed = options.demo
        ? demoEstate
        : options.seedFile === undefined
          ? undefined
          : (JSON.parse(readFileSync(options.seedFile, 'utf8')) as unknown);
    const emulator = await startEmulator({
        port: options.port,
        host: options.host,
        stateDir: options.stateDir,
        redirectListener: options.redirectListener,
        ...(options.subscriptionId !== undefined ? { subscriptionId: options.subscriptionId } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
        ...(options.faultSeed !== undefined ? { faultSeed: options.faultSeed } : {}),
    });
    const stop = (signal: NodeJS.Signals): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        emulator.close().then(
            () => {
                if (!options.json) process.stdout.write(`asm-emulator stopped (${signal}).\n`);
            },
            (err: unknown) => {
                process.stderr.write(`asm-emulator: error while stopping: ${(err as Error).message}\n`);
                process.exitCode = 1;
            },
        );
    };
    // Handlers first, then the announcement: whoever waits for it may signal at once.
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    const { text, json } = describe(emulator);
    process.stdout.write(options.json ? `${JSON.stringify(json)}\n` : `${text}\n`);
}

if (require.main === module) {
    main().catch((err: unknown) => {
        process.stderr.write(`asm-emulator: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
    });
}
