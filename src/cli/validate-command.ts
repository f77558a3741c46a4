// `layering-render validate -f PATH...`: every problem MCO 4.13 (or the API server before it) would find,
// each printed where it is written: `file:line:col: CODE: message`. Checked: the objects' shape; per
// MachineConfig the kernel type, the Ignition config (parsed and validated as MCO does: Ignition's own
// rules), the extensions (against a release's catalog, default 4.13) and the label syntax; per pool the
// label selectors, requirement by requirement. Exit status 1 when there is an error.

import {
  isRenderError,
  parseIgnition,
  resolvePackages,
  selectMachineConfigs,
  validateIgnition,
  type ExtensionCatalog,
  type LabelSelector,
  type MachineConfig,
  type MachineConfigPool,
  type RenderError,
} from '../index.js';
import { readInputs, type Located, type SourceFile } from './inputs.js';
import { formatProblem, locate, oneLine, renderErrorProblems, reportLines, typeErrorPath, type Problem } from './problems.js';
import { releaseCatalog } from './render-input.js';
import type { Io } from './io.js';

const MCO_API_VERSION = 'machineconfiguration.openshift.io/v1';
const KERNEL_TYPES = ['', 'default', 'realtime'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Finding {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** JSON path inside the Ignition config. */
  path: string;
}

/** The Ignition config's problems, as MCO's parse (with Ignition's validation) and validateIgnition see them. */
function ignitionFindings(raw: unknown): Finding[] {
  let parsed;
  try {
    parsed = parseIgnition(raw);
  } catch (e) {
    if (!isRenderError(e)) throw e;
    const lines = reportLines(e.message);
    if (lines.length === 0) {
      const path = e.path ?? (/cannot unmarshal/.test(e.message) ? typeErrorPath(raw) : undefined) ?? '$';
      return [{ severity: 'error', code: e.code, message: oneLine(e.message), path }];
    }
    // Ignition's report has no codes; for a 3.2 config the library's validator names them.
    const codes = new Map<string, string>();
    if (isObject(raw) && isObject(raw.ignition) && raw.ignition.version === '3.2.0') {
      try {
        for (const d of validateIgnition(raw as never)) codes.set(`${d.path} ${d.message}`, d.code);
      } catch {
        // A type error: the report's lines stand alone.
      }
    }
    return lines.map((l) => ({
      severity: l.severity,
      code: codes.get(`${l.path} ${l.message}`) ?? (l.severity === 'error' ? e.code : 'IGNITION_WARNING'),
      message: l.message,
      path: l.path,
    }));
  }
  return validateIgnition(parsed).map((d) => ({ severity: d.severity, code: d.code, message: d.message, path: d.path }));
}

/** The RenderError a selector gets from apimachinery's rules, if any. */
function selectorError(selector: LabelSelector): RenderError | undefined {
  try {
    selectMachineConfigs({ metadata: { name: 'validate' }, spec: { machineConfigSelector: selector } }, []);
  } catch (e) {
    if (isRenderError(e) && e.code === 'INVALID_SELECTOR') return e;
    if (isRenderError(e) && e.code === 'NO_MACHINE_CONFIGS') return undefined;
    throw e;
  }
  return undefined;
}

const selectorMessage = (e: RenderError): string => e.message.replace(/^invalid label selector: /, '');

function checkMachineConfig(l: Located<MachineConfig>, catalog: ExtensionCatalog): Problem[] {
  const out: Problem[] = [];
  const name = l.object.metadata?.name ?? '';
  const spec = l.object.spec ?? {};
  const add = (severity: 'error' | 'warning', code: string, message: string, path: string): void => {
    out.push({ severity, code, message: `MachineConfig ${name}: ${message}`, at: locate(l, path) });
  };

  for (const [key, value] of Object.entries(l.object.metadata?.labels ?? {})) {
    const e = selectorError({ matchLabels: { [key]: value } });
    if (e !== undefined) add('error', 'INVALID_LABEL', `label ${JSON.stringify(key)}: ${selectorMessage(e)}`, `$.metadata.labels.${key}`);
  }

  const kernelType = spec.kernelType ?? '';
  const validKernelType = KERNEL_TYPES.includes(kernelType);
  if (!validKernelType) add('error', 'INVALID_KERNEL_TYPE', `kernelType=${kernelType} is invalid`, '$.spec.kernelType');

  if (spec.config !== undefined && spec.config !== null) {
    for (const f of ignitionFindings(spec.config)) add(f.severity, f.code, f.message, '$.spec.config' + f.path.slice(1));
  }

  const extensions = spec.extensions ?? [];
  const known: string[] = [];
  extensions.forEach((ext, i) => {
    if (Object.hasOwn(catalog.extensions, ext)) {
      known.push(ext);
      return;
    }
    try {
      resolvePackages({ extensions: [ext] }, catalog);
    } catch (e) {
      if (!isRenderError(e)) throw e;
      add('error', e.code, `${oneLine(e.message)} (release ${catalog.release})`, `$.spec.extensions.${i}`);
    }
  });
  if (validKernelType) {
    try {
      resolvePackages({ extensions: known, ...(kernelType === '' ? {} : { kernelType: kernelType as 'default' }) }, catalog);
    } catch (e) {
      if (!isRenderError(e)) throw e;
      add('error', e.code, oneLine(e.message), '$.spec.extensions');
    }
  }
  return out;
}

function checkPool(l: Located<MachineConfigPool>): Problem[] {
  const out: Problem[] = [];
  const name = l.object.metadata?.name ?? '';
  const spec = l.object.spec ?? {};
  const add = (severity: 'error' | 'warning', code: string, message: string, path: string): void => {
    out.push({ severity, code, message: `MachineConfigPool ${name}: ${message}`, at: locate(l, path) });
  };
  for (const field of ['machineConfigSelector', 'nodeSelector'] as const) {
    const selector = spec[field];
    const base = `$.spec.${field}`;
    if (selector === undefined || selector === null || (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0)) {
      if (field === 'machineConfigSelector') add('warning', 'EMPTY_SELECTOR', `${field} is empty: MCO renders nothing for this pool`, base);
      continue;
    }
    for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
      const e = selectorError({ matchLabels: { [key]: value } });
      if (e !== undefined) add('error', 'INVALID_SELECTOR', `${field}: ${selectorMessage(e)}`, `${base}.matchLabels.${key}`);
    }
    (selector.matchExpressions ?? []).forEach((requirement, i) => {
      const e = selectorError({ matchExpressions: [requirement] });
      if (e === undefined) return;
      const message = selectorMessage(e);
      const part = message.startsWith('key') ? '.key' : /^values|: values/.test(message) ? '.values' : '.operator';
      add('error', 'INVALID_SELECTOR', `${field}: ${message}`, `${base}.matchExpressions.${i}${part}`);
    });
  }
  return out;
}

