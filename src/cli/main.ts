// Entry point of the `layering-render` bin (built to dist/cli.js). The only file that touches the process:
// arguments in, lines out, exit status set (not process.exit, so piped output is flushed first).

import { readFileSync } from 'node:fs';
import type { Io } from './io.js';
import { run } from './program.js';

/** The package version, from the package.json next to dist/ (or the repository root in development). */
function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@layering/render' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

// The `yaml` parser reads process.env.LOG_TOKENS once per token, and every read of the real process.env
// calls into the C++ environment: a plain copy makes a large input parse about a quarter faster. The CLI
// starts no child processes, so nothing else sees the difference.
process.env = { ...process.env };

const io: Io = {
  out: (line) => void process.stdout.write(line + '\n'),
  err: (line) => void process.stderr.write(line + '\n'),
};

process.exitCode = run(process.argv.slice(2), io, packageVersion());
