/**
 * V8 settings for a CLI run. A tree scan runs the same few hundred functions over thousands of
 * files, in this thread and a worker each compiling them: with V8's defaults, optimising them
 * (with deep inlining, and early) costs about a third of the scan's CPU time on background
 * threads, which on a machine with few cores takes the cores the scan needs. Optimising a little
 * later and inlining less makes V8 compile far less for code that is nearly as fast. Measured with
 * `npm run bench` (docs/performance.md). The flags only steer the optimising compiler's heuristics;
 * they are set before any scan code runs, and are process-wide, so worker threads share them.
 * The language server keeps V8's defaults: its keystroke path wants fast code early.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS: readonly string[] = ['--interrupt-budget=200000', '--max-inlined-bytecode-size-cumulative=200'];

/** Sets the CLI's V8 flags, except those the user set on the command line (`node --interrupt-budget=… cli.js`). */
export function tuneV8ForCli(execArgv: readonly string[] = process.execArgv, set: (flag: string) => void = setFlagsFromString): void {
  for (const flag of CLI_V8_FLAGS) {
    const name = flag.slice(0, flag.indexOf('=') + 1);
    if (!execArgv.some((arg) => arg.startsWith(name))) set(flag);
  }
}
