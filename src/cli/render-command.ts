// `layering-render render -f PATH... --pool NAME [-o yaml|json|name|ignition]`: the rendered MachineConfig
// MCO 4.13 would create for the pool (as `oc get -o yaml` prints it), its name, or its Ignition config.

import { stringifyManifest } from '../index.js';
import { formatProblem } from './problems.js';
import { renderInput } from './render-input.js';
import type { Io } from './io.js';

export const RENDER_OUTPUTS = ['yaml', 'json', 'name', 'ignition'] as const;
export type RenderOutput = (typeof RENDER_OUTPUTS)[number];

export interface RenderOptions {
  filename: string[];
  pool: string;
  output: RenderOutput;
  release?: string;
}

export function renderCommand(opts: RenderOptions, io: Io): number {
  const { rendered, warnings } = renderInput(opts.filename, opts.pool, opts.release);
  for (const w of warnings) io.err(formatProblem(w));
  const mc = rendered.machineConfig;
  switch (opts.output) {
    case 'name':
      io.out(rendered.name);
      break;
    case 'json':
      io.out(JSON.stringify(mc, null, 2));
      break;
    case 'ignition':
      // As MCO stores it (json.Marshal of the 3.2 config: Go's field order, compact).
      io.out(JSON.stringify(mc.spec.config));
      break;
    default:
      io.out(stringifyManifest(mc).replace(/\n$/, ''));
  }
  return 0;
}
