import { describe, expect, it } from 'vitest';
import { compileLabelSelector, selectorMatches, SelectorError } from '../../src/kube/label-selector.js';
import type { LabelSelector } from '../../src/kube/types.js';

const role = 'machineconfiguration.openshift.io/role';

describe('selectorMatches', () => {
  const cases: Array<{ name: string; selector: LabelSelector | null; labels: Record<string, string> | undefined; out: boolean }> = [
    { name: 'nil selector matches nothing', selector: null, labels: { [role]: 'worker' }, out: false },
    { name: 'empty selector matches everything', selector: {}, labels: undefined, out: true },
    { name: 'matchLabels equal', selector: { matchLabels: { [role]: 'worker' } }, labels: { [role]: 'worker' }, out: true },
    { name: 'matchLabels differ', selector: { matchLabels: { [role]: 'worker' } }, labels: { [role]: 'master' }, out: false },
    { name: 'matchLabels missing key', selector: { matchLabels: { [role]: 'worker' } }, labels: {}, out: false },
    { name: 'In hit', selector: { matchExpressions: [{ key: role, operator: 'In', values: ['worker', 'layered'] }] }, labels: { [role]: 'layered' }, out: true },
    { name: 'In miss', selector: { matchExpressions: [{ key: role, operator: 'In', values: ['worker'] }] }, labels: { [role]: 'infra' }, out: false },
    { name: 'NotIn without the key matches', selector: { matchExpressions: [{ key: role, operator: 'NotIn', values: ['master'] }] }, labels: {}, out: true },
    { name: 'NotIn with listed value', selector: { matchExpressions: [{ key: role, operator: 'NotIn', values: ['master'] }] }, labels: { [role]: 'master' }, out: false },
    { name: 'Exists', selector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels: { tier: '' }, out: true },
    { name: 'DoesNotExist', selector: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, labels: { tier: 'x' }, out: false },
    { name: '__proto__ is a plain key', selector: { matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, labels: {}, out: false },
    {
      name: 'all requirements must hold',
      selector: { matchLabels: { [role]: 'worker' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
      labels: { [role]: 'worker' },
      out: false,
    },
  ];
  it.each(cases)('$name', ({ selector, labels, out }) => {
    expect(selectorMatches(compileLabelSelector(selector), labels)).toBe(out);
  });
});

describe('compileLabelSelector errors (apimachinery messages)', () => {
  const cases: Array<{ selector: LabelSelector; message: string }> = [
    {
      selector: { matchExpressions: [{ key: role, operator: 'In', values: [] }] },
      message: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    },
    {
      selector: { matchExpressions: [{ key: 'tier', operator: 'Exists', values: ['x', 'y z'] }] },
      message:
        '[values: Invalid value: []string{"x", "y z"}: values set must be empty for exists and does not exist, values[1][tier]: Invalid value: "y z": a valid label must be an empty string or consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character (e.g. \'MyValue\',  or \'my_value\',  or \'12345\', regex used for validation is \'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?\')]',
    },
    { selector: { matchExpressions: [{ key: role, operator: 'Gt', values: ['1'] }] }, message: '"Gt" is not a valid label selector operator' },
    {
      selector: { matchLabels: { 'a/b/c': 'x' } },
      message:
        "key: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    },
    {
      selector: { matchLabels: { '/x': 'v' } },
      message: 'key: Invalid value: "/x": prefix part must be non-empty',
    },
  ];
  it.each(cases)('$message', ({ selector, message }) => {
    let err: unknown;
    try {
      compileLabelSelector(selector);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SelectorError);
    expect((err as Error).message).toBe(message);
  });
});
