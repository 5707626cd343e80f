/** Serves tests/fixtures/hostile (pages built to attack Crosslight) from the sample server. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES_DIR, type ExtraRoute } from '../../../scripts/harness/sample-server';

export const HOSTILE_PAGES = ['spoof', 'markup-a', 'markup-b'] as const;
export type HostilePage = (typeof HOSTILE_PAGES)[number];

export const hostileUrl = (origin: string, page: HostilePage) => `${origin}/hostile/${page}.html`;

export const hostileRoute: ExtraRoute = async (path) => {
  const file = /^\/hostile\/([a-z0-9-]+\.(html|js))$/.exec(path);
  if (!file) return null;
  return {
    status: 200,
    body: await readFile(join(FIXTURES_DIR, 'hostile', file[1]!)),
    type: file[2] === 'js' ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
  };
};