export interface ValidateOptions {
  filename: string[];
  release?: string;
}

export function validateCommand(opts: ValidateOptions, io: Io): number {
  const catalog = releaseCatalog(opts.release);
  const inputs = readInputs(opts.filename, { collect: true });
  const problems: Problem[] = inputs.problems.flatMap((e) => renderErrorProblems(e));
  const seen = new Map<string, Located>();
  for (const l of inputs.objects) {
    const { kind, apiVersion } = l.object;
    if (apiVersion !== MCO_API_VERSION) continue;
    if (kind === 'MachineConfig' || kind === 'MachineConfigPool') {
      const key = `${kind}/${l.object.metadata?.name ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const at = locate(first, '$');
        const where = at === undefined ? first.file.path : `${at.file ?? first.file.path}:${at.line}`;
        problems.push({ severity: 'error', code: 'DUPLICATE_NAME', message: `${kind} ${l.object.metadata?.name ?? ''} is defined twice (first at ${where})`, at: locate(l, '$.metadata.name') });
      } else {
        seen.set(key, l);
      }
    }
    if (kind === 'MachineConfig') problems.push(...checkMachineConfig(l as Located<MachineConfig>, catalog));
    else if (kind === 'MachineConfigPool') problems.push(...checkPool(l as Located<MachineConfigPool>));
  }
  // Compiler order: by file (as read), then line and column.
  const fileOrder = new Map<string, number>(inputs.files.map((f: SourceFile, i) => [f.path, i]));
  const order = (p: Problem): [number, number, number] => [fileOrder.get(p.at?.file ?? '') ?? -1, p.at?.line ?? 0, p.at?.column ?? 0];
  const sorted = problems
    .map((p, i) => ({ p, i, k: order(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.p);
  for (const p of sorted) io.out(formatProblem(p));
  return sorted.some((p) => p.severity === 'error') ? 1 : 0;
}
