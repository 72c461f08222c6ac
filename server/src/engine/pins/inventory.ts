/**
 * The pin inventory: every pinned host of a workspace with its pins, where each pin set is
 * defined, its pin-health problems and the last live verification. Pure: built from findings.
 */
import type { Finding, Severity } from '../findings';
import { liveVerdict, type HostCheck } from '../live-checks';

export interface InventoryPinSet {
  /** Where it is defined: a URI or a path, as the caller names files. */
  location: string;
  line: number;
  column: number;
  ruleId: string;
  pins: string[];
  expiration?: string;
}

export interface InventoryProblem {
  location: string;
  line: number;
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface InventoryHost {
  host: string;
  /** Distinct pins over all pin sets, in first-seen order. */
  pins: string[];
  pinSets: InventoryPinSet[];
  problems: InventoryProblem[];
  live?: { ok: boolean; text: string; checkedAt: string };
}

/** Hosts in name order; `files` pairs a location with that file's findings (pin and pin-health). */
export function buildInventory(files: Iterable<{ location: string; findings: readonly Finding[] }>, checks: ReadonlyMap<string, HostCheck> = new Map()): InventoryHost[] {
  const hosts = new Map<string, InventoryHost>();
  const entry = (host: string): InventoryHost => {
    let h = hosts.get(host);
    if (!h) hosts.set(host, (h = { host, pins: [], pinSets: [], problems: [] }));
    return h;
  };
  for (const { location, findings } of files) {
    for (const f of findings) {
      if (!f.host) continue;
      if (f.category === 'pin' && f.pins?.length) {
        const h = entry(f.host);
        h.pinSets.push({ location, line: f.line, column: f.column, ruleId: f.ruleId, pins: f.pins, ...(f.expiration ? { expiration: f.expiration } : {}) });
        for (const pin of f.pins) if (!h.pins.includes(pin)) h.pins.push(pin);
      } else if (f.category === 'pin-health') {
        entry(f.host).problems.push({ location, line: f.line, ruleId: f.ruleId, severity: f.severity, message: f.message });
      }
    }
  }
  for (const h of hosts.values()) {
    const check = checks.get(h.host);
    if (check) h.live = { ...liveVerdict(h.pins, check), checkedAt: check.checkedAt.toISOString() };
  }
  return [...hosts.values()].filter((h) => h.pinSets.length > 0).sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}

/** The inventory as a Markdown document. `label` turns a location into what readers should see. */
export function inventoryMarkdown(hosts: readonly InventoryHost[], label: (location: string) => string = (l) => l): string {
  const lines = ['# Pin inventory', '', `${hosts.length} pinned ${hosts.length === 1 ? 'host' : 'hosts'}.`, ''];
  for (const h of hosts) {
    lines.push(`## ${h.host}`, '');
    if (h.live) lines.push(`Live check (${h.live.checkedAt}): ${h.live.ok ? 'OK' : 'FAILED'}, ${h.live.text}.`, '');
    lines.push('| Pin | Defined in |', '| --- | --- |');
    for (const pin of h.pins) {
      const where = h.pinSets.filter((s) => s.pins.includes(pin)).map((s) => `${escape(label(s.location))}:${s.line} (${s.ruleId}${s.expiration ? `, expires ${s.expiration}` : ''})`);
      lines.push(`| \`${pin}\` | ${where.join('<br>')} |`);
    }
    lines.push('');
    if (h.problems.length > 0) {
      lines.push('Health:', '');
      for (const p of h.problems) lines.push(`- **${p.severity}** ${escape(label(p.location))}:${p.line} [${p.ruleId}] ${p.message}`);
      lines.push('');
    } else {
      lines.push('Health: no problems found.', '');
    }
  }
  return lines.join('\n');
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}
