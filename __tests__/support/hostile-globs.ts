// Run in a child process by linear-glob.test.ts: every place a glob from the configuration, the
// action's inputs or the command line is matched, fed a glob that backtracks without end in
// JavaScript and a long name. Prints what each answered.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isExempt, parseConfig, templateFor } from '../../src/engine/config.js';
import { filesNeedingPlan, gateFor } from '../../src/action/require-plan.js';
import { expandPaths } from '../../src/cli/paths.js';
import { HOSTILE_GLOB, HOSTILE_NAME } from './hostile-glob.js';

const config = parseConfig(
  [
    `templates: [{ paths: ["docs/${HOSTILE_GLOB}.md"], template: routed.md }]`,
    `exempt: ["docs/${HOSTILE_GLOB}.md"]`,
    `require: { when-changed: ["src/${HOSTILE_GLOB}"] }`,
    `exempt-authors: ["${HOSTILE_GLOB}"]`
  ].join('\n'),
  '.github/plancheck.yml'
);
const dir = mkdtempSync(path.join(tmpdir(), 'plancheck-globs-'));
mkdirSync(path.join(dir, 'docs'));
writeFileSync(path.join(dir, 'docs', `${HOSTILE_NAME.slice(0, 200)}.md`), '# Plan\n');

const answers = {
  exempt: isExempt(config, `docs/${HOSTILE_NAME}.md`),
  template: templateFor(config, `docs/${HOSTILE_NAME}.md`) ?? null,
  whenChanged: filesNeedingPlan(config, [`src/${HOSTILE_NAME}`, `src/${HOSTILE_NAME}b`]).length,
  exemptAuthor: gateFor(config, { labels: [], body: '', author: HOSTILE_NAME }).kind,
  commandLine: await expandPaths([`docs/${HOSTILE_GLOB}.md`], dir).catch((e: Error) => e.message)
};
process.stdout.write(JSON.stringify(answers));
