/** How the running server's code was loaded (set by code-cache.ts in the loader, read by the server to log it). */
const STATE = Symbol.for('pin-hygiene.code-cache');

export type CodeCacheState = 'loaded from cache' | 'compiled, cache saved later' | 'off' | `off: ${string}`;

export function setCodeCacheState(state: CodeCacheState): void {
  (globalThis as Record<symbol, unknown>)[STATE] = state;
}

export function codeCacheState(): CodeCacheState {
  return ((globalThis as Record<symbol, unknown>)[STATE] as CodeCacheState | undefined) ?? 'off';
}
