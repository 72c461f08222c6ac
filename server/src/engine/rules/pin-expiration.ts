import type { Report, Rule, RuleContext } from '../rule';
import { daysUntil, formatDay, inDays, parseDay } from './support/pin-health-dates';
import { dictValue, keyOf, textRange } from './support/pin-health-plist';

const TRUSTKIT_KEY = 'TSKExpirationDate';

/** Pin sets without an expiry date, already expired, or expiring soon. */
export const pinExpiration: Rule = {
  meta: {
    id: 'pin-expiration',
    title: 'Pin set expiration missing, past or near',
    category: 'pin-health',
    severity: 'warning',
    fileKinds: ['swift', 'objc', 'plist'],
    keywords: [TRUSTKIT_KEY],
    fixable: false,
    aliases: ['PinSetExpiry'],
    docs: [
      'Checks the expiry date of every pin set whose format has one (Android `<pin-set expiration="yyyy-MM-dd">`, TrustKit `kTSKExpirationDate`). A date already past is a warning (pinning is off), a date within the warning window (30 days by default, `expiryWarningDays`) is a warning, a date that is not `yyyy-MM-dd` is an error, and a missing date is information.',
      '',
      '**Why it matters.** The expiry date is a trade-off. Without one, pins are enforced until an update replaces them: if the server moves to a key that is not listed, installed apps cannot connect at all. With one, that outage turns into a silent downgrade: after the date the app stops pinning and trusts any CA-issued certificate, while the config still looks pinned. A past date means pinning is already off; an invalid date makes Android reject the whole network security config.',
      '',
      '**What to do.** Deliver pins at runtime with dynamic pinning, so neither a rotation nor a date needs a release. If the pins must stay, set an expiration, track it, and ship current pins with a later date well before it passes.',
    ].join('\n'),
  },
  detect(context) {
    // TrustKit dates are read here, so a date is checked even when its policy's pins are not literals
    // (and no pin rule reports them); other formats' dates come through checkPins.
    for (const found of trustKitDates(context)) reportDate(context, found, found.value, found.host);
  },
  checkPins(reports, context) {
    const checked = new Set(trustKitDates(context).map((d) => d.start));
    for (const report of reports) {
      if (report.expiration === undefined) continue;
      if (report.expiration === null) {
        context.report({
          start: report.start,
          end: report.end,
          host: report.host,
          pins: report.pins,
          severity: 'info',
          message:
            `The pins for \`${report.host || 'this host'}\` have no expiration date, so they are enforced until an update replaces them: if the server moves to a key that is not listed, installed apps cannot connect at all. ` +
            'An expiration date trades that outage for a silent downgrade (after it the app stops pinning). Prefer dynamic pinning; otherwise set an expiration and track it.',
        });
        continue;
      }
      if (!checked.has(report.expiration.start)) reportDate(context, report.expiration, report.expiration.value, report.host, report.pins);
    }
  },
};

function reportDate(context: RuleContext, range: { start: number; end: number }, value: string, host: string, pins?: string[]): void {
  const subject = `the pins for \`${host || 'this host'}\``;
  const base: Report = { start: range.start, end: range.end, host, message: '' };
  if (pins) base.pins = pins;
  const date = parseDay(value);
  if (!date) {
    context.report({
      ...base,
      severity: 'error',
      message:
        `The expiration \`${value}\` of ${subject} is not a yyyy-MM-dd date: Android rejects the whole network security config and TrustKit its configuration, so the app fails at its first connection. ` +
        'Write the date as yyyy-MM-dd, or drop the static pins for dynamic pinning.',
    });
    return;
  }
  const days = daysUntil(date, context.expiry.now);
  if (days < 0) {
    context.report({
      ...base,
      message:
        `${capitalize(subject)} expired on ${formatDay(date)}: the app no longer enforces them and trusts any CA-issued certificate for the host, while the config still looks pinned. ` +
        'Update the pins and the date, or remove them and deliver pins at runtime with dynamic pinning.',
    });
  } else if (days < context.expiry.warningDays) {
    context.report({
      ...base,
      message:
        `${capitalize(subject)} expire on ${formatDay(date)} (${inDays(days)}): after that the app stops enforcing them and trusts any CA-issued certificate for the host. ` +
        'Ship current pins with a later date before then, or move to dynamic pinning.',
    });
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface FoundDate {
  start: number;
  end: number;
  value: string;
  host: string;
}

function trustKitDates(context: RuleContext): FoundDate[] {
  if (context.kind === 'plist') return trustKitPlistDates(context);
  if (context.kind === 'swift' || context.kind === 'objc') return context.text.includes('kTSKExpirationDate') ? trustKitCodeDates(context) : [];
  return [];
}

/** `kTSKExpirationDate: "2025-01-01"` (Swift) and `kTSKExpirationDate : @"2025-01-01"` (Objective-C). */
function trustKitCodeDates(context: RuleContext): FoundDate[] {
  const view = context.code();
  const found: FoundDate[] = [];
  const key = /\bkTSKExpirationDate\b\s*:\s*/g;
  for (let m = key.exec(view.masked); m; m = key.exec(view.masked)) {
    const literal = view.stringAt(m.index + m[0].length);
    if (!literal || literal.interpolated) continue;
    found.push({ start: literal.valueStart, end: literal.valueEnd, value: literal.value, host: enclosingDomain(context, m.index) });
  }
  return found;
}

/** The domain key of the dictionary literal holding `offset`: the nearest `"host": [` or `@"host" : @{` before it. */
function enclosingDomain(context: RuleContext, offset: number): string {
  const view = context.code();
  const before = view.stringsIn(Math.max(0, offset - 4000), offset);
  for (let i = before.length - 1; i >= 0 && i >= before.length - 40; i--) {
    const after = view.masked.slice(before[i].end, before[i].end + 40);
    if (/^\s*:\s*(?:\[|@?\{|\(\s*\[)/.test(after) && /^[\w*.-]+\.[\w-]+$/.test(before[i].value)) return before[i].value;
  }
  return '';
}

/** `<key>TSKExpirationDate</key><string>2025-01-01</string>` in a TrustKit plist configuration. */
function trustKitPlistDates(context: RuleContext): FoundDate[] {
  const root = context.xmlRoot();
  if (!root) return [];
  const found: FoundDate[] = [];
  const visit = (element: typeof root, depth: number): void => {
    if (depth > 64) return;
    if (element.name === 'dict') {
      const value = dictValue(element, TRUSTKIT_KEY);
      if (value?.name === 'string') {
        found.push({ ...textRange(context.text, value), value: value.text.trim(), host: keyOf(element) ?? '' });
      }
    }
    for (const child of element.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return found;
}
