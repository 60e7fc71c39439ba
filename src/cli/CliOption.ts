import type { Field } from '../asm/schema/schema';

/** Where an option's value goes in the call: a path placeholder, a query parameter (value or flag) or a body field. */
export type CliOptionSource = 'path' | 'query' | 'flag' | 'body';

/** One `--name` option of an operation, generated from the catalogue. */
export interface CliOption {
    /** The camelCase parameter name (the Python SDK's, camelCased): `serviceName`, `embedDetail`. */
    readonly name: string;
    readonly source: CliOptionSource;
    /** The schema field that types and describes the value (a synthetic bool field for flags). */
    readonly field: Field;
    readonly required: boolean;
}
