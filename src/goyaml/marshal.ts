// Mirrors github.com/ghodss/yaml v1.0.0 Marshal (json.Marshal, then JSONToYAML: yaml.Unmarshal into
// interface{} and yaml.Marshal) with gopkg.in/yaml.v2 v2.4.0, byte for byte — the YAML MCO 4.13 hashes to
// name a rendered MachineConfig (pkg/controller/render/hash.go).

import { RenderError } from '../errors.js';
import { utf8Decode } from './_utf8.js';
import { yamlDecodeError } from './decode-errors.js';
import { encodeJsonValue } from './encode.js';
import { goJsonText } from './go-json.js';

/**
 * ghodss/yaml.Marshal of JSON data as UTF-8 bytes: what Go returns and MCO hashes. `value` is what
 * JSON.parse yields for Go's json.Marshal output (object key order as in that text). Throws
 * RenderError('INVALID_INPUT', 'merge', <Go's error text>) where Go's Marshal returns an error (characters
 * go-yaml's reader refuses, JSON values Go cannot marshal, …).
 */
export function marshalGoYamlBytes(value: unknown): Uint8Array {
  const { bytes, suspicious } = encodeJsonValue(value);
  if (suspicious) {
    const problem = yamlDecodeError(goJsonText(value));
    if (problem !== undefined) {
      throw new RenderError('INVALID_INPUT', 'merge', `error converting JSON to YAML: yaml: ${problem}`);
    }
  }
  return bytes;
}

/**
 * ghodss/yaml.Marshal of JSON data (gopkg.in/yaml.v2 v2.4.0 output: sorted keys, Go's quoting, literal
 * blocks, 80-column folding), as a string.
 *
 * @example
 * marshalGoYaml({ b: ['yes', 'x'], a: { n: 1 } }) // 'a:\n  n: 1\nb:\n- "yes"\n- x\n'
 */
export function marshalGoYaml(value: unknown): string {
  return utf8Decode(marshalGoYamlBytes(value));
}
