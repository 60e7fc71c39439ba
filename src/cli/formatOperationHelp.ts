import type { OperationSpec } from '../asm/operations/OperationSpec';
import { isListDocument } from '../asm/schema/schema';
import { describeOption, valueHint } from './describeOption';
import { operationOptions } from './operationOptions';

const WIDTH = 40;

function row(left: string, right: string): string {
    const padded = left.length + 2 > WIDTH ? `${left}\n${' '.repeat(WIDTH)}` : left.padEnd(WIDTH);
    return `${padded}${right}`.trimEnd();
}

function asyncText(spec: OperationSpec): string {
    if (spec.async === true) return 'asynchronous: prints { "requestId" } (see --wait)';
    if (spec.async === false) return 'synchronous';
    return `asynchronous with --${spec.async.slice('whenFlag:'.length)} (then --wait follows it), synchronous otherwise`;
}

/** `asm <operation> --help`: summary, method and path, each option with its type, rules and description. */
export function formatOperationHelp(spec: OperationSpec): string {
    const options = operationOptions(spec);
    const required = options.filter((o) => o.required).map((o) => `--${o.name} <${o.name}>`);
    const lines = [
        `usage: asm ${spec.name}${required.length > 0 ? ` ${required.join(' ')}` : ''}${options.some((o) => !o.required) ? ' [options]' : ''}`,
        '',
        spec.summary,
        '',
        `  ${spec.method} ${spec.path}${spec.fixedQuery === undefined ? '' : `?${new URLSearchParams(spec.fixedQuery).toString()}`}`,
        `  x-ms-version ${spec.xMsVersion}; ${asyncText(spec)}`,
        '',
    ];
    if (options.length > 0) {
        lines.push('Parameters:');
        for (const option of options) lines.push(row(`  --${option.name} ${valueHint(option.field)}`, describeOption(option)));
        lines.push('');
    }
    lines.push('Options:');
    const schema = spec.request;
    if (schema !== undefined) {
        const what = isListDocument(schema)
            ? `Required. The whole ${schema.root} body: a JSON array of ${schema.item} objects.`
            : `The ${schema.root} body as a JSON object of the fields above; options given separately win over it.`;
        lines.push(row('  --body <json|@file|->', what));
    }
    if (spec.async !== false) {
        lines.push(row('  --wait', 'Wait for the operation to finish; print { "operation" } (with "result", the created resource, for create operations). Failed: exit 1.'));
        lines.push(row('  --timeout <seconds>', 'With --wait: give up after this long (default 1800; the operation goes on).'));
    }
    lines.push(row('  -h, --help', 'This text.'));
    const json = schema !== undefined || options.some((o) => o.field.kind === 'object' || o.field.kind === 'list' || o.field.kind === 'dict');
    lines.push('', `${json ? 'JSON values: inline, @file.json, or - for standard input. ' : ''}Settings: see asm --help.`);
    return `${lines.join('\n')}\n`;
}
