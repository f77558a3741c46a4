// `layering-render plan -f OLD... --against NEW... --pool NAME` (render both, then plan) or
// `layering-render plan OLD.yaml NEW.yaml` (two rendered MachineConfigs): what the node daemon of MCO
// 4.13 does to go from one to the other. Exit status 0 when the update is reconcilable, 3 when not.

import { describeUpdatePlan, isRenderError, planUpdate, type MachineConfig, type UpdatePlan } from '../index.js';
import { readInputs, type Located } from './inputs.js';
import { load } from './load.js';
import { CliError, formatProblem, renderErrorProblems, UsageError } from './problems.js';
import { ProblemsError, releaseCatalog, renderInput } from './render-input.js';
import type { Io } from './io.js';

export const PLAN_OUTPUTS = ['text', 'json'] as const;
export const NODE_OSES = ['rhcos', 'fcos'] as const;

/** Exit status of a plan that the node refuses. */
export const NOT_RECONCILABLE = 3;

export interface PlanOptions {
  rendered: string[];
  filename?: string[];
  against?: string[];
  pool?: string;
  output: (typeof PLAN_OUTPUTS)[number];
  os: (typeof NODE_OSES)[number];
  release?: string;
}

/** The one MachineConfig of a rendered-config file. */
function renderedConfig(path: string): Located<MachineConfig> {
  const { machineConfigs } = load(readInputs([path]));
  if (machineConfigs.length !== 1) {
    throw new CliError(`"${path}" must hold exactly one (rendered) MachineConfig, it has ${machineConfigs.length}`);
  }
  return machineConfigs[0]!;
}

export function planCommand(opts: PlanOptions, io: Io): number {
  const renderMode = opts.filename !== undefined || opts.against !== undefined || opts.pool !== undefined;
  let from: Located<MachineConfig> | MachineConfig;
  let to: Located<MachineConfig> | MachineConfig;
  if (renderMode) {
    if (opts.rendered.length > 0) throw new UsageError('give either two rendered MachineConfig files or -f OLD... --against NEW... --pool NAME, not both');
    if (opts.filename === undefined || opts.against === undefined || opts.pool === undefined) {
      throw new UsageError('plan needs -f OLD..., --against NEW... and --pool NAME together');
    }
    const old = renderInput(opts.filename, opts.pool, opts.release);
    const next = renderInput(opts.against, opts.pool, opts.release);
    for (const w of [...old.warnings, ...next.warnings]) io.err(formatProblem(w));
    from = old.rendered.machineConfig;
    to = next.rendered.machineConfig;
  } else {
    if (opts.rendered.length !== 2) throw new UsageError('plan needs two rendered MachineConfig files (OLD NEW), or -f OLD... --against NEW... --pool NAME');
    from = renderedConfig(opts.rendered[0]!);
    to = renderedConfig(opts.rendered[1]!);
  }
  const object = (x: Located<MachineConfig> | MachineConfig): MachineConfig => ('file' in x && 'object' in x ? x.object : (x as MachineConfig));
  let plan: UpdatePlan;
  try {
    plan = planUpdate(object(from), object(to), { os: opts.os, extensionCatalog: releaseCatalog(opts.release) });
  } catch (e) {
    if (!isRenderError(e)) throw e;
    const byName = new Map<string, Located<object>>();
    for (const x of [from, to]) if ('file' in x) byName.set(x.object.metadata?.name ?? '', x as Located<object>);
    throw new ProblemsError(renderErrorProblems(e, { machineConfigs: byName }));
  }
  if (opts.output === 'json') io.out(JSON.stringify(plan, null, 2));
  else for (const line of describeUpdatePlan(plan)) io.out(line);
  return plan.reconcilable ? 0 : NOT_RECONCILABLE;
}
