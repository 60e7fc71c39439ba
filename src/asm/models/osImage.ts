import { type Infer, s } from '../schema/schema';
import { IMAGE_NAME_PATTERN, OS_TYPES, plainLabel } from './common';

/** An OS image (GET /services/images[/{name}], and the body AddOSImage answers with). Its label is plain text. */
export const osImageSchema = s.object('OSImage', {
    affinityGroup: s.string('AffinityGroup'),
    category: s.string('Category'),
    label: plainLabel(),
    location: s.string('Location'),
    logicalSizeInGb: s.int('LogicalSizeInGB'),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    name: s.string('Name', { required: true }),
    os: s.string('OS'),
    eula: s.string('Eula'),
    description: s.string('Description'),
    imageFamily: s.string('ImageFamily'),
    showInGui: s.bool('ShowInGui'),
    publishedDate: s.string('PublishedDate', { format: 'date-time' }),
    isPremium: s.bool('IsPremium'),
    iconUri: s.string('IconUri'),
    privacyUri: s.string('PrivacyUri'),
    recommendedVmSize: s.string('RecommendedVMSize'),
    publisherName: s.string('PublisherName'),
    pricingDetailLink: s.string('PricingDetailLink'),
    smallIconUri: s.string('SmallIconUri'),
    language: s.string('Language'),
    osState: s.string('OSState'),
    ioType: s.string('IOType'),
});

export const osImageDocument = s.document('OSImage', osImageSchema.fields);
export const osImagesDocument = s.listDocument('Images', 'OSImage', osImageSchema);

/** Body of add_os_image(label, media_link, name, os): the VHD blob to register as an image. */
export const addOsImageRequest = s.document('OSImage', {
    label: plainLabel(true),
    mediaLink: s.string('MediaLink', { required: true, format: 'uri', maxLength: 2048 }),
    name: s.string('Name', { required: true, pattern: IMAGE_NAME_PATTERN, minLength: 1, maxLength: 512 }),
    os: s.string('OS', { required: true, enum: OS_TYPES }),
});

export type OSImage = Infer<typeof osImageSchema>;
