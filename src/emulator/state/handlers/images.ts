import type { addOsImageRequest } from '../../../asm/models/osImage';
import type { Infer } from '../../../asm/schema/schema';
import { badRequest, imageNameExists, imageNotFound } from '../asmErrors';
import { lockKeys } from '../operations/lockKeys';
import { addBlob, removeBlob } from '../store/media';
import { type Estate, keyOf, type OsImageRecord, type VmImageRecord } from '../store/records';
import { osImageView, vmImageView } from '../views/imageViews';
import { accountOfBlob } from '../views/urls';
import { type HandlerContext, type HandlerTable, type Mutation, ok } from './Handler';
import { assertUnlocked } from './locks';
import { bodyOf, optionalPathParam, queryFlag, queryString } from './requestValues';

type AddOsImageBody = Infer<typeof addOsImageRequest>;

/** OS and VM images share one namespace. */
export function assertImageNameFree(ctx: HandlerContext, name: string): void {
    if (ctx.estate.osImages[keyOf(name)] !== undefined || ctx.estate.vmImages[keyOf(name)] !== undefined) throw imageNameExists(name);
    assertUnlocked(ctx, lockKeys.vmImage(name), 'image');
}

/** The location of the account a blob lives in (West US when the estate does not know the account). */
export function locationOfBlob(estate: Estate, url: string): string {
    return estate.storageAccounts[accountOfBlob(url) ?? '']?.geoPrimaryRegion ?? 'West US';
}

/** ASM answers 200 with the image completed: Category User, Location, LogicalSizeInGB, OSState, IOType (PY-REC). */
function addOsImage(ctx: HandlerContext): Mutation {
    const body = bodyOf<AddOsImageBody>(ctx);
    const name = body.name ?? '';
    assertImageNameFree(ctx, name);
    const mediaLink = body.mediaLink ?? '';
    const os = body.os === 'Windows' ? 'Windows' : 'Linux';
    const record: OsImageRecord = {
        name,
        label: body.label ?? name,
        category: 'User',
        location: locationOfBlob(ctx.estate, mediaLink),
        logicalSizeInGB: os === 'Windows' ? 128 : 30,
        mediaLink,
        os,
        isPremium: false,
        osState: 'Generalized',
        ioType: 'Standard',
    };
    return {
        kind: 'mutation',
        commit: () => {
            ctx.estate.osImages[keyOf(name)] = record;
            addBlob(ctx.estate, mediaLink);
            return ok(osImageView(record));
        },
    };
}

function requireOsImage(ctx: HandlerContext): OsImageRecord {
    const image = ctx.estate.osImages[keyOf(optionalPathParam(ctx, 'imageName') ?? '')];
    if (image === undefined) throw imageNotFound();
    return image;
}

function deleteOsImage(ctx: HandlerContext): Mutation {
    const image = requireOsImage(ctx);
    if (image.category !== 'User') throw badRequest(`The image ${image.name} is a platform image and cannot be deleted.`);
    const withMedia = queryFlag(ctx, 'deleteVhd');
    return {
        kind: 'mutation',
        commit: () => {
            delete ctx.estate.osImages[keyOf(image.name)];
            if (withMedia && image.mediaLink !== undefined) removeBlob(ctx.estate, image.mediaLink);
        },
    };
}

function requireVmImage(ctx: HandlerContext): VmImageRecord {
    const name = optionalPathParam(ctx, 'vmImageName') ?? optionalPathParam(ctx, 'imageName') ?? '';
    const image = ctx.estate.vmImages[keyOf(name)];
    if (image === undefined) throw imageNotFound();
    return image;
}

/** Asynchronous (202): the image stays listed until the operation completes; `comp=media` removes its VHDs too. */
function deleteVmImage(ctx: HandlerContext): Mutation {
    const image = requireVmImage(ctx);
    assertUnlocked(ctx, lockKeys.vmImage(image.name), 'image');
    if (image.category !== 'User') throw badRequest(`The image ${image.name} is a platform image and cannot be deleted.`);
    const withMedia = queryFlag(ctx, 'deleteVhd') || queryFlag(ctx, 'deleteFromStorage');
    return {
        kind: 'mutation',
        locks: [lockKeys.vmImage(image.name)],
        commit: () => {
            delete ctx.estate.vmImages[keyOf(image.name)];
            if (withMedia) for (const d of [image.osDisk, ...image.dataDisks]) removeBlob(ctx.estate, d.mediaLink);
        },
    };
}

const byCategoryThenName = (a: { category: string; name: string }, b: { category: string; name: string }) =>
    (a.category === 'Public' ? 0 : 1) - (b.category === 'Public' ? 0 : 1) || a.name.localeCompare(b.name);

/** `?location=&publisher=&category=` filters, as ASM applies them (location: one of the image's locations). */
function listVmImages(ctx: HandlerContext) {
    const location = queryString(ctx, 'location')?.toLowerCase();
    const publisher = queryString(ctx, 'publisher')?.toLowerCase();
    const category = queryString(ctx, 'category')?.toLowerCase();
    const images = Object.values(ctx.estate.vmImages)
        .filter((m) => location === undefined || m.location.toLowerCase().split(';').includes(location))
        .filter((m) => publisher === undefined || (m.publisherName ?? '').toLowerCase() === publisher)
        .filter((m) => category === undefined || m.category.toLowerCase() === category)
        .sort(byCategoryThenName);
    return ok(images.map(vmImageView));
}

export const imageHandlers: HandlerTable = {
    addOsImage,
    listOsImages: (ctx) => ok(Object.values(ctx.estate.osImages).sort(byCategoryThenName).map(osImageView)),
    getOsImage: (ctx) => ok(osImageView(requireOsImage(ctx))),
    deleteOsImage,
    listVmImages,
    deleteVmImage,
};
