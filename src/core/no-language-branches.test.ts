import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript source file under `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('the core asks the language pack and never branches on its language code', () => {
  const root = new URL('.', import.meta.url).pathname;
  // A comparison with a code, or a table keyed by it ("X[pack.code]"): language knowledge that belongs in the pack.
  const branch = /\.code\s*[!=]==|\[\s*pack\.code\s*\]/;
  const found = sources(root).flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line, i) => ({ path, line: i + 1, text: line }))
      .filter((l) => branch.test(l.text)),
  );
  assert.deepEqual(
    found.map((f) => `${f.path.slice(root.length)}:${f.line}: ${f.text.trim()}`),
    [],
  );
});
