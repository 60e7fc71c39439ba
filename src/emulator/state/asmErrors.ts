import { AsmEmulatorError } from '../EmulatorContract';

/**
 * One factory per ASM error the emulator answers, so every message is written once. Where a message was seen in
 * real ASM traffic the source is noted; the others follow ASM's style and are marked "ours".
 */

export const resourceNotFound = (message: string): AsmEmulatorError => new AsmEmulatorError(404, 'ResourceNotFound', message);
export const conflict = (message: string): AsmEmulatorError => new AsmEmulatorError(409, 'ConflictError', message);
export const badRequest = (message: string): AsmEmulatorError => new AsmEmulatorError(400, 'BadRequest', message);
export const internalError = (message = 'The server encountered an internal error. Please retry the request.'): AsmEmulatorError =>
    new AsmEmulatorError(500, 'InternalError', message);
export const notImplemented = (operationName: string): AsmEmulatorError =>
    new AsmEmulatorError(501, 'NotImplemented', `The emulator has no handler for the operation '${operationName}'.`);

// ---- not found (404 ResourceNotFound) ---------------------------------------------------------------------------

/** Recorded (PY-REC test_create_update_delete_hosted_service). */
export const hostedServiceNotFound = () => resourceNotFound('The hosted service does not exist.');
/** Recorded (PY-REC test_create_get_delete_deployment; LIBCLOUD deploymentslots/Production). */
export const noDeployments = () => resourceNotFound('No deployments were found.');
/** Recorded (XPLAT-REC, asm-rest-facts §2). */
export const deploymentNameNotFound = (name: string) => resourceNotFound(`The deployment name '${name}' does not exist.`);
/** Recorded (PY-REC test_delete_storage_account). */
export const storageAccountNotFound = (name: string) => resourceNotFound(`The storage account '${name}' was not found.`);
/** Recorded (PY-REC test_delete_os_image). */
export const imageNotFound = () => resourceNotFound('The image with the specified name does not exist.');
/** Recorded (asm-rest-facts §2). */
export const affinityGroupNotFound = () => resourceNotFound('The affinity group does not exist.');
/** Recorded (LIBCLOUD, POST on an unknown role instance). */
export const roleInstanceNotFound = () => resourceNotFound('Role instance name is not valid.');

/**
 * Real ASM answers an unknown operation id with 400 BadRequest (captured response in gimler/guzzle-azure
 * tests/mock/Azure/Managment/Operations/GetNotFoundResponse, server rd_rdfe_stable.150604; Koding's ASM provider
 * matches on the same message), not 404.
 */
export const operationNotFound = () => badRequest('The operation request ID was not found.');

// ---- conflicts (409 ConflictError) -------------------------------------------------------------------------------

/** asm-rest-facts / lead's brief. */
export const dnsNameTaken = () => conflict('The specified DNS name is already taken.');
/** Recorded as the availability Reason (PY-REC test_check_storage_account_name_availability_not_available). */
export const storageAccountExists = (name: string) => conflict(`A storage account named '${name}' already exists in the subscription.`);
/** Seen relayed by azure-xplat-cli (issue #1139, `azure service delete`). */
export const hostedServiceHasDeployments = () => conflict('A hosted service cannot be deleted while it still contains deployments.');
/** Seen relayed by Azure Pipelines (azure-pipelines-tasks issue #11289). */
export const slotOccupied = (slot: string) => conflict(`The specified deployment slot ${slot} is occupied.`);
/** Ours. */
export const deploymentNameInUse = (name: string) => conflict(`A deployment with the name '${name}' already exists in the hosted service.`);
/** Ours. */
export const imageNameExists = (name: string) => conflict(`An image with the name '${name}' already exists.`);
/** Ours. */
export const roleNameInUse = (name: string) => conflict(`A role with the name '${name}' already exists in the deployment.`);

/** Recorded for deployments (XPLAT-REC cli.vm.create-multi-nic-tests); the other resource words are ours. */
export const exclusiveAccess = (requestId: string, what: 'deployment' | 'hosted service' | 'storage account' | 'image') =>
    conflict(`Windows Azure is currently performing an operation with x-ms-requestid ${requestId} on this ${what} that requires exclusive access.`);

/** The message real ASM gives when deleting a storage account whose blobs back disks or images. */
export const storageAccountInUse = (account: string, example: string) =>
    conflict(
        `Storage account ${account} has some active image(s) and/or disk(s), e.g. ${example}. Ensure these image(s) and/or disk(s) are removed before deleting this storage account.`,
    );

// ---- bad requests (400 BadRequest) -------------------------------------------------------------------------------

/** Recorded (asm-rest-facts §2). */
export const invalidHostedServiceName = () => badRequest('The hosted service name is invalid.');
/** Recorded (PY-REC test_unicode_create_storage_account_unicode_name). */
export const invalidStorageAccountName = () =>
    badRequest(
        'The name is not a valid storage account name. Storage account names must be between 3 and 24 characters in length and use numbers and lower-case letters only.',
    );
/** Ours. */
export const locationOrAffinityGroupRequired = () => badRequest('Exactly one of Location and AffinityGroup must be specified.');
/** Ours. */
export const unknownLocation = (location: string) => badRequest(`The location '${location}' is not a valid location.`);
/** Ours. */
export const invalidSlot = (slot: string) => badRequest(`The deployment slot '${slot}' is not valid; use Production or Staging.`);
/** Ours (the generic wording is recorded, asm-rest-facts §2: "A parameter was incorrect"). */
export const parameterIncorrect = (detail: string) => badRequest(`A parameter was incorrect. ${detail}`);
