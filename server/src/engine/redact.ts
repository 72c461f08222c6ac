/**
 * The one way a secret is shown anywhere (messages, logs, JSON, SARIF): its first four characters,
 * an ellipsis and its length, e.g. `AIza…(39 chars)`. Values shorter than 16 characters (passwords)
 * show no characters at all, since four would give away too much of them.
 */
export function maskSecret(secret: string): string {
  const shown = secret.length >= 16 ? secret.slice(0, 4) : '';
  return `${shown}…(${secret.length} chars)`;
}
