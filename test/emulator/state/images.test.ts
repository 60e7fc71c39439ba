import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { OSImage } from '../../../src/asm/models/osImage';
import type { VMImage } from '../../../src/asm/models/vmImage';
import type { Estate } from '../../../src/emulator/state/store/records';
import { demoEstate } from '../../../src/emulator/seeds/demoEstate';
import { assertAsmError, bodyAs, harness, SUB } from './requests';

const MEDIA = 'http://storagename.blob.core.windows.net/inputtestdatadonotdelete/ubuntu.vhd';

test('addOsImage answers 200 with the image ASM completed, exactly as recorded', () => {
    const h = harness();
    const added = h.call('addOsImage', { body: { label: 'utcentosimg', mediaLink: MEDIA, name: 'utosimg3efb0fcd', os: 'Linux' } });
    assert.equal(added.status, 200);
    const recorded: OSImage = {
        category: 'User',
        label: 'utcentosimg',
        location: 'West US',
        logicalSizeInGb: 30,
        mediaLink: MEDIA,
        name: 'utosimg3efb0fcd',
        os: 'Linux',
        isPremium: false,
        osState: 'Generalized',
        ioType: 'Standard',
    };
    assert.deepEqual(added.body, recorded);
    assert.deepEqual(h.call('getOsImage', { pathParams: { imageName: 'utosimg3efb0fcd' } }).body, recorded);
    assertAsmError(() => h.call('addOsImage', { body: { label: 'x', mediaLink: MEDIA, name: 'UTOSIMG3EFB0FCD', os: 'Linux' } }), 409, 'ConflictError', /already exists/);
});

test('deleteOsImage removes the image (and with deleteVhd its blob); then 404 as recorded', () => {
    const h = harness();
    h.call('addOsImage', { body: { label: 'l', mediaLink: MEDIA, name: 'utosimg71c61117', os: 'Linux' } });
    assert.equal(h.call('deleteOsImage', { pathParams: { imageName: 'utosimg71c61117' }, query: { deleteVhd: true } }).status, 200);
    assertAsmError(() => h.call('getOsImage', { pathParams: { imageName: 'utosimg71c61117' } }), 404, 'ResourceNotFound', 'The image with the specified name does not exist.');
    assert.deepEqual((h.state.snapshot(SUB) as Estate).blobs, []);
});

test('listOsImages lists platform images first; VM images filter by location and category; deleteVmImage is asynchronous', () => {
    const h = harness();
    h.state.loadSeed(SUB, demoEstate);
    const images = bodyAs<OSImage[]>(h.call('listOsImages'));
    assert.deepEqual(images.map((m) => m.category), ['Public', 'Public', 'Public', 'User']);
    assertAsmError(() => h.call('deleteOsImage', { pathParams: { imageName: images[0]?.name ?? '' } }), 400, 'BadRequest', /platform image/);

    assert.equal(bodyAs<VMImage[]>(h.call('listVmImages', { query: { location: 'West US', category: 'User' } })).length, 1);
    assert.equal(bodyAs<VMImage[]>(h.call('listVmImages', { query: { location: 'East Asia' } })).length, 0);
    h.state.setDefaultOperationDuration(1000);
    const deleting = h.call('deleteVmImage', { pathParams: { vmImageName: 'contoso-web-golden-20150601' }, query: { deleteVhd: true } });
    assert.equal(deleting.status, 202);
    assert.equal(bodyAs<VMImage[]>(h.call('listVmImages')).length, 1, 'listed until the operation completes');
    h.tick(1000);
    assert.equal(bodyAs<VMImage[]>(h.call('listVmImages')).length, 0);
    assertAsmError(() => h.call('deleteVmImage', { pathParams: { vmImageName: 'contoso-web-golden-20150601' } }), 404, 'ResourceNotFound', 'The image with the specified name does not exist.');
});
