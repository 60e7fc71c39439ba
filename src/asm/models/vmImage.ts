import { type Infer, s } from '../schema/schema';
import { IMAGE_NAME_PATTERN, plainLabel } from './common';

export const osDiskConfigurationSchema = s.object('OSDiskConfiguration', {
    name: s.string('Name'),
    hostCaching: s.string('HostCaching'),
    osState: s.string('OSState'),
    os: s.string('OS'),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    logicalDiskSizeInGb: s.int('LogicalDiskSizeInGB'),
    ioType: s.string('IOType'),
});

export const dataDiskConfigurationSchema = s.object('DataDiskConfiguration', {
    name: s.string('Name'),
    hostCaching: s.string('HostCaching'),
    lun: s.int('Lun'),
    mediaLink: s.string('MediaLink', { format: 'uri' }),
    logicalDiskSizeInGb: s.int('LogicalDiskSizeInGB'),
    ioType: s.string('IOType'),
});

/** A VM image (GET /services/vmimages): an OS disk plus data disks, captured from a role or published. */
export const vmImageSchema = s.object('VMImage', {
    name: s.string('Name', { required: true }),
    label: plainLabel(),
    category: s.string('Category'),
    description: s.string('Description'),
    osDiskConfiguration: osDiskConfigurationSchema,
    dataDiskConfigurations: s.list('DataDiskConfigurations', 'DataDiskConfiguration', dataDiskConfigurationSchema),
    serviceName: s.string('ServiceName'),
    deploymentName: s.string('DeploymentName'),
    roleName: s.string('RoleName'),
    location: s.string('Location'),
    affinityGroup: s.string('AffinityGroup'),
    createdTime: s.string('CreatedTime', { format: 'date-time' }),
    modifiedTime: s.string('ModifiedTime', { format: 'date-time' }),
    language: s.string('Language'),
    imageFamily: s.string('ImageFamily'),
    recommendedVmSize: s.string('RecommendedVMSize'),
    isPremium: s.bool('IsPremium'),
    eula: s.string('Eula'),
    iconUri: s.string('IconUri'),
    smallIconUri: s.string('SmallIconUri'),
    privacyUri: s.string('PrivacyUri'),
    publisherName: s.string('PublisherName'),
    publishedDate: s.string('PublishedDate', { format: 'date-time' }),
    showInGui: s.bool('ShowInGui'),
    pricingDetailLink: s.string('PricingDetailLink'),
    vmImageState: s.string('VMImageState'),
    roleStateOnCapture: s.string('RoleStateOnCapture'),
    roleSizeOnCapture: s.string('RoleSizeOnCapture'),
});

export const vmImagesDocument = s.listDocument('VMImages', 'VMImage', vmImageSchema);

/**
 * Body of capture_vm_image(service_name, deployment_name, role_name, options): CaptureRoleAsVMImage options.
 * OperationType: a one-value enum, pinned by the operation's requestConstants (see OperationSpec.ts).
 */
export const captureRoleAsVmImageRequest = s.document('CaptureRoleAsVMImageOperation', {
    operationType: s.string('OperationType', { required: true, enum: ['CaptureRoleAsVMImageOperation'] }),
    osState: s.string('OSState', { required: true, enum: ['Generalized', 'Specialized'] }),
    vmImageName: s.string('VMImageName', { required: true, pattern: IMAGE_NAME_PATTERN, minLength: 1, maxLength: 512 }),
    vmImageLabel: s.string('VMImageLabel', { required: true, maxLength: 100 }),
    description: s.string('Description', { maxLength: 1024 }),
    language: s.string('Language'),
    imageFamily: s.string('ImageFamily'),
    recommendedVmSize: s.string('RecommendedVMSize'),
});

export type VMImage = Infer<typeof vmImageSchema>;
