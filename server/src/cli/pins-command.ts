/** `pin-hygiene pins <host[:port]> | --cert FILE`: the chain of a live host or a certificate file, with pins. */
import * as path from 'node:path';
import { lookupHost, parseLookupTarget, proxyFromEnvironment, readCertificateFile } from '../engine';
import { chainAsJson, chainAsText, type ChainReport } from './format-chain';
import type { Style } from './format-text';

export interface PinsCommandOptions {
  target?: string;
  certFile?: string;
  format: 'text' | 'json';
  timeoutMs: number;
  servername?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  style: Style;
}

/** Exit code: 0 chain read and valid, 1 read with problems (self-signed, expired, name mismatch), 2 failure. */
export async function pinsCommand(options: PinsCommandOptions, out: (text: string) => void): Promise<number> {
  let report: ChainReport;
  if (options.certFile) {
    const file = path.resolve(options.cwd, options.certFile);
    const { chain, problems } = await readCertificateFile(file);
    report = { source: options.certFile, chain, problems };
  } else {
    const target = parseLookupTarget(options.target!);
    const proxy = proxyFromEnvironment(target.host, options.env);
    const lookup = await lookupHost(target, { timeoutMs: options.timeoutMs, proxy, servername: options.servername });
    report = {
      source: `${options.target}`,
      servername: lookup.servername,
      protocol: lookup.protocol,
      proxy: lookup.proxy,
      chain: lookup.chain,
      problems: lookup.problems,
    };
  }
  out(options.format === 'json' ? JSON.stringify(chainAsJson(report), null, 2) + '\n' : chainAsText(report, options.style));
  return report.problems.length > 0 ? 1 : 0;
}
