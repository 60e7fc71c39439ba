import type { OperationSpec } from '../asm/operations/OperationSpec';
import { type AsmClient, createAsmClient } from '../client/AsmClient';
import { AsmValidationError } from '../client/errors/AsmValidationError';
import type { ParamsOf } from '../client/types/ParamsOf';
import { checkCall, describeIssue } from './checkCall';
import type { CliIo } from './CliIo';
import { errorReport } from './errorReport';
import { findCliOperation } from './findCliOperation';
import { findResultOperation } from './findResultOperation';
import { formatGeneralHelp } from './formatGeneralHelp';
import { formatOperationHelp } from './formatOperationHelp';
import { type CliSettings, loadCliSettings } from './loadCliSettings';
import { type ParsedCall, parseOperationArgs } from './parseOperationArgs';
import { UsageError } from './UsageError';

/** Exit codes of `asm`. */
export const EXIT_OK = 0;
export const EXIT_ASM_ERROR = 1;
export const EXIT_USAGE = 2;

const SETTING_OF_CLIENT_FIELD: Readonly<Record<string, string>> = {
    subscriptionId: 'ASM_SUBSCRIPTION_ID',
    endpoint: 'ASM_ENDPOINT',
    certificate: 'ASM_CERT_FILE',
    'certificate.cert': 'ASM_CERT_FILE',
    'certificate.key': 'ASM_CERT_FILE',
};

function json(value: unknown): string {
    return `${JSON.stringify(value, null, 2)}\n`;
}

/** Whether this call starts an asynchronous operation (always, or because its `whenFlag` flag is set). */
function startsAsync(spec: OperationSpec, params: Readonly<Record<string, unknown>>): boolean {
    if (typeof spec.async === 'boolean') return spec.async;
    return params[spec.async.slice('whenFlag:'.length)] === true;
}

function createClient(settings: CliSettings, onRequestId: (id: string) => void): AsmClient {
    try {
        return createAsmClient({
            subscriptionId: settings.subscriptionId,
            certificate: settings.certificate,
            ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
            ...(settings.ca === undefined ? {} : { ca: settings.ca }),
            userAgent: 'asm-functions-cli/0.1.0',
            log: (event) => {
                if (event.type === 'response' && event.requestId !== undefined) onRequestId(event.requestId);
            },
        });
    } catch (err) {
        if (!(err instanceof AsmValidationError)) throw err;
        const setting = SETTING_OF_CLIENT_FIELD[err.field] ?? err.field;
        throw new UsageError(`${setting}: ${err.issues[0]?.message ?? err.message}`, '');
    }
}

/** Sends the call and returns what to print: the result, `{ requestId }`, or `{ operation, result? }` after --wait. */
async function call(spec: OperationSpec, parsed: ParsedCall, settings: CliSettings): Promise<unknown> {
    let lastRequestId: string | undefined;
    const client = createClient(settings, (id) => (lastRequestId = id));
    const params = parsed.params as ParamsOf<OperationSpec>;
    try {
        if (parsed.wait && startsAsync(spec, parsed.params)) {
            const operation = await client.sendAndWait(spec, params, parsed.timeoutMs === undefined ? {} : { timeoutMs: parsed.timeoutMs });
            const follow = findResultOperation(spec, parsed.params);
            if (follow === undefined) return { operation };
            return { operation, result: await client.send(follow.operation, follow.params as ParamsOf<OperationSpec>) };
        }
        const result: unknown = await client.send(spec, params);
        if (result !== undefined) return result;
        return lastRequestId === undefined ? {} : { requestId: lastRequestId };
    } catch (err) {
        if (err instanceof AsmValidationError) throw new UsageError(err.issues.map(describeIssue).join('\n'), spec.name);
        throw err;
    } finally {
        await client.close();
    }
}

async function run(argv: readonly string[], io: CliIo, current: { operation: string }): Promise<number> {
    const [first, ...rest] = argv;
    if (first === undefined) {
        io.stderr(formatGeneralHelp());
        return EXIT_USAGE;
    }
    if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
        io.stdout(formatGeneralHelp());
        return EXIT_OK;
    }
    if (first === 'help') {
        io.stdout(formatOperationHelp(findCliOperation(rest[0] ?? '')));
        return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(`the operation comes first, not ${first}.`, '');
    const spec = findCliOperation(first);
    current.operation = spec.name;
    const parsed = await parseOperationArgs(spec, rest, io);
    if (parsed.help) {
        io.stdout(formatOperationHelp(spec));
        return EXIT_OK;
    }
    checkCall(spec, parsed.params);
    const settings = await loadCliSettings(io.env, io.cwd);
    io.stdout(json(await call(spec, parsed, settings)));
    return EXIT_OK;
}

/**
 * `asm <operation> [--param value …] [--wait]`: parses, validates, calls ASM with the settings of the environment,
 * prints the result as pretty JSON. Returns the exit code: 0 success, 1 ASM (or network) error with a JSON report
 * on stderr, 2 usage or settings error with a message naming the option or setting. Never prints key material.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
    const current = { operation: '' };
    try {
        return await run(argv, io, current);
    } catch (err) {
        if (err instanceof UsageError) {
            const help = err.helpFor === undefined || err.helpFor === '' ? 'asm --help' : `asm ${err.helpFor} --help`;
            io.stderr(`asm: ${err.message}\nRun '${help}' for help.\n`);
            return EXIT_USAGE;
        }
        io.stderr(json({ error: errorReport(err, current.operation) }));
        return EXIT_ASM_ERROR;
    }
}
