import type { RouteConstraint } from './RouteTemplate';

const INT32 = [-(2 ** 31), 2 ** 31 - 1] as const;
const INTEGER = /^\s*[+-]?\d+\s*$/;
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/;
const FLOAT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const GUID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\))$/i;

function inRange(value: string, min: bigint, max: bigint): boolean {
    if (!INTEGER.test(value)) return false;
    const n = BigInt(value.trim());
    return n >= min && n <= max;
}

function integerArg(args: readonly string[], i: number, text: string): bigint {
    const arg = args[i];
    if (arg === undefined || !INTEGER.test(arg)) throw new Error(`The route constraint '${text}' needs an integer argument.`);
    return BigInt(arg.trim());
}

function isFileName(value: string): boolean {
    const last = value.slice(value.lastIndexOf('/') + 1);
    const dot = last.lastIndexOf('.');
    return dot >= 0 && dot < last.length - 1;
}

/**
 * Compiles one inline route constraint of ASP.NET Core's default map: int, long, bool, datetime, decimal, double,
 * float, guid, alpha, minlength(n), maxlength(n), length(n|min,max), min(n), max(n), range(min,max), regex(expr),
 * required, file, nonfile. Anything else throws, as the host fails such a route.
 */
export function compileRouteConstraint(text: string): RouteConstraint {
    const m = /^([A-Za-z]+)(?:\((.*)\))?$/s.exec(text);
    if (!m) throw new Error(`The route constraint '${text}' is malformed.`);
    const name = (m[1] as string).toLowerCase();
    const rawArgs = m[2];
    const args = rawArgs === undefined ? [] : name === 'regex' ? [rawArgs] : rawArgs.split(',');
    const make = (test: (value: string) => boolean): RouteConstraint => ({ text, test });
    const length = (v: string): number => [...v].length;
    switch (name) {
        case 'int':
            return make((v) => inRange(v, BigInt(INT32[0]), BigInt(INT32[1])));
        case 'long':
            return make((v) => inRange(v, -(2n ** 63n), 2n ** 63n - 1n));
        case 'bool':
            return make((v) => /^\s*(true|false)\s*$/i.test(v));
        case 'datetime':
            return make((v) => v.trim() !== '' && !Number.isNaN(Date.parse(v)));
        case 'decimal':
            return make((v) => DECIMAL.test(v));
        case 'double':
        case 'float':
            return make((v) => FLOAT.test(v));
        case 'guid':
            return make((v) => GUID.test(v));
        case 'alpha':
            return make((v) => /^[a-z]*$/i.test(v));
        case 'required':
            return make((v) => v !== '');
        case 'file':
            return make(isFileName);
        case 'nonfile':
            return make((v) => !isFileName(v));
        case 'minlength': {
            const min = Number(integerArg(args, 0, text));
            return make((v) => length(v) >= min);
        }
        case 'maxlength': {
            const max = Number(integerArg(args, 0, text));
            return make((v) => length(v) <= max);
        }
        case 'length': {
            const a = Number(integerArg(args, 0, text));
            const b = args.length > 1 ? Number(integerArg(args, 1, text)) : a;
            return make((v) => length(v) >= a && length(v) <= b);
        }
        case 'min': {
            const min = integerArg(args, 0, text);
            return make((v) => inRange(v, min, 2n ** 63n - 1n));
        }
        case 'max': {
            const max = integerArg(args, 0, text);
            return make((v) => inRange(v, -(2n ** 63n), max));
        }
        case 'range': {
            const min = integerArg(args, 0, text);
            const max = integerArg(args, 1, text);
            return make((v) => inRange(v, min, max));
        }
        case 'regex': {
            let re: RegExp;
            try {
                re = new RegExp(args[0] ?? '', 'i');
            } catch (err) {
                throw new Error(`The route constraint '${text}' has an invalid regular expression: ${(err as Error).message}`);
            }
            return make((v) => re.test(v));
        }
        default:
            throw new Error(`The route constraint '${text}' is not one of the constraints the host resolves.`);
    }
}
