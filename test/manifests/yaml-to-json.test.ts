// Each YAML document of the golden file, read by our reader, against what Kubernetes' client (go-yaml
// v2.4.0 + ghodss/sigs.k8s.io yaml) made of it: the same JSON (keys in the same order), or an error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/manifests/_line-index.js';
import { DecodeError, SpanTable } from '../../src/manifests/_spans.js';
import { readYaml } from '../../src/manifests/read-yaml.js';

interface Golden {
  name: string;
  yaml: string;
  json?: unknown;
  error?: string;
}

const golden = JSON.parse(readFileSync(new URL('../fixtures/manifests/yaml-to-json.golden.json', import.meta.url), 'utf8')) as Golden[];

/** Where we differ from kubectl on purpose (or cannot follow it), and why. */
const DIFFERENT: Record<string, string> = {
  'duplicate keys': 'duplicate keys are an error here; go-yaml keeps the last',
  'duplicate keys int and string': '1 and "1" are one JSON key: an error here; Go keeps one at random',
  'LS in quoted scalar': 'LS/PS/NEL are refused here: go-yaml folds them as line breaks',
};

function read(yaml: string, fast: boolean): { json: unknown } | { error: string } {
  try {
    const docs = readYaml(yaml, new SpanTable(), new LineIndex(yaml), fast);
    return { json: docs.length === 0 ? null : docs[0]!.value };
  } catch (e) {
    if (e instanceof DecodeError) return { error: e.message };
    throw e;
  }
}

describe.each([
  ['the `yaml` package path', false],
  ['with the fast block reader first', true],
])('YAML documents read as Kubernetes reads them (go-yaml v2.4.0 golden), %s', (_, fast) => {
  it('has cases', () => expect(golden.length).toBeGreaterThan(150));
  for (const c of golden) {
    const different = DIFFERENT[c.name];
    it(`${c.name}: ${JSON.stringify(c.yaml)} → ${c.error !== undefined ? `error (${c.error})` : JSON.stringify(c.json)}${different ? ` [differs: ${different}]` : ''}`, () => {
      const got = read(c.yaml, fast);
      if (different !== undefined) {
        expect(got).toHaveProperty('error');
        expect(c.error).toBeUndefined();
        return;
      }
      if (c.error !== undefined) {
        expect(got).toHaveProperty('error');
      } else {
        expect(got).toHaveProperty('json');
        // Same value and the same key order (Go's json.Marshal sorts map keys).
        expect(JSON.stringify((got as { json: unknown }).json)).toBe(JSON.stringify(c.json));
      }
    });
  }
});
