/** An OpenAPI 3.1 document as JSON data (what /api/openapi.json answers). */
export type OpenApiDocument = { readonly openapi: '3.1.0'; readonly [key: string]: unknown };
