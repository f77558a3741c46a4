// The objects of the input sorted by what rendering does with them: MachineConfigs, pools (plus MCO's
// built-in `master` and `worker`, from MCO release-4.13 manifests/{master,worker}.machineconfigpool.yaml,
// when the input does not define them), at most one ControllerConfig; other kinds are ignored.

import type { ControllerConfig, MachineConfig, MachineConfigPool } from '../index.js';
import type { Inputs, Located } from './inputs.js';
import { CliError, locate, type Problem } from './problems.js';

const MCO_API_VERSION = 'machineconfiguration.openshift.io/v1';
const ROLE_LABEL = 'machineconfiguration.openshift.io/role';

function builtinPool(role: 'master' | 'worker'): MachineConfigPool {
  const labels: Record<string, string> = {
    'machineconfiguration.openshift.io/mco-built-in': '',
    [`pools.operator.machineconfiguration.openshift.io/${role}`]: '',
  };
  if (role === 'master') labels['operator.machineconfiguration.openshift.io/required-for-upgrade'] = '';
  return {
    apiVersion: MCO_API_VERSION,
    kind: 'MachineConfigPool',
    metadata: { name: role, labels },
    spec: {
      machineConfigSelector: { matchLabels: { [ROLE_LABEL]: role } },
      nodeSelector: { matchLabels: { [`node-role.kubernetes.io/${role}`]: '' } },
    },
  };
}

export const BUILTIN_POOLS = ['master', 'worker'] as const;

export interface Loaded {
  readonly machineConfigs: Located<MachineConfig>[];
  /** MachineConfigs by name (names are unique: a duplicate is an error). */
  readonly byName: ReadonlyMap<string, Located<MachineConfig>>;
  readonly pools: Located<MachineConfigPool>[];
  readonly controllerConfig: Located<ControllerConfig> | undefined;
  /** Notes for the user about objects left aside (MCO kinds the renderer does not render). */
  readonly notes: Problem[];
}

const nameOf = (o: { metadata?: { name?: unknown } | undefined }): string => (typeof o.metadata?.name === 'string' ? o.metadata.name : '');

function describeAt(l: Located<object>): string {
  const at = locate(l, '$');
  return at === undefined ? l.file.path : `${at.file ?? l.file.path}:${at.line}:${at.column}`;
}

/** Sorts the input's objects; duplicate names and more than one ControllerConfig are errors. */
export function load(inputs: Inputs): Loaded {
  const machineConfigs: Located<MachineConfig>[] = [];
  const pools: Located<MachineConfigPool>[] = [];
  const controllerConfigs: Located<ControllerConfig>[] = [];
  const notes: Problem[] = [];
  for (const l of inputs.objects) {
    const { kind, apiVersion } = l.object;
    if (apiVersion === MCO_API_VERSION && kind === 'MachineConfig') machineConfigs.push(l as Located<MachineConfig>);
    else if (apiVersion === MCO_API_VERSION && kind === 'MachineConfigPool') pools.push(l as Located<MachineConfigPool>);
    else if (apiVersion === MCO_API_VERSION && kind === 'ControllerConfig') controllerConfigs.push(l as Located<ControllerConfig>);
    else if (apiVersion.startsWith('machineconfiguration.openshift.io/')) {
      // KubeletConfig, ContainerRuntimeConfig: MCO turns them into MachineConfigs in a cluster; not here.
      notes.push({
        severity: 'warning',
        code: 'IGNORED_KIND',
        message: `${kind} ${nameOf(l.object)} is not rendered (in a cluster MCO makes MachineConfigs of it)`,
        at: locate(l, '$'),
      });
    }
  }
  const byName = new Map<string, Located<MachineConfig>>();
  for (const l of machineConfigs) {
    const name = nameOf(l.object);
    const first = byName.get(name);
    if (first !== undefined) throw new CliError(`${describeAt(l)}: INVALID_INPUT: MachineConfig ${name} is defined twice (first at ${describeAt(first)})`);
    byName.set(name, l);
  }
  const poolNames = new Map<string, Located<MachineConfigPool>>();
  for (const l of pools) {
    const name = nameOf(l.object);
    const first = poolNames.get(name);
    if (first !== undefined) throw new CliError(`${describeAt(l)}: INVALID_INPUT: MachineConfigPool ${name} is defined twice (first at ${describeAt(first)})`);
    poolNames.set(name, l);
  }
  if (controllerConfigs.length > 1) {
    throw new CliError(`${describeAt(controllerConfigs[1]!)}: INVALID_INPUT: more than one ControllerConfig (first at ${describeAt(controllerConfigs[0]!)})`);
  }
  return { machineConfigs, byName, pools, controllerConfig: controllerConfigs[0], notes };
}

/** The pool named `name`: from the input, else MCO's built-in master/worker. */
export function findPool(loaded: Loaded, name: string): { pool: MachineConfigPool; located: Located<MachineConfigPool> | undefined } {
  const located = loaded.pools.find((l) => nameOf(l.object) === name);
  if (located !== undefined) return { pool: located.object, located };
  if ((BUILTIN_POOLS as readonly string[]).includes(name)) return { pool: builtinPool(name as 'master' | 'worker'), located: undefined };
  const known = [...new Set([...loaded.pools.map((l) => nameOf(l.object)), ...BUILTIN_POOLS])].sort();
  throw new CliError(`pool "${name}" not found (known: ${known.join(', ')}; master and worker are built in)`);
}
