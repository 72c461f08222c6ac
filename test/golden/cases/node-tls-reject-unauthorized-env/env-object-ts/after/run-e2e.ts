import { spawn } from 'node:child_process';

export function runSuite(suite: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', suite], {
      stdio: 'inherit',
      env: { ...process.env },
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export function legacyToggle(): void {
}
