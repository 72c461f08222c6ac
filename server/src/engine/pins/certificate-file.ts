/** The certificates of a file (PEM, DER or PKCS#7) as a described chain, with validity problems. */
import { promises as fs } from 'node:fs';
import { readCertificateBlocks } from './certificate-source';
import { analyseChain, validityProblems, type ChainCertificate, type ChainProblem } from './chain';

/** Certificate files are read up to this size (CA bundles are a few hundred KiB). */
export const MAX_CERTIFICATE_FILE_BYTES = 4 * 1024 * 1024;

export interface CertificateFileChain {
  chain: ChainCertificate[];
  problems: ChainProblem[];
}

/** Describes the certificates in `bytes`; throws an Error with a clear message when there are none. */
export function chainFromBytes(bytes: Uint8Array, name: string, now = new Date()): CertificateFileChain {
  const blocks = readCertificateBlocks(bytes);
  if (blocks.length === 0) throw new Error(`${name} holds no certificate (expected PEM, DER or a PKCS#7 bundle).`);
  let chain: ChainCertificate[];
  try {
    chain = analyseChain(blocks.map((b) => b.der));
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  return { chain, problems: validityProblems(chain, now) };
}

export async function readCertificateFile(path: string, now = new Date()): Promise<CertificateFileChain> {
  const stat = await fs.stat(path);
  if (!stat.isFile()) throw new Error(`${path} is not a file.`);
  if (stat.size > MAX_CERTIFICATE_FILE_BYTES) throw new Error(`${path} is larger than ${MAX_CERTIFICATE_FILE_BYTES / 1024 / 1024} MiB; not a certificate file.`);
  return chainFromBytes(await fs.readFile(path), path, now);
}
