/**
 * Offline checks of an ARM JSON template: a parser for the template expression language (`[concat('a', …)]`)
 * and an evaluator for the functions our template uses, with stand-ins for what only Azure knows
 * (`reference()`, `resourceGroup()`, `subscription()`). Nothing here is a full ARM engine: an unknown function is
 * an error, so the template cannot quietly grow something this evaluator does not check.
 * (No Bicep compiler and no `az deployment validate` here: platform-notes §5 "Offline validation".)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../helpers/projectPaths';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ArmParameter {
    readonly type: string;
    readonly defaultValue?: Json;
    readonly allowedValues?: Json[];
    readonly minValue?: number;
    readonly maxValue?: number;
    readonly minLength?: number;
    readonly maxLength?: number;
    readonly metadata?: { readonly description?: string };
}

export interface ArmResource {
    readonly type: string;
    readonly apiVersion: string;
    readonly name: string;
    readonly condition?: Json;
    readonly scope?: string;
    readonly dependsOn?: string[];
    readonly [key: string]: Json | undefined;
}

export interface ArmTemplate {
    readonly $schema: string;
    readonly contentVersion: string;
    readonly parameters: Readonly<Record<string, ArmParameter>>;
    readonly variables: Readonly<Record<string, Json>>;
    readonly resources: readonly ArmResource[];
    readonly outputs: Readonly<Record<string, { readonly type: string; readonly value: Json }>>;
}

export const TEMPLATE_FILE = path.join(projectRoot(), 'infra', 'azuredeploy.json');
export const PARAMETERS_FILE = path.join(projectRoot(), 'infra', 'azuredeploy.parameters.json');

export function loadTemplate(): ArmTemplate {
    return JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8')) as ArmTemplate;
}

export function loadParameterFile(): { $schema: string; contentVersion: string; parameters: Record<string, { value: Json }> } {
    return JSON.parse(readFileSync(PARAMETERS_FILE, 'utf8')) as { $schema: string; contentVersion: string; parameters: Record<string, { value: Json }> };
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

export type Expr =
    | { readonly kind: 'string'; readonly value: string }
    | { readonly kind: 'number'; readonly value: number }
    | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
    | { readonly kind: 'property'; readonly target: Expr; readonly name: string }
    | { readonly kind: 'index'; readonly target: Expr; readonly index: Expr };

/** Whether a JSON string is a template expression (`[…]`, but not the `[[` escape of a literal bracket). */
export function isExpression(text: string): boolean {
    return text.startsWith('[') && text.endsWith(']') && !text.startsWith('[[');
}

type Token = { readonly t: 'str'; readonly v: string } | { readonly t: 'num'; readonly v: number } | { readonly t: 'id'; readonly v: string } | { readonly t: 'punct'; readonly v: string };

function tokenize(src: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < src.length) {
        const c = src.charAt(i);
        if (/\s/.test(c)) {
            i++;
        } else if (c === "'") {
            let value = '';
            i++;
            for (;;) {
                if (i >= src.length) throw new SyntaxError(`Unterminated string in ${src}`);
                const d = src.charAt(i);
                if (d === "'") {
                    if (src.charAt(i + 1) === "'") {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += d;
                i++;
            }
            tokens.push({ t: 'str', v: value });
        } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src.charAt(i + 1)))) {
            const m = /^-?[0-9]+(?:\.[0-9]+)?/.exec(src.slice(i)) as RegExpExecArray;
            tokens.push({ t: 'num', v: Number(m[0]) });
            i += m[0].length;
        } else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
            tokens.push({ t: 'id', v: m[0] });
            i += m[0].length;
        } else if ('(),.[]'.includes(c)) {
            tokens.push({ t: 'punct', v: c });
            i++;
        } else {
            throw new SyntaxError(`Unexpected "${c}" at ${i} in ${src}`);
        }
    }
    return tokens;
}

