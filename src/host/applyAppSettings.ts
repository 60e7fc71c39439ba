/**
 * Layers app settings into `env` as Core Tools does: the real environment wins over local.settings.json `Values`,
 * which win over `defaults`. `owned` settings (the local services' endpoints) are always set.
 */
export function applyAppSettings(
    env: NodeJS.ProcessEnv,
    layers: { readonly owned?: Readonly<Record<string, string>>; readonly local?: Readonly<Record<string, string>>; readonly defaults?: Readonly<Record<string, string>> },
): void {
    for (const [key, value] of Object.entries(layers.local ?? {})) if (env[key] === undefined) env[key] = value;
    for (const [key, value] of Object.entries(layers.defaults ?? {})) if (env[key] === undefined) env[key] = value;
    for (const [key, value] of Object.entries(layers.owned ?? {})) env[key] = value;
}
