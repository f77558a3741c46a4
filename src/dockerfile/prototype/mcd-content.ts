/**
 * The file the prototype uses to carry kernel arguments and FIPS to the node daemon.
 *
 * Mirrors openshift/machine-config-operator branch `layering` (08317efa)
 * pkg/controller/render/machine_config_to_ignition.go: `json.Marshal(&MCDContent{KernelArguments, FIPS})`
 * (fields in that order; a nil list is `null`, an empty one `[]`) written by test/helpers `NewIgnFile`
 * (`dataurl.EncodeBytes`, no mode, no overwrite) at `MCDContentPath`.
 */

import type { File } from '../../ignition/types.js';
import { goJsonString } from '../../ignition/go-json.js';
import { utf8 } from './_bytes.js';
import { encodeTextDataUrl } from './data-url.js';

export const MCD_CONTENT_PATH = '/etc/machine-config-daemon/mcd_content.json';

/** `json.Marshal(&MCDContent{…})`: `{"kernelArguments":…,"fips":…}`. */
export function mcdContentJson(kernelArguments: readonly string[] | null, fips: boolean): string {
  const kargs = kernelArguments === null ? 'null' : '[' + kernelArguments.map(goJsonString).join(',') + ']';
  return '{"kernelArguments":' + kargs + ',"fips":' + String(fips) + '}';
}

export function mcdContentFile(kernelArguments: readonly string[] | null, fips: boolean): File {
  return { path: MCD_CONTENT_PATH, contents: { source: encodeTextDataUrl(utf8(mcdContentJson(kernelArguments, fips))) } };
}
