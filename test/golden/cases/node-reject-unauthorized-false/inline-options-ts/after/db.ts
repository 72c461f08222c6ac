import { Pool } from 'pg';
import * as tls from 'node:tls';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  ssl: {},
});

export function probe(host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername: host }, () => {
      resolve(socket.getPeerCertificate().subject.CN);
      socket.end();
    });
    socket.on('error', reject);
  });
}
