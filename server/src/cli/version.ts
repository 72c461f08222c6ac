/** Injected by esbuild from package.json (see esbuild.js); the fallback serves unbundled test runs. */
declare const __PIN_HYGIENE_VERSION__: string | undefined;

export const TOOL_NAME = 'pin-hygiene';
export const TOOL_VERSION = typeof __PIN_HYGIENE_VERSION__ === 'string' ? __PIN_HYGIENE_VERSION__ : '0.0.0-dev';
