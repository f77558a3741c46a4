// Reading `-f PATH...` as `oc apply -f` does: files as named, directories recursively (files ending in
// .yaml, .yml or .json, in name order), `-` for standard input. Each file is parsed by the library's
// readManifests, which keeps where every object and field was written.

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readManifests, type KubeObject, type ManifestError, type ManifestSource } from '../index.js';
import { CliError } from './problems.js';

export interface SourceFile {
  /** The path as the user wrote it (joined with the path inside a directory). */
  readonly path: string;
  readonly source: ManifestSource;
}

export interface Located<T = KubeObject> {
  readonly object: T;
  readonly file: SourceFile;
}

export interface Inputs {
  readonly files: SourceFile[];
  readonly objects: Located[];
  /** With `collect`: files that failed to parse and objects with shape problems. */
  readonly problems: ManifestError[];
}

const MANIFEST = /\.(ya?ml|json)$/;

/** Every manifest file under `paths`, in order, each once. */
function expand(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  const visitDir = (dir: string): void => {
    const real = realpathSync(dir);
    if (seenDirs.has(real)) return; // a symlink loop, or a directory named twice
    seenDirs.add(real);
    // The entries' types come with the listing: only symlinks need a stat (to follow them).
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const st = statSync(p, { throwIfNoEntry: false });
        if (st === undefined) continue; // a dangling symlink
        isDirectory = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDirectory) visitDir(p);
      else if (isFile && MANIFEST.test(entry.name)) out.push(p);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    const st = statSync(p, { throwIfNoEntry: false });
    if (st === undefined) throw new CliError(`the path "${p}" does not exist`);
    if (st.isDirectory()) visitDir(p);
    else out.push(p);
  }
  return out;
}

/** One strict UTF-8 decoder for every file (making one per file costs more than decoding a small file). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** File bytes → text: UTF-8 (a BOM is left to the parser), or UTF-16 with a BOM as go-yaml accepts it. */
function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return UTF8.decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\ufffd');
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new CliError(`${path}:${line}:${column}: INVALID_INPUT: invalid UTF-8 (manifests are read as UTF-8)`);
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${path === '-' ? 'standard input' : `"${path}"`}: ${code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
}

const isManifestError = (e: unknown): e is ManifestError =>
  e instanceof Error && e.name === 'RenderError' && typeof (e as Partial<ManifestError>).line === 'number';

/**
 * Reads and parses every manifest under `paths`. Without `collect`, the first problem throws (a
 * positioned RenderError); with it, problems are returned and reading goes on.
 */
export function readInputs(paths: readonly string[], options: { collect?: boolean } = {}): Inputs {
  const files: SourceFile[] = [];
  const objects: Located[] = [];
  const problems: ManifestError[] = [];
  for (const path of expand(paths)) {
    const display = path === '-' ? '<stdin>' : path;
    const text = decodeText(readBytes(path), display);
    let source: ManifestSource;
    try {
      source = readManifests(text, { filename: display, collect: options.collect === true });
    } catch (e) {
      if (options.collect === true && isManifestError(e)) {
        problems.push(e);
        continue;
      }
      throw e;
    }
    const file = { path: display, source };
    files.push(file);
    problems.push(...source.problems);
    for (const object of source.objects) objects.push({ object, file });
  }
  return { files, objects, problems };
}
