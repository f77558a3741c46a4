/**
 * Kubernetes label selectors: validation (with apimachinery's messages) and matching.
 *
 * Mirrors k8s.io/apimachinery v0.26.10 pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector and
 * pkg/labels/selector.go NewRequirement / Requirement.Matches, as vendored by MCO release-4.13.
 * Deviation: Go iterates `matchLabels` in random map order, so with several invalid labels the
 * reported one varies between runs; we check them in key (byte) order so the error is stable.
 */

import { compareGoStrings, goQuote, goStringSliceLiteral } from '../_go/fmt.js';
import type { LabelSelector } from './types.js';
import { isValidLabelValue, isQualifiedName } from './validation.js';

type Operator = 'in' | 'notin' | 'exists' | '!';

interface Requirement {
  readonly key: string;
  readonly op: Operator;
  readonly values: readonly string[];
}

/** A compiled selector: `nothing` (nil selector), `everything` (empty selector) or a list of requirements. */
export type Selector =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'everything' }
  | { readonly kind: 'requirements'; readonly requirements: readonly Requirement[] };

/** Thrown by {@link compileLabelSelector} with apimachinery's message (the caller adds MCO's prefix). */
export class SelectorError extends Error {
  constructor(message: string, readonly path: string) {
    super(message);
  }
}

// field.ErrorList.ToAggregate: duplicates dropped, one error printed bare, several as `[a, b]`.
function aggregate(errors: string[]): string | undefined {
  const unique = [...new Set(errors)];
  if (unique.length === 0) return undefined;
  return unique.length === 1 ? unique[0] : '[' + unique.join(', ') + ']';
}

function newRequirement(key: string, op: Operator | 'equals', values: readonly string[] | null): Requirement {
  const errors: string[] = [];
  const keyErrors = isQualifiedName(key);
  if (keyErrors.length > 0) errors.push(`key: Invalid value: ${goQuote(key)}: ${keyErrors.join('; ')}`);
  const n = values?.length ?? 0;
  if ((op === 'in' || op === 'notin') && n === 0) {
    errors.push(`values: Invalid value: ${goStringSliceLiteral(values)}: for 'in', 'notin' operators, values set can't be empty`);
  } else if (op === 'equals' && n !== 1) {
    errors.push(`values: Invalid value: ${goStringSliceLiteral(values)}: exact-match compatibility requires one single value`);
  } else if ((op === 'exists' || op === '!') && n !== 0) {
    errors.push(`values: Invalid value: ${goStringSliceLiteral(values)}: values set must be empty for exists and does not exist`);
  }
  (values ?? []).forEach((v, i) => {
    const valueErrors = isValidLabelValue(v);
    if (valueErrors.length > 0) errors.push(`values[${i}][${key}]: Invalid value: ${goQuote(v)}: ${valueErrors.join('; ')}`);
  });
  const message = aggregate(errors);
  if (message !== undefined) throw new SelectorError(message, errors[0]!.startsWith('key') ? 'key' : 'values');
  return { key, op: op === 'equals' ? 'in' : op, values: values ?? [] };
}

const OPERATORS: Record<string, Operator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/** `metav1.LabelSelectorAsSelector`. Throws {@link SelectorError}. */
export function compileLabelSelector(selector: LabelSelector | null | undefined): Selector {
  if (selector == null) return { kind: 'nothing' };
  const labels = selector.matchLabels ?? {};
  const expressions = selector.matchExpressions ?? [];
  const labelKeys = Object.keys(labels).sort(compareGoStrings);
  if (labelKeys.length + expressions.length === 0) return { kind: 'everything' };
  const requirements: Requirement[] = [];
  for (const k of labelKeys) requirements.push(newRequirement(k, 'equals', [labels[k]!]));
  for (const expr of expressions) {
    // Go decodes a missing (or JSON null) key or operator as "".
    const operator = typeof expr.operator === 'string' ? expr.operator : '';
    const key = typeof expr.key === 'string' ? expr.key : '';
    const op = Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined;
    if (op === undefined) throw new SelectorError(`${goQuote(operator)} is not a valid label selector operator`, 'operator');
    // Go: append([]string(nil), expr.Values...) — an empty list becomes nil.
    const values = expr.values == null || expr.values.length === 0 ? null : [...expr.values];
    requirements.push(newRequirement(key, op, values));
  }
  return { kind: 'requirements', requirements };
}

/** `labels.Selector.Empty()`: only the empty (non-nil) selector is empty; MCO then selects nothing. */
export const isEmptySelector = (s: Selector): boolean => s.kind === 'everything';

function requirementMatches(r: Requirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.hasOwn(labels, r.key);
  switch (r.op) {
    case 'in': return has && r.values.includes(labels[r.key]!);
    case 'notin': return !has || !r.values.includes(labels[r.key]!);
    case 'exists': return has;
    case '!': return !has;
  }
}

/** `labels.Selector.Matches(labels.Set(labels))`. */
export function selectorMatches(s: Selector, labels: Readonly<Record<string, string>> | null | undefined): boolean {
  switch (s.kind) {
    case 'nothing': return false;
    case 'everything': return true;
    case 'requirements': {
      const l = labels ?? {};
      return s.requirements.every((r) => requirementMatches(r, l));
    }
  }
}
