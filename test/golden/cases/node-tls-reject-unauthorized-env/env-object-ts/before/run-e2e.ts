import { spawn } from 'node:child_process';

export function runSuite(suite: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', suite], {
      stdio: 'inherit',
      env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export function legacyToggle(): void {
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
}
