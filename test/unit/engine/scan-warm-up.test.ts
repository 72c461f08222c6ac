import { strict as assert } from 'node:assert';
import { Scanner, type FileKind } from '../../../server/src/engine';
import { warmUp, warmUpKinds } from '../../../server/src/engine/scan-warm-up';

describe('scan worker warm-up', () => {
  it('has a sample of every text kind the rules read, so shared code sees them all before it is compiled', () => {
    const scanner = new Scanner();
    const kinds: FileKind[] = ['java', 'kotlin', 'swift', 'objc', 'dart', 'javascript', 'typescript', 'csharp', 'go', 'python', 'groovy', 'xml', 'plist', 'json', 'yaml', 'properties', 'env'];
    for (const kind of kinds) if (scanner.handles(kind)) assert.ok(warmUpKinds().includes(kind), `no warm-up sample for ${kind}`);
    warmUp(scanner); // scans only its samples; must not throw
    assert.deepEqual(scanner.scan('A.kt', 'class A').findings, []);
  });
});
