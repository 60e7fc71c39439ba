import type { DocumentSchema, Infer, InferField, InferFields, ListDocumentSchema } from '../../asm/schema/schema';

type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** A record whose keys were widened to `string` (the spec's literal type was not kept): nothing precise to say. */
type IsWide<R> = string extends keyof R ? true : false;
/** What a widened part of a spec accepts: any named parameter (still checked at run time). */
type Loose = { readonly [name: string]: unknown };
type Present<T> = T & {};

type PathParamsOf<O> = O extends { readonly pathParams?: infer P }
    ? IsWide<Present<P>> extends true
        ? Loose
        : { -readonly [K in keyof Present<P>]: string }
    : {};

type QueryValue<Q> = Q extends { readonly mode: 'flag' }
    ? boolean
    : Q extends { readonly mode: 'value'; readonly field: infer F }
      ? InferField<F>
      : never;

type QueryParamsOf<O> = O extends { readonly query?: infer Q }
    ? IsWide<Present<Q>> extends true
        ? Loose
        : { -readonly [K in keyof Present<Q>]?: QueryValue<Present<Q>[K]> }
    : {};

/** Keys of the fields a widened spec may pin: required strings with a one-value enum (the catalogue's convention). */
type OneValueFields<F> = { [K in keyof F]: F[K] extends { readonly required: true; readonly enum: readonly [string] } ? K : never }[keyof F];

/**
 * Fields pinned by requestConstants (keyed by camelCase field name, as the catalogue does). When the spec's literal
 * type was widened the constants' names are unknown: the one-value-enum fields stand in for them.
 */
type PinnedFields<O, F> = O extends { readonly requestConstants?: infer C }
    ? IsWide<Present<C>> extends true
        ? OneValueFields<F>
        : keyof F & keyof Present<C>
    : never;

type BodyParamsOf<O> = O extends { readonly request?: infer R }
    ? [Present<R>] extends [never]
        ? {}
        : Present<R> extends ListDocumentSchema
          ? { body: Infer<Present<R>> }
          : Present<R> extends DocumentSchema<infer F>
            ? Omit<InferFields<F>, PinnedFields<O, F>>
            : {}
    : {};

/**
 * The parameters of a call, flattened into one object keyed by camelCase names: path parameters (required
 * strings), query parameters (optional; flags are booleans) and the top-level fields of the request document
 * (`body` for a list document), minus the fields the spec pins with requestConstants.
 */
export type ParamsOf<O> = Simplify<PathParamsOf<O> & QueryParamsOf<O> & BodyParamsOf<O>>;
