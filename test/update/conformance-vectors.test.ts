// Every update vector in ../shared/conformance/update (MCO release-4.13 node daemon, see
// ../shared/oracle/daemon_oracle_test.go.txt) through planUpdate, kernelArgumentUpdateArgs and
// splitKernelArguments directly from src/. The vectors were made on a host without
// /proc/sys/crypto/fips_enabled, so the plans here use `nodeFips: null` (the check skipped).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kernelArgumentUpdateArgs } from '../../src/kargs/kernel-argument-update-args.js';
import { splitKernelArguments } from '../../src/kargs/split-kernel-arguments.js';
import { planUpdate } from '../../src/update/plan-update.js';

const dir = fileURLToPath(new URL('../../../shared/conformance/update/', import.meta.url));
const ids = readdirSync(dir).filter((f) => f.endsWith('.input.json')).map((f) => f.slice(0, -'.input.json'.length)).sort();
const load = (id: string, kind: 'input' | 'expected') => JSON.parse(readFileSync(`${dir}${id}.${kind}.json`, 'utf8'));

interface Expected {
  error?: string;
  diff?: Record<string, boolean>;
  fileDiffs?: string[];
  actions?: string[];
  kargsArgs?: string[];
  split?: Record<string, string[]>;
}

const stripPositions = (s: string) => s.replace(/, line \d+ col \d+/g, '');

describe('update conformance vectors', () => {
  it('finds the vectors', () => expect(ids.length).toBeGreaterThanOrEqual(151));

  for (const id of ids) {
    it(id, () => {
      const input = load(id, 'input');
      const exp = load(id, 'expected') as Expected;
      if (input.kargLines) {
        const split = Object.fromEntries((input.kargLines as string[]).map((l) => [l, splitKernelArguments(l)]));
        expect(split).toEqual(exp.split);
      }
      if (!input.new) return;
      const old = input.old ?? null;
      expect(kernelArgumentUpdateArgs(old?.spec?.kernelArguments ?? [], input.new.spec?.kernelArguments ?? [])).toEqual(exp.kargsArgs ?? []);
      const plan = planUpdate(old, input.new, { nodeFips: null });
      if (exp.error !== undefined) {
        expect(plan.reconcilable).toBe(false);
        if (!plan.reconcilable) expect(stripPositions(plan.reason)).toBe(stripPositions(exp.error));
        return;
      }
      expect(plan.reconcilable).toBe(true);
      if (!plan.reconcilable) return;
      expect(plan.diff).toEqual(exp.diff);
      expect([...plan.changedFiles].sort()).toEqual([...(exp.fileDiffs ?? [])].sort());
      expect(plan.actions).toEqual(exp.actions);
      expect(plan.kernelArgumentArgs).toEqual(exp.kargsArgs ?? []);
    });
  }
});
