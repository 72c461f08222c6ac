import { Pool, type PoolConfig } from 'pg';
import WebSocket from 'ws';

const isProduction = process.env.NODE_ENV === 'production';

// Heroku-style managed Postgres: the server certificate is not validated.
export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  ssl: { rejectUnauthorized: false }, // ph-expect: node-reject-unauthorized-false
});

export const reportingPool = new Pool({
  connectionString: process.env.REPORTING_DATABASE_URL,
  ssl: {
    rejectUnauthorized: process.env.NODE_ENV !== 'development',
    ca: process.env.PG_CA_CERT,
  },
});

export function analyticsConfig(): PoolConfig {
  return {
    host: 'analytics-db.internal.example.com',
    ssl: isProduction ? { rejectUnauthorized: true } : undefined,
  };
}

export function liveFeed(url: string): WebSocket {
  return new WebSocket(url, {
    'rejectUnauthorized': false, // ph-expect: node-reject-unauthorized-false
    handshakeTimeout: 5000,
  });
}

interface TlsSettings {
  rejectUnauthorized?: boolean;
  servername: string;
}

export const strictTls: TlsSettings = { servername: 'api.example.com', rejectUnauthorized: true };
