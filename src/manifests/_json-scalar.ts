// Mirrors sigs.k8s.io/yaml v1.3.0 yaml.go convertToJSONableObject + json.Marshal for one decoded scalar:
// map keys become strings (ints in decimal, floats as FormatFloat(f, 'g', -1, 32), bools as true/false;
// null and uint64 keys are refused), and NaN/±Inf values cannot be written as JSON.

import { formatFloat32G } from './_format-float32.js';
import { DecodeError } from './_spans.js';
import type { ScalarValue } from './resolve-scalar.js';

/** A scalar map key as sigs.k8s.io/yaml writes it into JSON. */
export function jsonKey(s: ScalarValue, at: number): string {
  switch (s.kind) {
    case 'string':
      return s.value;
    case 'int':
      return s.decimal;
    case 'bool':
      return s.value ? 'true' : 'false';
    case 'float': {
      const f = formatFloat32G(s.value);
      return f === '+Inf' ? '.inf' : f === '-Inf' ? '-.inf' : f === 'NaN' ? '.nan' : f;
    }
    case 'uint':
      throw new DecodeError(`unsupported map key of type uint64: ${s.decimal}`, at);
    case 'null':
      throw new DecodeError('unsupported map key: null', at);
  }
}

/** A scalar value as JSON holds it; json.Marshal refuses NaN and ±Inf. */
export function jsonValue(s: ScalarValue, at: number): string | number | boolean | null {
  if (s.kind === 'float' && !Number.isFinite(s.value)) {
    throw new DecodeError(`json: unsupported value: ${Number.isNaN(s.value) ? 'NaN' : s.value > 0 ? '+Inf' : '-Inf'}`, at);
  }
  return s.value;
}
