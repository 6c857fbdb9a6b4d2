#!/usr/bin/env node
// npm run i18n:extract — writes the English catalogs from the source: every message of the web app is declared
// with an explicit id `<area>.<name>` and an English defaultMessage; this splits them by area into
// apps/web/src/i18n/catalogs/en/<area>.json. `--check` writes nothing and fails when a file is out of date.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const catalogs = path.join(root, 'apps/web/src/i18n/catalogs');

export function extractEnglish() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cg-i18n-')), 'en.json');
  execFileSync(
    path.join(root, 'node_modules/.bin/formatjs'),
    [
      'extract',
      'apps/web/src/**/*.{ts,tsx}',
      '--ignore',
      '**/*.spec.ts',
      '--ignore',
      '**/*.d.ts',
      '--format',
      'simple',
      '--throws',
      '--out-file',
      out,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const messages = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const areas = {};
  for (const id of Object.keys(messages).sort()) {
    const area = id.split('.')[0];
    if (!/^[a-z][a-zA-Z0-9-]*\.[\w.-]+$/.test(id)) throw new Error(`Message id "${id}" is not <area>.<name>`);
    (areas[area] ??= {})[id] = messages[id];
  }
  return areas;
}

function main() {
  const check = process.argv.includes('--check');
  const areas = extractEnglish();
  const dir = path.join(catalogs, 'en');
  const stale = [];
  const wanted = new Set(Object.keys(areas).map((area) => `${area}.json`));
  for (const [area, messages] of Object.entries(areas)) {
    const file = path.join(dir, `${area}.json`);
    const text = `${JSON.stringify(messages, null, 2)}\n`;
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    stale.push(file);
    if (!check) fs.writeFileSync(file, text);
  }
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (name.endsWith('.json') && !wanted.has(name)) {
      stale.push(path.join(dir, name));
      if (!check) fs.rmSync(path.join(dir, name));
    }
  }
  if (check && stale.length > 0) {
    console.error(`English catalogs out of date (run npm run i18n:extract):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (!check) console.log(`English catalogs: ${Object.keys(areas).length} areas, ${stale.length} file(s) written.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
