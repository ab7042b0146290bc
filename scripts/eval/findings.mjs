// Runs the built CLI over the corpus families and returns every finding, tagged with its family
// and document, for the evaluation scripts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FAMILIES, readDoc } from './families.mjs';

/** A finding's identity across runs: the document, line, rule and section, not the wording. */
export function findingId(family, doc, f) {
  return `${family}/${doc}#L${f.line}/${f.rule}/${f.section.join(' > ')}`;
}

/**
 * Every finding on the documents that postdate their template, per family.
 * `cli` is the plancheck CLI to run (default dist/cli.js), so a before and an after build can
 * be compared on the same documents.
 */
export function collectFindings(corpus, cli, { onlyPostdating = true } = {}) {
  const out = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'plancheck-eval-'));
  try {
    collect(corpus, cli, onlyPostdating, scratch, out);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return out;
}

function collect(corpus, cli, onlyPostdating, scratch, out) {
  for (const family of FAMILIES) {
    // The family's configuration, else an empty one (the defaults, whatever the working directory holds).
    const config = path.join(scratch, `${family.name}.yml`);
    writeFileSync(config, family.config ?? '');
    const dir = path.join(corpus, family.name, 'docs');
    const groups = new Map();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const full = path.join(dir, file);
      if (onlyPostdating && !family.postdates(file, readDoc(full))) continue;
      const template = family.template(file);
      if (!groups.has(template)) groups.set(template, []);
      groups.get(template).push(full);
    }
    for (const [template, files] of groups) {
      let stdout;
      try {
        stdout = execFileSync(process.execPath, [cli, 'check', '--format', 'json', '--config', config, '--template', path.join(corpus, family.name, template), ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
      } catch (e) {
        if (e.status !== 1) throw e;
        stdout = e.stdout;
      }
      const report = JSON.parse(stdout);
      for (const d of report.documents) {
        const doc = path.basename(d.path);
        for (const f of d.findings) {
          out.push({ id: findingId(family.name, doc, f), family: family.name, doc, template, file: path.relative(corpus, d.path), ...f });
        }
      }
    }
  }
}
