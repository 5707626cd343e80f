/**
 * The permissions Crosslight asks for are the ones the README justifies, in both browsers' built
 * manifests, and nothing widens what pages or other extensions can reach: no web-accessible
 * resources, no external messaging, no host permissions beyond the content script's matches, no
 * loosened content security policy, no script loaded from anywhere but the extension itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  content_scripts?: { matches: string[]; all_frames?: boolean; world?: string }[];
}

function manifestOf(browser: keyof typeof BUILDS): Manifest {
  const path = join(ROOT, BUILDS[browser], 'manifest.json');
  if (!existsSync(path)) execFileSync('npx', ['wxt', 'build', '-b', browser], { cwd: ROOT, stdio: 'ignore' });
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/**
 * The README's permission table: the backticked names in the first column of each row, but for
 * rows whose first column says they are for the other browser only ("(Chrome only)").
 */
function readmePermissions(browser: keyof typeof BUILDS): { permissions: string[]; matches: string[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions and privacy'));
  if (!section) throw new Error('The README has no "Permissions and privacy" section.');
  const firstCells = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|')[1] ?? '')
    .filter((cell) => {
      const only = /\((Chrome|Firefox) only\)/i.exec(cell)?.[1]?.toLowerCase();
      return only === undefined || only === browser;
    });
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return {
    permissions: firstCells.filter((cell) => !/content script/i.test(cell)).flatMap(names).sort(),
    matches: firstCells.filter((cell) => /content script/i.test(cell)).flatMap(names).sort(),
  };
}

describe.each(Object.keys(BUILDS) as (keyof typeof BUILDS)[])('the %s build', (browser) => {
  const manifest = manifestOf(browser);
  const readme = readmePermissions(browser);

  it('asks for exactly the permissions the README lists and justifies', () => {
    expect([...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].sort()).toEqual(readme.permissions);
  });

  it('runs its content script on exactly the pages the README names, in the isolated world of top frames', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.flatMap((s) => s.matches).sort()).toEqual(readme.matches);
    for (const script of scripts) {
      expect(script.all_frames ?? false).toBe(false);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  it('opens no other door: no host permissions, web-accessible resources, external messaging or loosened policy', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // The browsers' default policies allow only the extension's own scripts.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads every script of its pages from the extension itself', () => {
    const dir = join(ROOT, BUILDS[browser]);
    const pages = readdirSync(dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]*)"/g)) expect(src, page).toMatch(/^\/(?!\/)/);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
      expect(html, page).not.toMatch(/https?:\/\//);
    }
  });
});
