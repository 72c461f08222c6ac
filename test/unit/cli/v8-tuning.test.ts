import { strict as assert } from 'node:assert';
import { CLI_V8_FLAGS, tuneV8ForCli } from '../../../server/src/cli/v8-tuning';

describe('CLI V8 tuning', () => {
  it('sets every flag when node was started without them', () => {
    const set: string[] = [];
    tuneV8ForCli([], (flag) => set.push(flag));
    assert.deepEqual(set, [...CLI_V8_FLAGS]);
    assert.ok(set.some((f) => f.startsWith('--interrupt-budget=')));
  });

  it('leaves alone a flag the user gave node on the command line', () => {
    const set: string[] = [];
    tuneV8ForCli(['--interrupt-budget=67584', '--max-old-space-size=4096'], (flag) => set.push(flag));
    assert.deepEqual(set, CLI_V8_FLAGS.filter((f) => !f.startsWith('--interrupt-budget=')));
  });
});
