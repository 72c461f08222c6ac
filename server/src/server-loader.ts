/**
 * Entry of dist/server.js: starts the language server (dist/server-main.js) through a V8 code
 * cache, so that every start after the first skips compiling it (see code-cache.ts), in the folder
 * that code-cache-folder.ts picks; without one, as a plain `require`.
 */
import * as path from 'node:path';
import { codeCacheFolder } from './code-cache-folder';
import { setCodeCacheState } from './code-cache-state';

const main = path.join(__dirname, 'server-main.js');
const { folder, refused } = codeCacheFolder();
if (refused) setCodeCacheState(`off: ${refused}`);
// The code cache module (and node:crypto, node:vm with it) is loaded only when it is used.
if (folder) (require('./code-cache') as typeof import('./code-cache')).requireWithCodeCache(main, folder);
else require(main);
