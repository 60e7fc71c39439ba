/** Where the policy comes from: the CLEANUP_POLICY setting (JSON text), a blob, or nowhere (every default). */
export type PolicySource =
    | { readonly kind: 'setting'; readonly json: string }
    | { readonly kind: 'blob'; readonly container: string; readonly name: string }
    | { readonly kind: 'defaults' };
