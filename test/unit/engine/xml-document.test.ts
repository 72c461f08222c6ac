import { strict as assert } from 'node:assert';
import { attribute, descendants, parseXml, trimmedTextRange } from '../../../server/src/engine/xml/xml-document';

describe('XML document with positions', () => {
  const source = [
    '<?xml version="1.0"?>',
    '<network-security-config>',
    '  <domain-config cleartextTrafficPermitted = \'true\'>',
    '    <domain includeSubdomains="true"> api.example.com </domain>',
    '    <pin-set><pin digest="SHA-256">AAA&amp;=</pin></pin-set>',
    '  </domain-config>',
    '</network-security-config>',
  ].join('\n');

  it('gives exact offsets for elements, attributes and text', () => {
    const result = parseXml(source);
    assert.ok(result.root);
    const root = result.root;
    assert.equal(root.name, 'network-security-config');
    const [domainConfig] = descendants(root, 'domain-config');
    assert.equal(source.slice(domainConfig.start, domainConfig.start + 14), '<domain-config');
    const cleartext = attribute(domainConfig, 'cleartextTrafficPermitted')!;
    assert.equal(source.slice(cleartext.start, cleartext.valueEnd + 1), "cleartextTrafficPermitted = 'true'");
    assert.equal(source.slice(cleartext.valueStart, cleartext.valueEnd), 'true');
    const [domain] = descendants(root, 'domain');
    const text = trimmedTextRange(source, domain);
    assert.equal(source.slice(text.start, text.end), 'api.example.com');
    const [pin] = descendants(root, 'pin');
    assert.equal(pin.text, 'AAA&=');
    assert.equal(source.slice(pin.start, pin.end), '<pin digest="SHA-256">AAA&amp;=</pin>');
    assert.equal(pin.parent?.name, 'pin-set');
  });

  it('rejects malformed XML with a position instead of throwing', () => {
    const result = parseXml('<a>\n  <b></a>');
    assert.equal(result.root, undefined);
    assert.match(result.error!.message, /unclosed|unexpected|close/i);
  });

  it('refuses entity expansion and external entities', () => {
    const bomb = '<!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;&x;&x;">]><a>&y;</a>';
    assert.match(parseXml(bomb).error!.message, /undefined entity/i);
    const external = '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>';
    assert.match(parseXml(external).error!.message, /undefined entity/i);
  });

  it('bounds nesting depth', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    assert.match(parseXml(deep).error!.message, /nested deeper/);
  });
});
