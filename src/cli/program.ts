// The command line: commander parses, the *-command.ts files act. Exit status: 0 success, 1 invalid input
// or render failure, 2 usage error, 3 (plan) update not reconcilable. Problems go to stderr, one line
// each; a RenderError never prints a stack trace.

import { Command, CommanderError, Option } from 'commander';
import { extensionCatalogs } from '../index.js';
import { buildCommand, FLAVORS, KARGS_MODES } from './build-command.js';
import type { Io } from './io.js';
import { NODE_OSES, PLAN_OUTPUTS, planCommand } from './plan-command.js';
import { describeFailure, formatProblem } from './problems.js';
import { RENDER_OUTPUTS, renderCommand } from './render-command.js';
import { ProblemsError } from './render-input.js';
import { validateCommand } from './validate-command.js';

const FILES_HELP = 'manifest file or directory (read recursively: .yaml, .yml, .json), or - for stdin; repeatable';
const RELEASES = Object.keys(extensionCatalogs);

const releaseOption = () =>
  new Option('--release <release>', 'extension catalog to check extensions against').choices(RELEASES).default('4.13');

function build(io: Io, version: string, setStatus: (status: number) => void): Command {
  const program = new Command('layering-render')
    .description('Render OpenShift MachineConfigs offline, exactly as machine-config-operator 4.13 does.')
    .version(version, '-V, --version')
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
    })
    .exitOverride();

  program
    .command('render')
    .description("print the pool's rendered MachineConfig (as MCO 4.13 would create it), its name, or its Ignition config")
    .requiredOption('-f, --filename <path...>', FILES_HELP)
    .requiredOption('--pool <name>', 'pool to render (master and worker are built in)')
    .addOption(new Option('-o, --output <format>', 'what to print').choices(RENDER_OUTPUTS).default('yaml'))
    .addOption(releaseOption())
    .action((opts) => setStatus(renderCommand(opts, io)));

  program
    .command('build')
    .description("write the pool's layered-image Containerfile and build context into DIR; print the content hash and the build command")
    .requiredOption('-f, --filename <path...>', FILES_HELP)
    .requiredOption('--pool <name>', 'pool to build the image for (master and worker are built in)')
    .requiredOption('--out <dir>', 'directory to write the Containerfile and build context into')
    .addOption(new Option('--flavor <flavor>', 'Containerfile flavor').choices(FLAVORS).default('containerfile'))
    .option('--base-image <ref>', 'base OS image (default: the rendered osImageURL, from the ControllerConfig)')
    .option('--extensions-image <ref>', 'extensions image (default: the rendered baseOSExtensionsContainerImage)')
    .addOption(new Option('--kargs <mode>', 'kernel arguments: applied by the node daemon, or shipped as a bootc kargs.d file').choices(KARGS_MODES).default('node'))
    .addOption(releaseOption())
    .action((opts) => setStatus(buildCommand(opts, io)));

  program
    .command('plan')
    .description('print what a node does to move between two configs (exit status 3 when it cannot)')
    .argument('[rendered...]', 'two rendered MachineConfig files: OLD NEW')
    .option('-f, --filename <path...>', `the old manifests: ${FILES_HELP}`)
    .option('--against <path...>', 'the new manifests (files or directories)')
    .option('--pool <name>', 'pool to render from both sets')
    .addOption(new Option('-o, --output <format>', 'plan as text lines or as JSON').choices(PLAN_OUTPUTS).default('text'))
    .addOption(new Option('--os <os>', "the node's OS").choices(NODE_OSES).default('rhcos'))
    .addOption(releaseOption())
    .action((rendered: string[], opts) => setStatus(planCommand({ ...opts, rendered }, io)));

  program
    .command('validate')
    .description('check MachineConfigs and pools as MCO 4.13 would; print file:line:col: CODE: message per problem')
    .requiredOption('-f, --filename <path...>', FILES_HELP)
    .addOption(releaseOption())
    .action((opts) => setStatus(validateCommand(opts, io)));

  return program;
}

/** Runs the CLI on `argv` (without node and the script), returns the exit status. */
export function run(argv: readonly string[], io: Io, version: string): number {
  let status = 0;
  const program = build(io, version, (s) => (status = s));
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    program.parse([...argv], { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
      return 2; // commander already printed the message
    }
    if (e instanceof ProblemsError) {
      for (const p of e.problems) io.err(formatProblem(p));
      return 1;
    }
    const failure = describeFailure(e);
    for (const line of failure.lines) io.err(line);
    return failure.status;
  }
}