/** Parses the inside of a template expression (`concat('a', parameters('b'))`, without the brackets). */
export function parseExpression(src: string): Expr {
    const tokens = tokenize(src);
    let pos = 0;
    const peek = (): Token | undefined => tokens[pos];
    const expect = (v: string): void => {
        const tok = tokens[pos++];
        if (tok?.t !== 'punct' || tok.v !== v) throw new SyntaxError(`Expected "${v}" at token ${pos} in ${src}`);
    };
    const parsePrimary = (): Expr => {
        const tok = tokens[pos++];
        if (tok === undefined) throw new SyntaxError(`Unexpected end of ${src}`);
        if (tok.t === 'str') return { kind: 'string', value: tok.v };
        if (tok.t === 'num') return { kind: 'number', value: tok.v };
        if (tok.t !== 'id') throw new SyntaxError(`Unexpected "${tok.v}" in ${src}`);
        let name = tok.v;
        const next = peek();
        if (next?.t === 'punct' && next.v === '.' && tokens[pos + 1]?.t === 'id' && tokens[pos + 2]?.t === 'punct' && tokens[pos + 2]?.v === '(') {
            name = `${name}.${(tokens[pos + 1] as { v: string }).v}`; // a user-defined function namespace.name
            pos += 2;
        }
        expect('(');
        const args: Expr[] = [];
        if (!(peek()?.t === 'punct' && peek()?.v === ')')) {
            for (;;) {
                args.push(parseAccessors());
                const sep = peek();
                if (sep?.t === 'punct' && sep.v === ',') {
                    pos++;
                    continue;
                }
                break;
            }
        }
        expect(')');
        return { kind: 'call', name, args };
    };
    const parseAccessors = (): Expr => {
        let expr = parsePrimary();
        for (;;) {
            const tok = peek();
            if (tok?.t === 'punct' && tok.v === '.') {
                pos++;
                const id = tokens[pos++];
                if (id?.t !== 'id') throw new SyntaxError(`Expected a property name after "." in ${src}`);
                expr = { kind: 'property', target: expr, name: id.v };
            } else if (tok?.t === 'punct' && tok.v === '[') {
                pos++;
                const index = parseAccessors();
                expect(']');
                expr = { kind: 'index', target: expr, index };
            } else {
                return expr;
            }
        }
    };
    const expr = parseAccessors();
    if (pos !== tokens.length) throw new SyntaxError(`Unexpected trailing tokens in ${src}`);
    return expr;
}

/** Every function name an expression calls (lower-case). */
export function calledFunctions(expr: Expr, out = new Set<string>()): Set<string> {
    if (expr.kind === 'call') {
        out.add(expr.name.toLowerCase());
        for (const a of expr.args) calledFunctions(a, out);
    } else if (expr.kind === 'property') calledFunctions(expr.target, out);
    else if (expr.kind === 'index') {
        calledFunctions(expr.target, out);
        calledFunctions(expr.index, out);
    }
    return out;
}

/** Every string (object keys included) in a JSON value that is a template expression, with its JSON path. */
export function expressionStrings(node: Json | undefined, at = '$'): { path: string; text: string }[] {
    const out: { path: string; text: string }[] = [];
    if (typeof node === 'string') {
        if (isExpression(node)) out.push({ path: at, text: node });
    } else if (Array.isArray(node)) {
        node.forEach((v, i) => out.push(...expressionStrings(v, `${at}[${i}]`)));
    } else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
            if (isExpression(k)) out.push({ path: `${at}.<key>`, text: k });
            out.push(...expressionStrings(v, `${at}.${k}`));
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

/** What `reference()` returns per resource type, given the resource name (stand-ins for Azure's runtime state). */
export type ReferenceStubs = Readonly<Record<string, (name: string) => Record<string, Json>>>;

export interface EvaluationContext {
    readonly parameters: Readonly<Record<string, Json>>;
    readonly references: ReferenceStubs;
    readonly subscriptionId?: string;
    readonly tenantId?: string;
    readonly resourceGroupName?: string;
    readonly location?: string;
}

/** A reference() result: property access is checked (a typo in a runtime property is an error here). */
class ReferenceResult {
    constructor(
        readonly resourceId: string,
        readonly properties: Readonly<Record<string, Json>>,
    ) {}

    get(name: string): Json {
        const key = Object.keys(this.properties).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined) throw new Error(`reference('${this.resourceId}') has no property "${name}" in the stand-in (known: ${Object.keys(this.properties).join(', ')})`);
        return this.properties[key] as Json;
    }
}

