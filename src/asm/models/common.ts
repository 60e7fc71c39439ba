import { s } from '../schema/schema';

/** Names ASM accepts for hosted services, deployments and roles: letters, digits and hyphens, no leading hyphen. */
export const RESOURCE_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{0,62}$';
/** Storage account names: 3 to 24 lower-case letters and digits. */
export const STORAGE_NAME_PATTERN = '^[a-z0-9]{3,24}$';
/** Image names (OS and VM images) allow dots and underscores. */
export const IMAGE_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,511}$';

export const serviceNameParam = s.string('serviceName', {
    required: true,
    pattern: RESOURCE_NAME_PATTERN,
    minLength: 1,
    maxLength: 63,
    description: 'Name of the cloud (hosted) service.',
});
export const deploymentNameParam = s.string('deploymentName', {
    required: true,
    pattern: RESOURCE_NAME_PATTERN,
    minLength: 1,
    maxLength: 63,
    description: 'Name of the deployment.',
});
export const deploymentSlotParam = s.string('deploymentSlot', {
    required: true,
    enum: ['production', 'staging', 'Production', 'Staging'],
    description: 'Deployment slot: production or staging.',
});
export const roleNameParam = s.string('roleName', {
    required: true,
    pattern: RESOURCE_NAME_PATTERN,
    minLength: 1,
    maxLength: 63,
    description: 'Name of the role (virtual machine).',
});
export const storageAccountNameParam = s.string('serviceName', {
    required: true,
    pattern: STORAGE_NAME_PATTERN,
    minLength: 3,
    maxLength: 24,
    description: 'Name of the storage account.',
});
export const imageNameParam = s.string('imageName', {
    required: true,
    pattern: IMAGE_NAME_PATTERN,
    minLength: 1,
    maxLength: 512,
    description: 'Name of the image.',
});
export const requestIdParam = s.string('requestId', {
    required: true,
    pattern: '^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    description: 'The x-ms-request-id of an asynchronous operation.',
});

/** `<Label>`: base64 on the wire, decoded text in the model. */
export const label = (required = false) =>
    s.string('Label', { base64: true, maxLength: 100, ...(required ? { required: true as const } : {}) });

export const vmImageNameParam = s.string('vmImageName', {
    required: true,
    pattern: IMAGE_NAME_PATTERN,
    minLength: 1,
    maxLength: 512,
    description: 'Name of the VM image.',
});

/** A `<Label>` ASM accepts as plain text (VM `Deployment`, `OSImage`, role sizes): no base64 on the wire. */
export const plainLabel = (required = false) =>
    s.string('Label', { maxLength: 100, ...(required ? { required: true as const } : {}) });

/** Deployment slots as they appear in request bodies (Python sends `production`, ASM answers `Production`). */
export const DEPLOYMENT_SLOTS = ['production', 'staging', 'Production', 'Staging'] as const;

/** Operating systems of images and disks. */
export const OS_TYPES = ['Linux', 'Windows'] as const;

/** Host caching of OS and data disks. */
export const HOST_CACHING = ['None', 'ReadOnly', 'ReadWrite'] as const;
