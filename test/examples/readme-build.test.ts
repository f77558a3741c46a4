// The README shows the bundled example's layered-image build: its content hash must be what
// `npm run example -- --build` prints (scripts/example.mjs), so the README stays true.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('README: the example build', () => {
  it('prints the content hash the README shows', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const shown = /content hash\s+`(sha256:[0-9a-f]{64})`/.exec(readme)?.[1];
    expect(shown).toMatch(/^sha256:/);
    const out = execFileSync(process.execPath, ['scripts/example.mjs', '--build'], { cwd: root, encoding: 'utf8' });
    expect(/# content hash: (sha256:[0-9a-f]{64})/.exec(out)?.[1]).toBe(shown);
  });
});