type Value = Json | ReferenceResult | undefined;

const NULL = null;

function deterministicHash(parts: readonly string[]): Buffer {
    return createHash('sha256').update(parts.join('\u0000')).digest();
}

/** uniqueString stand-in: 13 lower-case base-32 characters, deterministic (not Azure's algorithm). */
function uniqueString(parts: readonly string[]): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    const hash = deterministicHash(parts);
    let out = '';
    for (let i = 0; i < 13; i++) out += alphabet[(hash[i] as number) % 32];
    return out;
}

/** guid stand-in: a deterministic UUID-shaped string from the arguments. */
function guid(parts: readonly string[]): string {
    const h = deterministicHash(parts).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function asString(v: Value, what: string): string {
    if (typeof v !== 'string') throw new TypeError(`${what} must be a string, got ${JSON.stringify(v)}`);
    return v;
}

function isObject(v: Value): v is { [key: string]: Json } {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ReferenceResult);
}

export class ArmEvaluator {
    readonly #variables = new Map<string, Json>();
    readonly #evaluating = new Set<string>();
    readonly #parameters: Record<string, Json> = {};
    readonly subscriptionId: string;
    readonly resourceGroupName: string;

    constructor(
        readonly template: ArmTemplate,
        readonly context: EvaluationContext,
    ) {
        this.subscriptionId = context.subscriptionId ?? '11111111-1111-1111-1111-111111111111';
        this.resourceGroupName = context.resourceGroupName ?? 'rg-asm';
        for (const [name, def] of Object.entries(template.parameters)) {
            const given = context.parameters[name];
            if (given !== undefined) this.#parameters[name] = given;
            else if (def.defaultValue !== undefined) this.#parameters[name] = this.evaluate(def.defaultValue) as Json;
            else throw new Error(`Parameter ${name} has no value and no default.`);
        }
        for (const name of Object.keys(context.parameters)) {
            if (template.parameters[name] === undefined) throw new Error(`Parameter ${name} is not declared by the template.`);
        }
    }

