/** Options every operation takes besides its own parameters; no catalogue parameter may be named like them. */
export const GLOBAL_OPTIONS = ['wait', 'timeout', 'body', 'help'] as const;

export type GlobalOption = (typeof GLOBAL_OPTIONS)[number];

export function isGlobalOption(name: string): name is GlobalOption {
    return (GLOBAL_OPTIONS as readonly string[]).includes(name);
}
