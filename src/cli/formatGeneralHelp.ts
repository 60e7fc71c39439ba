import { catalogue } from '../asm/operations/catalogue';
import { SETTINGS } from './loadCliSettings';

/** `asm --help`: usage, settings, exit codes and every catalogue operation, grouped by resource. */
export function formatGeneralHelp(): string {
    const width = Math.max(...catalogue.map((op) => op.name.length)) + 6;
    const resources = new Map<string, string[]>();
    for (const op of catalogue) {
        const list = resources.get(op.resource) ?? [];
        list.push(`    ${op.name.padEnd(width - 4)}${op.summary}`);
        resources.set(op.resource, list);
    }
    const settingWidth = Math.max(...Object.keys(SETTINGS).map((k) => k.length)) + 4;
    return `${[
        'usage: asm <operation> [--param value …] [--body <json|@file|->] [--wait [--timeout <seconds>]]',
        '       asm <operation> --help',
        '       asm --help',
        '',
        'Calls one Azure Service Management (classic) operation and prints its result as JSON on stdout.',
        'Parameters are named as the Python SDK names them, in camelCase (--serviceName, --embedDetail).',
        '',
        'Settings (environment variables, the same the functions read):',
        ...Object.entries(SETTINGS).map(([name, what]) => `  ${name.padEnd(settingWidth - 2)}${what}`),
        '',
        'Exit codes: 0 success; 1 ASM error (JSON { "error": … } on stderr); 2 usage or settings error.',
        '',
        'Operations:',
        ...[...resources.entries()].flatMap(([resource, ops]) => [`  ${resource}`, ...ops]),
    ].join('\n')}\n`;
}
