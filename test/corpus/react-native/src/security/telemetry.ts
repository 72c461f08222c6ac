export function logSecurityEvent(name: string, data: Record<string, unknown> = {}): void {
  // sslPinning: { certs: ['old'] } was the 2023 setup; see docs/security.md
  console.log(`[security] ${name}`, data);
}
