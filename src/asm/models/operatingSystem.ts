import { type Infer, s } from '../schema/schema';

/** A guest OS release; labels are base64 on the wire. `family`/`familyLabel` only in the flat list. */
export const operatingSystemSchema = s.object('OperatingSystem', {
    version: s.string('Version', { required: true }),
    label: s.string('Label', { base64: true }),
    isDefault: s.bool('IsDefault'),
    isActive: s.bool('IsActive'),
    family: s.int('Family'),
    familyLabel: s.string('FamilyLabel', { base64: true }),
});

export const operatingSystemFamilySchema = s.object('OperatingSystemFamily', {
    name: s.string('Name', { required: true }),
    label: s.string('Label', { base64: true }),
    operatingSystems: s.list('OperatingSystems', 'OperatingSystem', operatingSystemSchema),
});

export const operatingSystemsDocument = s.listDocument('OperatingSystems', 'OperatingSystem', operatingSystemSchema);
export const operatingSystemFamiliesDocument = s.listDocument(
    'OperatingSystemFamilies',
    'OperatingSystemFamily',
    operatingSystemFamilySchema,
);

export type OperatingSystem = Infer<typeof operatingSystemSchema>;
export type OperatingSystemFamily = Infer<typeof operatingSystemFamilySchema>;
