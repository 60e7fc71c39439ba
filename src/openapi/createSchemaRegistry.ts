import type { BodySchema } from '../asm/schema/schema';
import type { JsonSchema } from '../asm/schema/toJsonSchema';

/** Names the request and response schemas of the document and keeps them for `components.schemas`. */
export interface SchemaRegistry {
    /** `#/components/schemas/<name>` for a schema, registered once per schema object (shared documents share it). */
    ref(schema: BodySchema | undefined, name: string, build: () => JsonSchema): { readonly $ref: string };
    readonly schemas: Readonly<Record<string, JsonSchema>>;
}

/** A registry that names schemas, dedupes them by identity, and suffixes a number on a name clash. */
export function createSchemaRegistry(initial: Readonly<Record<string, JsonSchema>> = {}): SchemaRegistry {
    const schemas: Record<string, JsonSchema> = { ...initial };
    const byIdentity = new Map<unknown, string>();
    return {
        schemas,
        ref(schema, name, build) {
            const known = schema === undefined ? undefined : byIdentity.get(schema);
            if (known !== undefined) return { $ref: `#/components/schemas/${known}` };
            let unique = name;
            for (let i = 2; Object.hasOwn(schemas, unique); i++) unique = `${name}${i}`;
            schemas[unique] = build();
            if (schema !== undefined) byIdentity.set(schema, unique);
            return { $ref: `#/components/schemas/${unique}` };
        },
    };
}

