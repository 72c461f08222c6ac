/**
 * Entry of dist/server.js: starts the language server (dist/server-main.js). When the environment
 * names a code cache folder (`PIN_HYGIENE_CODE_CACHE`; the VS Code extension passes a folder in its
 * global storage), the server's compiled code is kept there, so every start after the first skips
 * compiling it (see code-cache.ts). Without it the server starts as a plain `require`.
 */
import * as path from 'node:path';

const main = path.join(__dirname, 'server-main.js');
const cacheFolder = process.env.PIN_HYGIENE_CODE_CACHE;
// The code cache module (and node:crypto, node:vm with it) is loaded only when it is used.
if (cacheFolder) (require('./code-cache') as typeof import('./code-cache')).requireWithCodeCache(main, cacheFolder);
else require(main);
