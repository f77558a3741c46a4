#!/usr/bin/env node
// Renders the bundled seed example (examples/seed: the `layered` pool and its four MachineConfigs)
// with the built package and prints the rendered MachineConfig as YAML.
// `--build`: print the layered image's Containerfile, build-context files and content hash instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, stringify } from 'yaml';

const dir = fileURLToPath(new URL('../examples/seed/', import.meta.url));
const api = await import(new URL('../dist/index.js', import.meta.url));
const objects = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8'), { version: '1.1' }).map((d) => d.toJS()))
  .filter(Boolean);
const pool = objects.find((o) => o.kind === 'MachineConfigPool');
const machineConfigs = objects.filter((o) => o.kind === 'MachineConfig');
const rendered = api.renderPool({ pool, machineConfigs });
for (const w of rendered.warnings) console.error(`warning: ${w.machineConfig ?? rendered.name}: ${w.path}: ${w.message}`);

if (process.argv.includes('--build')) {
  // The example has no ControllerConfig, so name the images (the seed demo's RHCOS 4.13 images).
  const build = api.renderContainerfile(rendered, {
    baseImage: 'registry.ci.openshift.org/rhcos-devel/rhel-coreos:4.13',
    extensionsImage: 'registry.ci.openshift.org/rhcos-devel/rhel-coreos-extensions:4.13',
  });
  process.stdout.write(build.containerfile);
  console.log(`\n# build context: ${Object.keys(build.context).sort().join(', ')}`);
  console.log(`# content hash: ${build.contentHash}`);
} else {
  process.stdout.write(stringify(rendered.machineConfig));
}
