import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isExempt, loadConfig, templateFor, type PlancheckConfig } from '../engine/config.js';
import { DEFAULT_TEMPLATE } from '../engine/default-template.js';
import { checkFiles } from './check-files.js';
import { CLI_OPTIONS } from './quick-check.js';
import type { StartedWorker } from '../budget/worker-start.js';
import type { DocumentResult } from '../engine/types.js';
import { formatGithub } from '../report/annotations.js';
import { formatJson } from '../report/json.js';
import { renderChecklist } from '../report/checklist.js';
import { escapeTerminal } from '../report/sanitize.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text-report.js';
import { boundedDistance } from '../engine/text-utils.js';
import { VERSION } from '../version.js';
import { expandPaths } from './paths.js';
import { explain } from './explain.js';

/** Exit statuses: the contract scripts and CI rely on. */
export const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  color: boolean;
  /** The bundled CLI's own file, started as worker threads when there are many documents. */
  workerScript?: string;
  /** How many workers at most (default: one; `PLANCHECK_WORKERS` sets more). */
  workers?: number;
  /** A worker started before the arguments were read; stopped when no document needs it. */
  startedWorker?: StartedWorker;
}

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `plancheck ${VERSION}: check Markdown planning documents against their template

Usage:
  plancheck check [options] PATHS...   check documents (files, directories, globs, or - for stdin)
  plancheck init [--template FILE] PATH   start a new document from the template
  plancheck explain [--template FILE] [--format text|json]   show how the template is read:
                                       each section required or optional and why, placeholders,
                                       guidance, examples, text to keep
  plancheck --version | --help

Options for check:
  -t, --template FILE   template to check against (default: the configured one, else the built-in)
  -c, --config FILE     configuration file (default: .github/plancheck.yml when present)
  -f, --format FORMAT   text (default), json, markdown, sarif or github

Exit status: 0 every document is complete, 1 some document is not, 2 bad usage or unreadable input.
`;

/** Runs the command line; returns the exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`plancheck: ${escapeTerminal(message)}\n`);
    return EXIT.usage;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS
    });
  } catch (e) {
    return usage(`${describeArgError(e as Error & { code?: string })} (see plancheck --help)`);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT.passed;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.passed;
  }
  if (command === 'init') return init(rest, values.template, values.config, io, usage);
  if (command === 'explain') {
    if (rest.length > 0) return usage('explain takes no paths: plancheck explain [--template FILE]');
    const how = values.format ?? 'text';
    if (how !== 'text' && how !== 'json') return usage(`unknown format '${how}' for explain (expected text or json)`);
    try {
      io.stdout(await explain(io.cwd, values.template, await configFor(values.config, io.cwd), how));
    } catch (e) {
      return usage((e as Error).message);
    }
    return EXIT.passed;
  }
  if (command !== 'check') return usage(`unknown command '${command}' (expected check, init or explain)`);

  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) return usage(`unknown format '${values.format}' (expected ${FORMATS.join(', ')})`);
  if (rest.length === 0) return usage('no documents given (plancheck check PATHS...)');

  let config: PlancheckConfig;
  try {
    config = await configFor(values.config, io.cwd);
  } catch (e) {
    return usage((e as Error).message);
  }

  let files: string[];
  try {
    files = await expandPaths(rest, io.cwd);
  } catch (e) {
    return usage((e as Error).message);
  }

  const wanted = files.filter((f) => f === '-' || !isExempt(config, f));
  const outcomes = await checkFiles({ cwd: io.cwd, config, template: values.template, files: wanted }, io.readStdin, io.workerScript, io.workers, io.startedWorker);
  const results: DocumentResult[] = [];
  let unreadable = false;
  let unchecked = 0;
  for (const o of outcomes) {
    if (o.templateError) return usage(o.templateError);
    if (o.readError) {
      io.stderr(`plancheck: ${escapeTerminal(o.file)}: ${o.readError}\n`);
      unreadable = true;
      unchecked++;
      continue;
    }
    const result = o.result as DocumentResult;
    const broken = result.findings.find((f) => f.rule === 'unreadable-document');
    if (broken) {
      io.stderr(`plancheck: ${escapeTerminal(result.path)}:${broken.line}: ${escapeTerminal(broken.data?.unreadable?.reason ?? broken.message)}\n`);
      unreadable = true;
    }
    results.push(result);
  }

  io.stdout(render(results, format, io.color, unchecked));
  if (unreadable) return EXIT.usage;
  return results.every((r) => r.passed) ? EXIT.passed : EXIT.failed;
}

function render(results: DocumentResult[], format: Format, color: boolean, unchecked: number): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'markdown':
      return renderChecklist(results);
    case 'sarif':
      return formatSarif(results, VERSION);
    case 'github':
      return formatGithub(results);
    default:
      return formatText(results, color, unchecked);
  }
}

/** The configuration: `--config FILE`, else the first candidate in the working directory. */
async function configFor(file: string | undefined, cwd: string): Promise<PlancheckConfig> {
  return (await loadConfig((p) => readConfig(p, cwd), file, (p) => new Error(`${p}: no such configuration file`))).config;
}

/** A configuration file's bytes, or `undefined` when there is none. */
async function readConfig(file: string, cwd: string): Promise<Uint8Array | undefined> {
  try {
    return await fs.readFile(path.resolve(cwd, file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

async function init(args: string[], templateOption: string | undefined, configFile: string | undefined, io: CliIo, usage: (m: string) => number): Promise<number> {
  if (args.length !== 1) return usage('init takes one path: plancheck init docs/plans/my-feature.md');
  const target = path.resolve(io.cwd, args[0]);
  let template = templateOption;
  if (template === undefined) {
    // The template `check` will hold the new document to: the configuration's route for its path.
    try {
      template = templateFor(await configFor(configFile, io.cwd), path.relative(io.cwd, target).split(path.sep).join('/'));
    } catch (e) {
      return usage((e as Error).message);
    }
  }
  let text = DEFAULT_TEMPLATE;
  if (template) {
    try {
      text = await fs.readFile(path.resolve(io.cwd, template), 'utf8');
    } catch {
      return usage(`${template}: cannot read the template`);
    }
  }
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    // 'wx' fails when the file exists: an author's document is never overwritten.
    await fs.writeFile(target, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return usage(`${args[0]}: already exists; not overwriting it`);
    return usage(`${args[0]}: ${(e as Error).message}`);
  }
  io.stdout(`Created ${args[0]} from the ${template ? `template ${template}` : 'built-in template'}. Fill it in, then run: plancheck check ${args[0]}\n`);
  return EXIT.passed;
}

const OPTION_NAMES = ['template', 'config', 'format', 'help', 'version'];

/** A parse error in plain words; a mistyped long option gets the nearest real one. */
function describeArgError(e: Error & { code?: string }): string {
  if (e.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return e.message;
  const given = /'(-[^']*)'/.exec(e.message)?.[1];
  if (given === undefined) return e.message;
  const name = given.replace(/^-+/, '').replace(/=.*$/, '');
  const shown = given.replace(/=.*$/, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const o of OPTION_NAMES) {
    const d = boundedDistance(name, o, 2);
    if (d <= 2 && d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return `unknown option '${shown}'${best ? `; did you mean '--${best}'?` : ''}`;
}
