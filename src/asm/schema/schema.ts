/**
 * The schema language every ASM body is described in, once.
 *
 * A schema says, for each camelCase model field, which XML element carries it, in which order, and how its text
 * is read and written. The same schema drives XML parsing and writing (src/xml), request validation and JSON
 * Schema / OpenAPI generation (src/asm/schema/toJsonSchema.ts), and the TypeScript model types (Infer<>).
 */

/** Constraints shared by every field kind; they drive validation and the generated JSON Schema. */
interface FieldBase {
    /** XML element name. */
    readonly xml: string;
    /** Always present in a valid request / always present in a response. */
    readonly required?: boolean;
    /** Written as `<X i:nil="true"/>` when the value is absent (as ASM writes some nulls). */
    readonly nil?: boolean;
    readonly description?: string;
}

export interface StringField extends FieldBase {
    readonly kind: 'string';
    /** Carried base64-encoded on the wire (ASM labels); the model holds the decoded text. */
    readonly base64?: boolean;
    readonly enum?: readonly string[];
    readonly pattern?: string;
    readonly minLength?: number;
    readonly maxLength?: number;
    readonly format?: 'date-time' | 'uri';
}

export interface IntField extends FieldBase {
    readonly kind: 'int';
    readonly minimum?: number;
    readonly maximum?: number;
}

export interface BoolField extends FieldBase {
    readonly kind: 'bool';
}

/**
 * An `i:type` attribute ASM writes on some polymorphic elements (`<Role i:type="PersistentVMRole">`,
 * `<ConfigurationSet i:type="NetworkConfigurationSet">`). It is derived from a discriminator field of the object
 * when writing and ignored when reading, so the model never carries it.
 */
export interface XsiType {
    /** Model key of the discriminator field (`configurationSetType`). */
    readonly field: string;
    /** Discriminator value → `i:type` value; values not listed get no attribute. */
    readonly map: Readonly<Record<string, string>>;
}

export interface ObjectField<F extends Fields = Fields> extends FieldBase {
    readonly kind: 'object';
    readonly fields: F;
    /** Emit `i:type` on this element when writing (see XsiType). */
    readonly xsiType?: XsiType;
}

/** A wrapper element holding repeated items: `<RoleList><Role/>…</RoleList>`. */
export interface ListField<I extends ItemField = ItemField> extends FieldBase {
    readonly kind: 'list';
    /** Element name of each item. */
    readonly item: string;
    readonly of: I;
    readonly maxItems?: number;
}

/** Name/value pairs held as a dictionary in the model: `<ExtendedProperties><ExtendedProperty><Name/><Value/>…`. */
export interface DictField extends FieldBase {
    readonly kind: 'dict';
    readonly item: string;
    readonly keyXml: string;
    readonly valueXml: string;
    readonly maxItems?: number;
}

export type ScalarField = StringField | IntField | BoolField;
/** What a list may hold: objects, or scalars (the item's own `xml` is ignored; the list's `item` names it). */
export type ItemField = ObjectField | ScalarField;
export type Field = ScalarField | ObjectField | ListField | DictField;
export type Fields = { readonly [name: string]: Field };

/** A document: its root element and the object schema of its content. */
export interface DocumentSchema<F extends Fields = Fields> {
    readonly root: string;
    readonly fields: F;
}

/** A document whose root is a list wrapper: `<HostedServices><HostedService/>…</HostedServices>`. */
export interface ListDocumentSchema<I extends ObjectField = ObjectField> {
    readonly root: string;
    readonly item: string;
    readonly of: I;
}

export type BodySchema = DocumentSchema | ListDocumentSchema;

export function isListDocument(schema: BodySchema): schema is ListDocumentSchema {
    return 'item' in schema;
}

// ---- TypeScript types derived from a schema ------------------------------------------------------------------

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends { readonly required: true } ? K : never }[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;

export type InferField<T> = T extends StringField
    ? string
    : T extends IntField
      ? number
      : T extends BoolField
        ? boolean
        : T extends ObjectField<infer F>
          ? InferFields<F>
          : T extends ListField<infer I>
            ? InferField<I>[]
            : T extends DictField
              ? Record<string, string>
              : never;

export type InferFields<F extends Fields> = Simplify<
    { -readonly [K in RequiredKeys<F>]: InferField<F[K]> } & { -readonly [K in OptionalKeys<F>]?: InferField<F[K]> }
>;

export type Infer<S> = S extends ListDocumentSchema<infer I>
    ? InferField<I>[]
    : S extends DocumentSchema<infer F>
      ? InferFields<F>
      : S extends ObjectField<infer F>
        ? InferFields<F>
        : never;

// ---- builders --------------------------------------------------------------------------------------------------

type Opts<T> = Omit<T, 'kind' | 'xml'>;

/**
 * Builders for fields; the first argument is always the XML element name. The options type is `NoInfer` in the
 * result: written inline in another builder's fields, a builder would otherwise take its options type from the
 * surrounding `Field` context and widen the inferred model (list items read as any field's value).
 */
export const s = {
    string: <const O extends Opts<StringField>>(xml: string, opts?: O): StringField & NoInfer<O> =>
        ({ kind: 'string', xml, ...opts }) as StringField & O,
    int: <const O extends Opts<IntField>>(xml: string, opts?: O): IntField & NoInfer<O> =>
        ({ kind: 'int', xml, ...opts }) as IntField & O,
    bool: <const O extends Opts<BoolField>>(xml: string, opts?: O): BoolField & NoInfer<O> =>
        ({ kind: 'bool', xml, ...opts }) as BoolField & O,
    object: <const F extends Fields, const O extends Opts<FieldBase> & { xsiType?: XsiType }>(
        xml: string,
        fields: F,
        opts?: O,
    ): ObjectField<F> & NoInfer<O> => ({ kind: 'object', xml, fields, ...opts }) as ObjectField<F> & O,
    list: <I extends ItemField, const O extends Opts<FieldBase> & { maxItems?: number }>(
        xml: string,
        item: string,
        of: I,
        opts?: O,
    ): ListField<I> & NoInfer<O> => ({ kind: 'list', xml, item, of, ...opts }) as ListField<I> & O,
    dict: <const O extends Opts<FieldBase> & { maxItems?: number }>(
        xml: string,
        item: string,
        keyXml = 'Name',
        valueXml = 'Value',
        opts?: O,
    ): DictField & NoInfer<O> => ({ kind: 'dict', xml, item, keyXml, valueXml, ...opts }) as DictField & O,
    /** A whole document: root element + fields. */
    document: <const F extends Fields>(root: string, fields: F): DocumentSchema<F> => ({ root, fields }),
    /** A list document: root wrapper + item element + item schema. */
    listDocument: <I extends ObjectField>(root: string, item: string, of: I): ListDocumentSchema<I> => ({
        root,
        item,
        of,
    }),
};

/** ASM's common `ExtendedProperties` dictionary. */
export const extendedProperties = () => s.dict('ExtendedProperties', 'ExtendedProperty', 'Name', 'Value', { maxItems: 50 });
