import demo from './demoEstate.json';

/**
 * The demo estate (src/emulator/seeds/demoEstate.json, see src/emulator/state/seed.ts for the shape): old and new
 * cloud services, production and staging, package and VM deployments, one CleanupProtected service, an empty one,
 * platform and user OS images, a VM image and two storage accounts. Relative times (`-45d`) count back from the
 * emulator clock when the seed is loaded.
 */
export const demoEstate: unknown = demo;
