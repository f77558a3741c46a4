// Ignition's per-string checks (url.Parse and validateURL of sources, data URLs, unit contents, spec
// versions) are memoized across calls (src/ignition/go/memo.ts), and a render validates every source
// again in the merged config. Results must not depend on what was validated before: here each input
// is validated cold (memos emptied) and again warm, in both orders of spec versions, and compared.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clearMemos } from '../../src/ignition/go/memo.js';
import { analyzeMachineConfigIgnition, type MachineConfigIgnition } from '../../src/ignition/mco-parse.js';
import { mergeIgnitionAll } from '../../src/ignition/merge.js';
import type { SpecVersion } from '../../src/ignition/schema.js';
import type { IgnitionConfig } from '../../src/ignition/types.js';
import { validateURL } from '../../src/ignition/validate/url.js';
import { validateIgnition } from '../../src/ignition/validate-ignition.js';
import { randomIgnition, rng } from './_support/random-ignition.js';

const VERSIONS: SpecVersion[] = ['3.0', '3.1', '3.2', '3.3', '3.4'];

/** What analyzeMachineConfigIgnition returned, as plain data. */
function analysis(raw: unknown): unknown {
  const a: MachineConfigIgnition = analyzeMachineConfigIgnition(raw);
  const err = (e: Error & { code?: string; path?: string }) => ({ code: e.code, message: e.message, path: e.path });
  return {
    validate: a.validateError === null ? null : err(a.validateError),
    config: a.config instanceof Error ? err(a.config) : a.config,
    kargs: a.kargs instanceof Error ? err(a.kargs) : a.kargs,
  };
}

/** validateIgnition's findings, or its error. */
function findings(cfg: IgnitionConfig): unknown {
  try {
    return validateIgnition(cfg);
  } catch (e) {
    return { thrown: (e as { code?: string }).code, message: (e as Error).message };
  }
}

/** The configs' merge as MCO folds it (by name here: any order will do), files defaulting to overwrite. */
function merged(configs: IgnitionConfig[]): IgnitionConfig {
  const m = mergeIgnitionAll(configs);
  const files = m.storage?.files;
  if (files === undefined) return m;
  return { ...m, storage: { ...m.storage, files: files.map((f) => (f.overwrite === undefined ? { ...f, overwrite: true } : f)) } };
}

describe('validateURL: the result for a spec version does not depend on the versions asked before', () => {
  const sources = ['gs://b/o', 'arn:aws:s3:::bucket/key', 'arn:aws:s3:::bucket', 'arn:aws:ec2:::x/y', 's3://b/k?versionId=',
    'https://example.com/x', 'data:,a%20b', 'data:,a b', 'data:;base64,aGk', 'ftp://x', 'http://[::1'];
  it.each(sources)('%s', (source) => {
    clearMemos();
    const ascending = VERSIONS.map((v) => validateURL(source, v)?.code ?? null);
    clearMemos();
    const descending = [...VERSIONS].reverse().map((v) => validateURL(source, v)?.code ?? null).reverse();
    expect(descending).toEqual(ascending);
    // and warm, in a third order
    expect(['3.2', '3.0', '3.4', '3.1', '3.3'].map((v) => validateURL(source, v as SpecVersion)?.code ?? null))
      .toEqual([ascending[2], ascending[0], ascending[4], ascending[1], ascending[3]]);
  });

  it('gs is a 3.2 scheme and arn a 3.4 one', () => {
    clearMemos();
    expect(VERSIONS.map((v) => validateURL('gs://b/o', v)?.code ?? null)).toEqual(['INVALID_SCHEME', 'INVALID_SCHEME', null, null, null]);
    expect(VERSIONS.map((v) => validateURL('arn:aws:ec2:::x/y', v)?.code ?? null))
      .toEqual(['INVALID_SCHEME', 'INVALID_SCHEME', 'INVALID_SCHEME', 'INVALID_SCHEME', 'INVALID_S3_ARN']);
  });
});

describe('random documents: analysis and validation cold equal warm', () => {
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
  it.each(seeds)('seed %i', (seed) => {
    const r = rng(seed * 7919);
    const docs = Array.from({ length: 12 }, () => randomIgnition(r));
    clearMemos();
    const cold = docs.map((d) => ({ analysis: analysis(d), text: analysis(JSON.stringify(d)), findings: findings(d as unknown as IgnitionConfig) }));
    const warm = docs.map((d) => ({ analysis: analysis(d), text: analysis(JSON.stringify(d)), findings: findings(d as unknown as IgnitionConfig) }));
    expect(warm).toEqual(cold);
    const ok = docs.map((d) => analyzeMachineConfigIgnition(d).config).filter((c): c is IgnitionConfig => !(c instanceof Error));
    if (ok.length === 0) return;
    const all = merged(ok);
    const afterAnalysis = findings(all);
    clearMemos();
    expect(findings(all)).toEqual(afterAnalysis);
  });
});

describe('conformance render vectors: the merged config validates the same cold and after analysis', () => {
  const dir = new URL('../../../shared/conformance/render/', import.meta.url);
  const ids = readdirSync(dir).filter((f) => f.endsWith('.input.json')).sort();
  it.each(ids)('%s', (file) => {
    const input = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { configs?: Array<{ metadata?: { name?: string }; spec?: { config?: unknown } }> };
    const configs = [...(input.configs ?? [])].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
    clearMemos();
    const parsed = configs.filter((mc) => mc.spec?.config != null).map((mc) => analyzeMachineConfigIgnition(mc.spec!.config).config);
    const ok = parsed.filter((c): c is IgnitionConfig => !(c instanceof Error));
    if (ok.length === 0) return;
    const all = merged(ok);
    const warm = findings(all);
    clearMemos();
    expect(findings(all)).toEqual(warm);
  });
});
