import type { LiveRule } from '../live-checks';

/** A pinned host that could not be looked up, so its pins were not verified. */
export const pinLiveLookupFailed: LiveRule = {
  meta: {
    id: 'pin-live-lookup-failed',
    title: 'Pinned host could not be reached to verify its pins',
    category: 'pin-health',
    severity: 'info',
    fileKinds: [],
    keywords: [],
    fixable: false,
    docs: [
      'Only on request (`--verify-live` or the VS Code command): the pinned host could not be looked up (DNS failure, connection refused, timeout, TLS handshake failure, proxy failure) or is a wildcard pattern, so its pins were not verified. The message says which.',
      '',
      '**Why it matters.** Nothing is known about these pins yet; a host that is internal, or only reachable through a proxy, needs the lookup to run where it is reachable.',
      '',
      '**What to do.** Set `HTTPS_PROXY` (CLI) or `http.proxy` (VS Code) when a proxy is needed, raise the timeout, or verify from a network that reaches the host.',
    ].join('\n'),
  },
  detect() {},
  checkLive({ pinSet, check, report }) {
    if (check.lookup || !check.error) return;
    report({ message: `Pins for \`${pinSet.host}\` not verified: ${check.error.message}` });
  },
};
