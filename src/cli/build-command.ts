// `layering-render build -f PATH... --pool NAME --out DIR [...]`: the layered image's Containerfile and
// build context written into DIR, then the content hash and the command that builds it.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRenderError, renderContainerfile, type ImageBuild } from '../index.js';
import { CliError, formatProblem, renderErrorProblems } from './problems.js';
import { ProblemsError, releaseCatalog, renderInput } from './render-input.js';
import type { Io } from './io.js';

export const FLAVORS = ['containerfile', 'layering-prototype'] as const;
export const KARGS_MODES = ['node', 'bootc'] as const;

export interface BuildOptions {
  filename: string[];
  pool: string;
  out: string;
  flavor: (typeof FLAVORS)[number];
  baseImage?: string;
  extensionsImage?: string;
  kargs: (typeof KARGS_MODES)[number];
  release?: string;
}

/** The Containerfile's name in DIR (podman and buildah look for it by default). */
export const CONTAINERFILE = 'Containerfile';

/** A context path safe to join under DIR: relative, no `..`, no empty or odd segments. */
function checkContextPath(path: string): void {
  const segments = path.split('/');
  if (path === '' || path.startsWith('/') || path.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..') || path === CONTAINERFILE) {
    throw new CliError(`refusing to write build-context file ${JSON.stringify(path)}`);
  }
}

/** POSIX shell quoting for the printed command. */
const shellQuote = (s: string): string => (/^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function buildCommand(opts: BuildOptions, io: Io): number {
  const { rendered, loaded, warnings } = renderInput(opts.filename, opts.pool, opts.release);
  for (const w of warnings) io.err(formatProblem(w));
  let build: ImageBuild;
  try {
    build = renderContainerfile(rendered, {
      flavor: opts.flavor,
      baseImage: opts.baseImage,
      extensionsImage: opts.extensionsImage,
      kernelArguments: opts.kargs,
      extensionCatalog: releaseCatalog(opts.release),
    });
  } catch (e) {
    if (!isRenderError(e)) throw e;
    const problems = renderErrorProblems(e, { machineConfigs: loaded.byName });
    // The usual cause: no ControllerConfig in the input, so the rendered config names no OS image.
    if (/no image reference given/.test(e.message) && problems.length === 1) {
      const which = /extensions image/.test(e.message) ? '--extensions-image' : '--base-image';
      const p = problems[0]!;
      problems[0] = { ...p, message: `${p.message}: pass ${which} REF, or include the cluster's ControllerConfig (oc get controllerconfig -o yaml)` };
    }
    throw new ProblemsError(problems);
  }
  for (const path of Object.keys(build.context)) checkContextPath(path);
  try {
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, CONTAINERFILE), build.containerfile);
    for (const [path, content] of Object.entries(build.context)) {
      const target = join(opts.out, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  } catch (e) {
    throw new CliError(`cannot write to "${opts.out}": ${(e as Error).message}`);
  }
  const tag = `localhost/${rendered.poolName}:${build.contentHash.slice('sha256:'.length, 'sha256:'.length + 12)}`;
  const args = ['--file', join(opts.out, CONTAINERFILE), '--tag', tag, opts.out].map(shellQuote).join(' ');
  io.out(build.contentHash);
  io.out(`podman build ${args}`);
  io.out(`buildah build ${args}`);
  return 0;
}
