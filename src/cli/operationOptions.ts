import type { OperationSpec } from '../asm/operations/OperationSpec';
import { type Field, isListDocument } from '../asm/schema/schema';
import { resolveRequestConstants } from '../client/request/resolveRequestConstants';
import type { CliOption } from './CliOption';
import { isGlobalOption } from './globalOptions';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function flagField(description: string | undefined): Field {
    return { kind: 'bool', xml: 'flag', ...(description === undefined ? {} : { description }) };
}

/**
 * The `--name` options of an operation, in the order help lists them: path parameters (template order), query
 * parameters, then the top-level fields of the request document, minus the fields the operation pins
 * (requestConstants). A list-document body has no field options: it is given whole with `--body`.
 * Throws when a catalogue parameter would shadow a global option (`--wait`, `--timeout`, `--body`, `--help`).
 */
export function operationOptions(spec: OperationSpec): CliOption[] {
    const options = new Map<string, CliOption>();
    const add = (option: CliOption): void => {
        if (isGlobalOption(option.name)) {
            throw new Error(`${spec.name}: parameter ${option.name} collides with the global option --${option.name}.`);
        }
        if (!options.has(option.name)) options.set(option.name, option);
    };
    for (const match of spec.path.matchAll(PLACEHOLDER)) {
        const name = match[1];
        if (name === undefined || name === 'subscriptionId') continue;
        const field: Field = spec.pathParams?.[name] ?? { kind: 'string', xml: name, required: true };
        add({ name, source: 'path', field, required: true });
    }
    for (const [name, param] of Object.entries(spec.query ?? {})) {
        if (param.mode === 'flag') add({ name, source: 'flag', field: flagField(param.description), required: false });
        else add({ name, source: 'query', field: param.field, required: param.field.required === true });
    }
    const schema = spec.request;
    if (schema !== undefined && !isListDocument(schema)) {
        const pinned = resolveRequestConstants(spec);
        for (const [name, field] of Object.entries(schema.fields)) {
            if (Object.hasOwn(pinned, name)) continue;
            add({ name, source: 'body', field, required: field.required === true });
        }
    }
    return [...options.values()];
}
