/** The `pins` command's report: a certificate chain for people (text) or machines (JSON). */
import { certificateSummary, colonHex, keyLabel, type ChainCertificate, type ChainProblem } from '../engine';
import type { Style } from './format-text';

export interface ChainReport {
  /** `host:port` or the file name. */
  source: string;
  servername?: string;
  protocol?: string;
  proxy?: string;
  chain: ChainCertificate[];
  problems: ChainProblem[];
}

export function chainAsJson(report: ChainReport): unknown {
  return {
    source: report.source,
    ...(report.servername !== undefined ? { servername: report.servername } : {}),
    ...(report.protocol !== undefined ? { protocol: report.protocol } : {}),
    ...(report.proxy !== undefined ? { proxy: report.proxy } : {}),
    problems: report.problems,
    certificates: report.chain.map(certificateSummary),
  };
}

export function chainAsText(report: ChainReport, style: Style, now = new Date()): string {
  const lines: string[] = [];
  const about = [report.protocol, report.servername ? `SNI ${report.servername}` : undefined, report.proxy ? `via proxy ${report.proxy}` : undefined].filter(Boolean);
  lines.push(style.bold(report.source) + (about.length ? style.dim(` (${about.join(', ')})`) : ''));
  for (const problem of report.problems) lines.push(`${style.severity('warning', 'warning')} ${problem.message}`);
  for (const c of report.chain) {
    lines.push('');
    lines.push(style.bold(`[${c.index}] ${c.role}: ${c.commonName ? `CN=${c.commonName}` : c.subject}`));
    lines.push(`    Subject:      ${c.subject}`);
    lines.push(`    Issuer:       ${c.issuer}`);
    if (c.subjectAltNames.length) lines.push(`    SANs:         ${c.subjectAltNames.join(', ')}`);
    lines.push(`    Valid:        ${c.notBefore.toISOString()} to ${c.notAfter.toISOString()}${validityNote(c, now)}`);
    lines.push(`    Key:          ${keyLabel(c)}`);
    lines.push(`    Pin:          ${c.pin}`);
    lines.push(`    SPKI SHA-256: ${c.spkiSha256Hex}`);
    lines.push(style.dim(`    Certificate SHA-256: ${colonHex(c.certificateSha256Hex)}`));
  }
  return lines.join('\n') + '\n';
}

function validityNote(c: ChainCertificate, now: Date): string {
  const days = Math.floor((c.notAfter.getTime() - now.getTime()) / 86_400_000);
  if (days < 0) return ' (EXPIRED)';
  if (c.notBefore.getTime() > now.getTime()) return ' (NOT YET VALID)';
  return ` (${days} days left)`;
}
