/** Builds the Chromium extension the extension-level figures are taken on. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export function buildExtension(): { ok: true } | { ok: false; error: string } {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' });
  if (result.status === 0) return { ok: true };
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-3).join(' ');
  return { ok: false, error: output || `exit ${result.status}` };
}
