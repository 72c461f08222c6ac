import { strict as assert } from 'node:assert';
import { arrayItems, dictEntries, dictValue, findEntries, plistBoolean, plistString } from '../../../server/src/engine/rules/support/plist';
import { parseXml } from '../../../server/src/engine/xml/xml-document';

function root(xml: string) {
  const parsed = parseXml(xml);
  assert.ok(parsed.root, parsed.error?.message);
  return parsed.root.children[0];
}

describe('support/plist', () => {
  it('pairs keys with their value elements, keeping offsets', () => {
    const text = '<plist><dict><key>A</key><true/><key>B</key><key>C</key><string> x </string><!-- <key>D</key><true/> --></dict></plist>';
    const entries = dictEntries(root(text));
    assert.deepEqual(
      entries.map((e) => [e.key, e.value?.name]),
      [['A', 'true'], ['B', undefined], ['C', 'string']],
    );
    assert.equal(entries[0].keyElement.start, text.indexOf('<key>A'));
    assert.equal(plistBoolean(entries[0].value), true);
    assert.equal(plistString(entries[2].value), 'x');
  });

  it('reads the last of repeated keys and finds keys at any depth through arrays', () => {
    const dict = root('<plist><dict><key>K</key><false/><key>K</key><true/><key>L</key><array><dict><key>K</key><string>s</string></dict></array></dict></plist>');
    assert.equal(plistBoolean(dictValue(dict, 'K')), true);
    assert.equal(arrayItems(dictValue(dict, 'L')).length, 1);
    assert.deepEqual(findEntries(dict, 'K').map((e) => e.value?.name), ['false', 'true', 'string']);
    assert.deepEqual(dictEntries(dictValue(dict, 'L')), []);
  });
});
