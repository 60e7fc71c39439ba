import { keyOf } from '../store/records';

/** Names of the things an in-flight operation holds exclusively; compared case-insensitively. */
export const lockKeys = {
    hostedService: (service: string) => `hostedservice:${keyOf(service)}`,
    deployment: (service: string, deployment: string) => `deployment:${keyOf(service)}/${keyOf(deployment)}`,
    storageAccount: (account: string) => `storage:${keyOf(account)}`,
    vmImage: (image: string) => `vmimage:${keyOf(image)}`,
    osImage: (image: string) => `osimage:${keyOf(image)}`,
};
