// Shape checks of the objects the renderer reads, as the API server's CRD validation would refuse them
// (MCO release-4.13 install/0000_80_machine-config-operator_01_machineconfig{,pool}.crd.yaml and
// manifests/controllerconfig.crd.yaml, in the words of apiextensions' validation:
// `spec.fips in body must be of type boolean: "string"`). Same rules as
// src/merge/check-input.ts and schemas/*.json (never stricter than the API server; null is accepted
// where the API server would prune it), but every problem is reported, each with its JSON path.

import type { PathSegment } from '../errors.js';

export const MCO_API_VERSION = 'machineconfiguration.openshift.io/v1';

/** The kinds the renderer reads; everything else in a manifest is ignored. */
export const KNOWN_KINDS: ReadonlySet<string> = new Set(['MachineConfig', 'MachineConfigPool', 'ControllerConfig']);

export interface ShapeProblem {
  /** JSON path inside the object. */
  readonly path: readonly PathSegment[];
  readonly message: string;
}

type Value = unknown;
type Check = (v: Value, path: PathSegment[], out: ShapeProblem[]) => void;

const isObject = (v: Value): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** OpenAPI type names, as apiextensions prints the type it found. */
function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** `spec.kernelArguments[0]`: the field path Kubernetes prints. */
export function fieldPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

const wrongType = (path: PathSegment[], want: string, v: Value, out: ShapeProblem[]): void => {
  out.push({ path, message: `${fieldPath(path)} in body must be of type ${want}: "${typeName(v)}"` });
};

const field = (o: Record<string, unknown>, k: string): Value => (Object.hasOwn(o, k) ? o[k] : undefined);

// Combinators. `nullable` fields accept null and absence.
const str: Check = (v, p, out) => {
  if (v !== undefined && v !== null && typeof v !== 'string') wrongType(p, 'string', v, out);
};
/** A list item: the API server refuses null inside a list of strings (items are not nullable). */
const strItem: Check = (v, p, out) => {
  if (typeof v !== 'string') wrongType(p, 'string', v, out);
};
const bool: Check = (v, p, out) => {
  if (v !== undefined && v !== null && typeof v !== 'boolean') wrongType(p, 'boolean', v, out);
};
const intOrString: Check = (v, p, out) => {
  if (v !== undefined && v !== null && typeof v !== 'string' && !Number.isInteger(v)) wrongType(p, 'integer-or-string', v, out);
};
const listOf =
  (item: Check): Check =>
  (v, p, out) => {
    if (v === undefined || v === null) return;
    if (!Array.isArray(v)) return wrongType(p, 'array', v, out);
    v.forEach((x, i) => item(x, [...p, i], out));
  };
const requiredStr: Check = (v, p, out) => {
  if (v === undefined || v === null) out.push({ path: p, message: `${fieldPath(p)}: Required value` });
  else str(v, p, out);
};
const stringMap: Check = (v, p, out) => {
  if (v === undefined || v === null) return;
  if (!isObject(v)) return wrongType(p, 'object', v, out);
  for (const k of Object.keys(v)) if (typeof v[k] !== 'string') wrongType([...p, k], 'string', v[k], out);
};
const objectOf =
  (fields: Record<string, Check>, options: { nullable?: boolean } = {}): Check =>
  (v, p, out) => {
    if (v === undefined || (v === null && options.nullable !== false)) return;
    if (!isObject(v)) return wrongType(p, 'object', v, out);
    for (const [k, check] of Object.entries(fields)) check(field(v, k), [...p, k], out);
  };
const config: Check = (v, p, out) => {
  if (v !== undefined && v !== null && typeof v !== 'string' && !isObject(v)) wrongType(p, 'object', v, out);
};

const labelSelector = objectOf({
  matchLabels: stringMap,
  matchExpressions: listOf(objectOf({ key: requiredStr, operator: requiredStr, values: listOf(strItem) }, { nullable: false })),
});

const metadata: Check = (v, p, out) => {
  if (v === undefined || v === null) {
    out.push({ path: [...p, 'name'], message: 'metadata.name: Required value: name is required' });
    return;
  }
  if (!isObject(v)) return wrongType(p, 'object', v, out);
  const name = field(v, 'name');
  if (name === undefined || name === null || name === '') out.push({ path: [...p, 'name'], message: 'metadata.name: Required value: name is required' });
  else str(name, [...p, 'name'], out);
  stringMap(field(v, 'labels'), [...p, 'labels'], out);
  stringMap(field(v, 'annotations'), [...p, 'annotations'], out);
};

const SPECS: Readonly<Record<string, Check>> = {
  MachineConfig: objectOf({
    osImageURL: str,
    baseOSExtensionsContainerImage: str,
    config,
    kernelArguments: listOf(strItem),
    extensions: listOf(strItem),
    fips: bool,
    kernelType: str,
  }),
  MachineConfigPool: objectOf({
    machineConfigSelector: labelSelector,
    nodeSelector: labelSelector,
    paused: bool,
    maxUnavailable: intOrString,
  }),
  ControllerConfig: objectOf({ osImageURL: str, baseOSContainerImage: str, baseOSExtensionsContainerImage: str }),
};

/** Every shape problem of a MachineConfig, MachineConfigPool or ControllerConfig (none for other kinds). */
export function checkObjectShape(obj: Record<string, unknown>): ShapeProblem[] {
  const kind = obj.kind as string;
  if (!Object.hasOwn(SPECS, kind)) return [];
  const spec = SPECS[kind]!;
  const out: ShapeProblem[] = [];
  metadata(field(obj, 'metadata'), ['metadata'], out);
  spec(field(obj, 'spec'), ['spec'], out);
  return out;
}
