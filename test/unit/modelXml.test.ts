import assert from 'node:assert/strict';
import { test } from 'node:test';

import { hostedServiceDocument, type HostedService } from '../../src/asm/models/hostedService';
import { mulberry32 } from '../../src/util/mulberry32';
import { decodeLabel, parseModel, toXml } from '../../src/xml/modelXml';

const recorded =
    '<HostedService xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Url>https://management.core.windows.net/00000000-0000-0000-0000-000000000000/services/hostedservices/svc1</Url><ServiceName>svc1</ServiceName><HostedServiceProperties><Description i:nil="true"/><Location>West US</Location><Label>bXlsYWJlbA==</Label><Status>Created</Status><DateCreated>2015-07-02T02:05:37Z</DateCreated><DateLastModified>2015-07-02T02:05:57Z</DateLastModified><ExtendedProperties><ExtendedProperty><Name>ext1</Name><Value>val1</Value></ExtendedProperty></ExtendedProperties></HostedServiceProperties><Deployments><Deployment><Name>0123</Name><DeploymentSlot>Production</DeploymentSlot><UpgradeDomainCount>2</UpgradeDomainCount><Locked>false</Locked></Deployment></Deployments></HostedService>';

test('a hosted service document reads into the camelCase model, labels decoded, names never coerced', () => {
    const model: HostedService = parseModel(hostedServiceDocument, recorded);
    assert.equal(model.serviceName, 'svc1');
    assert.equal(model.hostedServiceProperties?.label, 'mylabel');
    assert.equal(model.hostedServiceProperties?.description, undefined);
    assert.deepEqual(model.hostedServiceProperties?.extendedProperties, { ext1: 'val1' });
    assert.equal(model.deployments?.[0]?.name, '0123');
    assert.equal(model.deployments?.[0]?.upgradeDomainCount, 2);
    assert.equal(model.deployments?.[0]?.locked, false);
});

test('writing the model back gives the same elements in the same order, with i:nil and escaped values', () => {
    const model = parseModel(hostedServiceDocument, recorded);
    const xml = toXml(hostedServiceDocument, { ...model, serviceName: 'a<b&c' });
    assert.match(xml, /^<HostedService xmlns="http:\/\/schemas.microsoft.com\/windowsazure" xmlns:i=/);
    assert.match(xml, /<ServiceName>a&lt;b&amp;c<\/ServiceName>/);
    assert.match(xml, /<Description i:nil="true"><\/Description><Location>West US<\/Location><Label>bXlsYWJlbA==<\/Label>/);
    assert.deepEqual(parseModel(hostedServiceDocument, xml), { ...model, serviceName: 'a<b&c' });
});

test('DOCTYPE and entity declarations are refused, never expanded', () => {
    assert.throws(
        () => parseModel(hostedServiceDocument, '<!DOCTYPE x [<!ENTITY a "b">]><HostedService>&a;</HostedService>'),
        /DOCTYPE/,
    );
});

test('a stray space in the closing root tag and namespace prefixes are tolerated', () => {
    const model = parseModel(hostedServiceDocument, '<a:HostedService xmlns:a="x"><a:ServiceName>s</a:ServiceName></a:HostedService >');
    assert.equal(model.serviceName, 's');
});

test('labels: canonical padded base64 is decoded, anything else is kept as sent', () => {
    assert.equal(decodeLabel('YmF0Y2ggc2VydmljZSAz'), 'batch service 3');
    assert.equal(decodeLabel('bXk='), 'my');
    assert.equal(decodeLabel('bQ=='), 'm');
    for (const plain of ['', 'abc', 'web1', 'my label', 'ab=c', 'a===', '====', 'ab==cd==', 'a-b_', '\u00e9t\u00e9']) assert.equal(decodeLabel(plain), plain);
    // Text that decodes to invalid UTF-8 is a plain label that happens to look like base64.
    assert.equal(decodeLabel('////'), '////');
    // The same verdicts as the grammar itself on random strings over the alphabet, '=' and others.
    const grammar = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    const random = mulberry32(5);
    const alphabet = 'AZaz09+/==-_ .';
    for (let n = 0; n < 20_000; n++) {
        const length = Math.floor(random() * 10);
        let text = '';
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)] as string;
        const expected = text !== '' && grammar.test(text) && !Buffer.from(text, 'base64').toString('utf8').includes('\uFFFD') ? Buffer.from(text, 'base64').toString('utf8') : text;
        assert.equal(decodeLabel(text), expected, JSON.stringify(text));
    }
});
