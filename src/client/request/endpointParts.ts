/** The origin and base path (no trailing slash) that requests to an endpoint are built on. */
export function endpointParts(endpoint: string | URL): { readonly origin: string; readonly basePath: string } {
    const url = typeof endpoint === 'string' ? new URL(endpoint) : endpoint;
    return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}
