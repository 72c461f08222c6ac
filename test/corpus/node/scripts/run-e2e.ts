import { spawn } from 'node:child_process';

function warnIfInsecure(): void {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
    console.warn('TLS verification is disabled for this process');
  }
}

export function runSuite(suite: string): Promise<number> {
  warnIfInsecure();
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', suite], {
      stdio: 'inherit',
      env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }, // ph-expect: node-tls-reject-unauthorized-env
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export function restoreVerification(): void {
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '1';
}

export function legacyToggle(): void {
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0; // ph-expect: node-tls-reject-unauthorized-env
}
