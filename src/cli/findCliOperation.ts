import { operations } from '../asm/operations/catalogue';
import type { OperationSpec } from '../asm/operations/OperationSpec';
import { suggestName } from './suggestName';
import { UsageError } from './UsageError';

/** The catalogue operation named on the command line (exact camelCase name); a UsageError with a suggestion otherwise. */
export function findCliOperation(name: string): OperationSpec {
    const all = operations as Readonly<Record<string, OperationSpec>>;
    const spec = Object.hasOwn(all, name) ? all[name] : undefined;
    if (spec !== undefined) return spec;
    const hint = suggestName(name, Object.keys(all));
    throw new UsageError(`unknown operation '${name}'${hint === undefined ? '' : ` (did you mean ${hint}?)`}.`, '');
}
