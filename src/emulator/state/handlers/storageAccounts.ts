import type { AvailabilityResponse } from '../../../asm/models/hostedService';
import type { createStorageServiceRequest, regenerateKeysRequest } from '../../../asm/models/storageService';
import type { Infer } from '../../../asm/schema/schema';
import { invalidStorageAccountName, parameterIncorrect, storageAccountExists, storageAccountInUse } from '../asmErrors';
import { isoSeconds } from '../clock/asmTime';
import { randomIds, storageKey } from '../ids';
import { isValidStorageAccountName } from '../names';
import { lockKeys } from '../operations/lockKeys';
import { type Estate, keyOf, type StorageAccountRecord } from '../store/records';
import { geoRegions } from '../store/storageGeo';
import { storageAccountListView, storageAccountView, storageKeysView } from '../views/storageAccountView';
import { accountOfBlob, storageLocation } from '../views/urls';
import { type HandlerContext, type HandlerTable, type Mutation, ok } from './Handler';
import { assertUnlocked } from './locks';
import { requireStorageAccount } from './lookups';
import { placement } from './placement';
import { bodyOf, pathParam } from './requestValues';

type CreateBody = Infer<typeof createStorageServiceRequest>;
type RegenerateBody = Infer<typeof regenerateKeysRequest>;

/** Appears at once with Status Creating, Created when the operation completes; a failure removes it again. */
function createStorageAccount(ctx: HandlerContext): Mutation {
    const body = bodyOf<CreateBody>(ctx);
    const name = body.serviceName ?? '';
    if (!isValidStorageAccountName(name)) throw invalidStorageAccountName();
    if (ctx.estate.storageAccounts[keyOf(name)] !== undefined) throw storageAccountExists(name);
    const where = placement(ctx, body.location, body.affinityGroup);
    const location = 'location' in where ? where.location : ctx.estate.affinityGroups[keyOf(where.affinityGroup)]?.location;
    const accountType = body.accountType ?? 'Standard_GRS';
    const record: StorageAccountRecord = {
        name,
        label: body.label ?? name,
        ...(body.description === undefined ? {} : { description: body.description }),
        ...where,
        status: 'Creating',
        accountType,
        creationTime: isoSeconds(ctx.now),
        // ASM adds the resource group it files classic accounts under (PY-REC test_create_storage_account).
        extendedProperties: {
            ...body.extendedProperties,
            ResourceGroup: `Default-Storage-${(location ?? 'WestUS').replace(/\s+/g, '')}`,
            ResourceLocation: location ?? 'West US',
        },
        primaryKey: storageKey(randomIds, 'primary'),
        secondaryKey: storageKey(randomIds, 'secondary'),
        ...geoRegions(location, accountType),
    };
    const key = keyOf(name);
    return {
        kind: 'mutation',
        locks: [lockKeys.storageAccount(name)],
        headers: { Location: storageLocation(ctx.subscriptionId, name) },
        begin: () => {
            ctx.estate.storageAccounts[key] = record;
        },
        commit: () => {
            record.status = 'Created';
        },
        rollback: () => {
            delete ctx.estate.storageAccounts[key];
        },
    };
}

/** A disk or image whose VHD lives in the account, if any (ASM refuses to delete such an account). */
function firstUserOf(estate: Estate, account: string): string | undefined {
    const inAccount = (url: string | undefined) => url !== undefined && accountOfBlob(url) === keyOf(account);
    return (
        Object.values(estate.disks).find((d) => inAccount(d.mediaLink))?.name ??
        Object.values(estate.osImages).find((m) => inAccount(m.mediaLink))?.name ??
        Object.values(estate.vmImages).find((m) => inAccount(m.osDisk.mediaLink))?.name
    );
}

function deleteStorageAccount(ctx: HandlerContext): Mutation {
    const account = requireStorageAccount(ctx);
    assertUnlocked(ctx, lockKeys.storageAccount(account.name), 'storage account');
    const user = firstUserOf(ctx.estate, account.name);
    if (user !== undefined) throw storageAccountInUse(account.name, user);
    return {
        kind: 'mutation',
        commit: () => {
            delete ctx.estate.storageAccounts[keyOf(account.name)];
            ctx.estate.blobs = ctx.estate.blobs.filter((url) => accountOfBlob(url) !== keyOf(account.name));
        },
    };
}

function regenerateStorageAccountKeys(ctx: HandlerContext): Mutation {
    const account = requireStorageAccount(ctx);
    assertUnlocked(ctx, lockKeys.storageAccount(account.name), 'storage account');
    const keyType = bodyOf<RegenerateBody>(ctx).keyType;
    if (keyType !== 'Primary' && keyType !== 'Secondary') throw parameterIncorrect('KeyType must be Primary or Secondary.');
    return {
        kind: 'mutation',
        commit: () => {
            if (keyType === 'Primary') account.primaryKey = storageKey(randomIds, 'primary');
            else account.secondaryKey = storageKey(randomIds, 'secondary');
            return ok(storageKeysView(ctx.subscriptionId, account));
        },
    };
}

function checkStorageAccountNameAvailability(ctx: HandlerContext) {
    const name = pathParam(ctx, 'serviceName');
    const answer: AvailabilityResponse = !isValidStorageAccountName(name)
        ? { result: false, reason: invalidStorageAccountName().message }
        : ctx.estate.storageAccounts[keyOf(name)] !== undefined
          ? { result: false, reason: `A storage account named '${name}' already exists in the subscription.` }
          : { result: true };
    return ok(answer);
}

export const storageAccountHandlers: HandlerTable = {
    listStorageAccounts: (ctx) =>
        ok(
            Object.values(ctx.estate.storageAccounts)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((a) => storageAccountListView(ctx.subscriptionId, a)),
        ),
    getStorageAccountProperties: (ctx) => ok(storageAccountView(ctx.subscriptionId, requireStorageAccount(ctx))),
    getStorageAccountKeys: (ctx) => ok(storageKeysView(ctx.subscriptionId, requireStorageAccount(ctx))),
    regenerateStorageAccountKeys,
    createStorageAccount,
    deleteStorageAccount,
    checkStorageAccountNameAvailability,
};
