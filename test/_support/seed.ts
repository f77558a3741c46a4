// The bundled seed example (examples/seed) as objects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { MachineConfig, MachineConfigPool } from '../../src/index.js';

const dir = fileURLToPath(new URL('../../examples/seed/', import.meta.url));

export function loadSeed(): { pool: MachineConfigPool; machineConfigs: MachineConfig[] } {
  const objects = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8'), { version: '1.1' }).map((d) => d.toJS() as Record<string, unknown>));
  const pool = objects.find((o) => o.kind === 'MachineConfigPool') as MachineConfigPool;
  const machineConfigs = objects.filter((o) => o.kind === 'MachineConfig') as MachineConfig[];
  return { pool, machineConfigs };
}