    parameter(name: string): Json {
        const key = Object.keys(this.#parameters).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined) throw new Error(`parameters('${name}') is not declared.`);
        return this.#parameters[key] as Json;
    }

    variable(name: string): Json {
        const key = Object.keys(this.template.variables).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined) throw new Error(`variables('${name}') is not declared.`);
        const cached = this.#variables.get(key);
        if (cached !== undefined) return cached;
        if (this.#evaluating.has(key)) throw new Error(`variables('${key}') refers to itself.`);
        this.#evaluating.add(key);
        try {
            const value = this.evaluate(this.template.variables[key] as Json, { inVariables: true });
            if (value instanceof ReferenceResult || value === undefined) throw new Error(`variables('${key}') is not a JSON value.`);
            this.#variables.set(key, value);
            return value;
        } finally {
            this.#evaluating.delete(key);
        }
    }

    resourceId(type: string, names: readonly string[]): string {
        const segments = type.split('/');
        const namespace = segments[0] as string;
        const types = segments.slice(1);
        if (types.length !== names.length) throw new Error(`resourceId('${type}') needs ${types.length} name(s), got ${names.length}.`);
        const tail = types.map((t, i) => `${t}/${names[i] as string}`).join('/');
        return `/subscriptions/${this.subscriptionId}/resourceGroups/${this.resourceGroupName}/providers/${namespace}/${tail}`;
    }

    /** Evaluates a template value: expressions inside strings (and object keys), recursively. */
    evaluate(node: Json, options: { inVariables?: boolean } = {}): Value {
        if (typeof node === 'string') {
            if (node.startsWith('[[')) return node.slice(1);
            if (!isExpression(node)) return node;
            return this.evalExpr(parseExpression(node.slice(1, -1)), options);
        }
        if (Array.isArray(node)) return node.map((v) => this.toJson(this.evaluate(v, options)));
        if (node !== null && typeof node === 'object') {
            const out: Record<string, Json> = {};
            for (const [k, v] of Object.entries(node)) out[asString(this.evaluate(k, options), 'a property name')] = this.toJson(this.evaluate(v, options));
            return out;
        }
        return node;
    }

    /** Evaluates and insists on plain JSON (no reference() object left over). */
    json(node: Json): Json {
        return this.toJson(this.evaluate(node));
    }

    private toJson(v: Value): Json {
        if (v instanceof ReferenceResult) throw new Error(`reference('${v.resourceId}') used as a whole value: pick a property.`);
        return v === undefined ? null : v;
    }

    private evalExpr(expr: Expr, options: { inVariables?: boolean }): Value {
        switch (expr.kind) {
            case 'string':
            case 'number':
                return expr.value;
            case 'property': {
                const target = this.evalExpr(expr.target, options);
                if (target instanceof ReferenceResult) return target.get(expr.name);
                if (!isObject(target)) throw new TypeError(`.${expr.name} on a non-object`);
                const key = Object.keys(target).find((k) => k.toLowerCase() === expr.name.toLowerCase());
                if (key === undefined) throw new Error(`Property "${expr.name}" not found (has ${Object.keys(target).join(', ')})`);
                return target[key];
            }
            case 'index': {
                const target = this.evalExpr(expr.target, options);
                const index = this.evalExpr(expr.index, options);
                if (Array.isArray(target) && typeof index === 'number') {
                    if (index < 0 || index >= target.length) throw new RangeError(`Index ${index} out of range`);
                    return target[index];
                }
                if (target instanceof ReferenceResult && typeof index === 'string') return target.get(index);
                if (isObject(target) && typeof index === 'string') {
                    const key = Object.keys(target).find((k) => k.toLowerCase() === index.toLowerCase());
                    if (key === undefined) throw new Error(`Property "${index}" not found (has ${Object.keys(target).join(', ')})`);
                    return target[key];
                }
                throw new TypeError(`Cannot index ${JSON.stringify(target)} with ${JSON.stringify(index)}`);
            }
            case 'call':
                return this.call(expr, options);
        }
    }

    private call(expr: Extract<Expr, { kind: 'call' }>, options: { inVariables?: boolean }): Value {
        const name = expr.name.toLowerCase();
        const arg = (i: number): Value => {
            const a = expr.args[i];
            if (a === undefined) throw new Error(`${expr.name}() needs argument ${i + 1}`);
            return this.evalExpr(a, options);
        };
        const all = (): Value[] => expr.args.map((a) => this.evalExpr(a, options));
        const strings = (): string[] => all().map((v, i) => asString(v, `${expr.name}() argument ${i + 1}`));
        switch (name) {
            case 'parameters':
                return this.parameter(asString(arg(0), 'parameters()'));
            case 'variables':
                return this.variable(asString(arg(0), 'variables()'));
            case 'if': {
                const cond = arg(0);
                if (typeof cond !== 'boolean') throw new TypeError(`if() condition must be a boolean, got ${JSON.stringify(cond)}`);
                return cond ? arg(1) : arg(2);
            }
            case 'equals': {
                return JSON.stringify(this.toJson(arg(0))) === JSON.stringify(this.toJson(arg(1)));
            }
            case 'not': {
                const v = arg(0);
                if (typeof v !== 'boolean') throw new TypeError('not() needs a boolean');
                return !v;
            }
            case 'and':
                return all().every((v) => v === true);
            case 'or':
                return all().some((v) => v === true);
            case 'true':
                return true;
            case 'false':
                return false;
            case 'null':
                return NULL;
            case 'empty': {
                const v = arg(0);
                if (v === null || v === undefined) return true;
                if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
                if (isObject(v)) return Object.keys(v).length === 0;
                throw new TypeError('empty() needs a string, array or object');
            }
            case 'concat': {
                const values = all();
                if (values.every((v) => Array.isArray(v))) return (values as Json[][]).flat();
                return values.map((v, i) => (typeof v === 'number' ? String(v) : asString(v, `concat() argument ${i + 1}`))).join('');
            }
            case 'format': {
                const [fmt, ...rest] = all();
                return asString(fmt, 'format()').replace(/\{(\d+)\}/g, (_, n: string) => {
                    const v = rest[Number(n)];
                    if (v === undefined) throw new Error(`format() has no argument {${n}}`);
                    return typeof v === 'string' ? v : JSON.stringify(v);
                });
            }
            case 'string': {
                const v = this.toJson(arg(0));
                return typeof v === 'string' ? v : JSON.stringify(v);
            }
            case 'int': {
                const v = arg(0);
                return typeof v === 'number' ? Math.trunc(v) : parseInt(asString(v, 'int()'), 10);
            }
            case 'tolower':
                return asString(arg(0), 'toLower()').toLowerCase();
            case 'toupper':
                return asString(arg(0), 'toUpper()').toUpperCase();
            case 'replace': {
                const [s, from, to] = strings();
                return (s as string).split(from as string).join(to as string);
            }
            case 'take': {
                const v = arg(0);
                const n = arg(1);
                if (typeof n !== 'number') throw new TypeError('take() count must be a number');
                if (typeof v === 'string' || Array.isArray(v)) return v.slice(0, Math.max(0, n));
                throw new TypeError('take() needs a string or array');
            }
            case 'length': {
                const v = arg(0);
                if (typeof v === 'string' || Array.isArray(v)) return v.length;
                if (isObject(v)) return Object.keys(v).length;
                throw new TypeError('length() needs a string, array or object');
            }
            case 'contains': {
                const c = arg(0);
                const v = this.toJson(arg(1));
                if (typeof c === 'string') return c.toLowerCase().includes(asString(v, 'contains()').toLowerCase());
                if (Array.isArray(c)) return c.some((x) => JSON.stringify(x) === JSON.stringify(v));
                if (isObject(c)) return Object.keys(c).some((k) => k.toLowerCase() === String(v).toLowerCase());
                throw new TypeError('contains() needs a string, array or object');
            }
            case 'createobject': {
                const values = all();
                if (values.length % 2 !== 0) throw new Error('createObject() needs name/value pairs');
                const out: Record<string, Json> = {};
                for (let i = 0; i < values.length; i += 2) out[asString(values[i], 'createObject() name')] = this.toJson(values[i + 1]);
                return out;
            }
            case 'createarray':
                return all().map((v) => this.toJson(v));
            case 'union': {
                const values = all();
                if (values.every((v) => isObject(v))) return Object.assign({}, ...(values as Record<string, Json>[])) as Json;
                if (values.every((v) => Array.isArray(v))) {
                    const out: Json[] = [];
                    for (const x of (values as Json[][]).flat()) if (!out.some((y) => JSON.stringify(y) === JSON.stringify(x))) out.push(x);
                    return out;
                }
                throw new TypeError('union() needs all objects or all arrays');
            }
            case 'uniquestring':
                return uniqueString(strings());
            case 'guid':
                return guid(strings());
            case 'resourcegroup':
                return {
                    id: `/subscriptions/${this.subscriptionId}/resourceGroups/${this.resourceGroupName}`,
                    name: this.resourceGroupName,
                    location: this.context.location ?? 'westeurope',
                };
            case 'subscription':
                return {
                    id: `/subscriptions/${this.subscriptionId}`,
                    subscriptionId: this.subscriptionId,
                    tenantId: this.context.tenantId ?? '22222222-2222-2222-2222-222222222222',
                };
            case 'environment':
                return { name: 'AzureCloud', suffixes: { storage: 'core.windows.net', keyvaultDns: '.vault.azure.net' } };
            case 'resourceid': {
                const [type, ...names] = strings();
                return this.resourceId(type as string, names);
            }
            case 'subscriptionresourceid': {
                const [type, ...names] = strings();
                const segments = (type as string).split('/');
                const tail = segments
                    .slice(1)
                    .map((t, i) => `${t}/${names[i] ?? ''}`)
                    .join('/');
                return `/subscriptions/${this.subscriptionId}/providers/${segments[0] as string}/${tail}`;
            }
            case 'extensionresourceid': {
                const [scope, type, ...names] = strings();
                const segments = (type as string).split('/');
                const tail = segments
                    .slice(1)
                    .map((t, i) => `${t}/${names[i] ?? ''}`)
                    .join('/');
                return `${scope as string}/providers/${segments[0] as string}/${tail}`;
            }
            case 'reference': {
                if (options.inVariables) throw new Error('reference() cannot be used in variables (ARM evaluates them before deployment).');
                const id = asString(arg(0), 'reference()');
                const m = /\/providers\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(id);
                if (m === null) throw new Error(`reference() needs a resource id of a top-level resource, got ${id}`);
                const type = `${m[1] as string}/${m[2] as string}`;
                const stub = Object.entries(this.context.references).find(([t]) => t.toLowerCase() === type.toLowerCase())?.[1];
                if (stub === undefined) throw new Error(`No reference() stand-in for ${type}`);
                return new ReferenceResult(id, stub(m[3] as string));
            }
            default:
                throw new Error(`Unsupported template function ${expr.name}() (extend test/infra/armTemplate.ts if it is legitimate).`);
        }
    }
}

/** Functions the evaluator implements: the template may use these and no others. */
export const SUPPORTED_FUNCTIONS = new Set([
    'parameters', 'variables', 'if', 'equals', 'not', 'and', 'or', 'true', 'false', 'null', 'empty', 'concat', 'format',
    'string', 'int', 'tolower', 'toupper', 'replace', 'take', 'length', 'contains', 'createobject', 'createarray', 'union',
    'uniquestring', 'guid', 'resourcegroup', 'subscription', 'environment', 'resourceid', 'subscriptionresourceid',
    'extensionresourceid', 'reference',
]);

export interface EvaluatedResource {
    readonly type: string;
    readonly apiVersion: string;
    readonly name: string;
    readonly scope?: string;
    readonly body: Readonly<Record<string, Json>>;
}

/** The resources that deploy with these parameters (condition true), every expression evaluated. */
export function deployedResources(evaluator: ArmEvaluator): EvaluatedResource[] {
    const out: EvaluatedResource[] = [];
    for (const resource of evaluator.template.resources) {
        if (resource.condition !== undefined && evaluator.json(resource.condition) !== true) continue;
        const body = evaluator.json(resource as unknown as Json) as Record<string, Json>;
        out.push({
            type: resource.type,
            apiVersion: resource.apiVersion,
            name: body.name as string,
            ...(typeof body.scope === 'string' ? { scope: body.scope } : {}),
            body,
        });
    }
    return out;
}

/** Stand-ins for reference(): recognisable values so tests can tell which resource a setting came from. */
export const REFERENCE_STUBS: ReferenceStubs = {
    'Microsoft.ManagedIdentity/userAssignedIdentities': (name) => ({
        clientId: `client-id-of-${name}`,
        principalId: `principal-id-of-${name}`,
        tenantId: '22222222-2222-2222-2222-222222222222',
    }),
    'Microsoft.KeyVault/vaults': (name) => ({ vaultUri: `https://${name}.vault.azure.net/` }),
    'Microsoft.Insights/components': (name) => ({
        ConnectionString: `InstrumentationKey=ikey-of-${name};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/`,
        InstrumentationKey: `ikey-of-${name}`,
    }),
    'Microsoft.Web/sites': (name) => ({ defaultHostName: `${name}.azurewebsites.net` }),
};

/** The parameter values of azuredeploy.parameters.json, with overrides. */
export function parameterValues(overrides: Readonly<Record<string, Json>> = {}): Record<string, Json> {
    const file = loadParameterFile();
    const values: Record<string, Json> = {};
    for (const [name, p] of Object.entries(file.parameters)) values[name] = p.value;
    return { ...values, ...overrides };
}

export function evaluatorFor(overrides: Readonly<Record<string, Json>> = {}): ArmEvaluator {
    return new ArmEvaluator(loadTemplate(), { parameters: parameterValues(overrides), references: REFERENCE_STUBS });
}

/** The Function App's app settings as deployed with these parameters (the `sites/config` `appsettings` resource). */
export function appSettings(evaluator: ArmEvaluator): Record<string, Json> {
    const config = deployedResources(evaluator).filter((r) => r.type === 'Microsoft.Web/sites/config' && r.name.endsWith('/appsettings'));
    if (config.length !== 1) throw new Error(`Expected one sites/config appsettings resource, found ${config.length}.`);
    const props = (config[0] as EvaluatedResource).body.properties;
    if (!isObject(props)) throw new Error('The appsettings properties are not an object.');
    return props;
}
