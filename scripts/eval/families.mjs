// The corpus families the evaluation reads: which template each document is checked against,
// and which documents postdate their template (only those are judged, see docs/evaluation.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** First `created:`/`Start Date:`-style date in a document, as YYYY-MM-DD, or ''. */
function dateField(text, pattern) {
  const m = pattern.exec(text);
  return m ? m[1] : '';
}

/**
 * Each family: its folder, the template a document goes with, whether the document was written
 * after that template took its present shape, and the configuration (`.github/plancheck.yml`
 * text) a team using that template would write; none means the defaults.
 */
export const FAMILIES = [
  {
    name: 'rust-rfcs',
    template: () => 'template.md',
    // The template took its present sections (prior art, future possibilities) during 2018.
    postdates: (file, text) => dateField(text, /^\s*-\s*Start Date:\s*(\d{4}-\d{2}-\d{2})/im) >= '2019-01-01'
  },
  {
    name: 'keps',
    template: () => 'template.md',
    // KEPs numbered 3000 and up were opened from late 2021, after the production readiness
    // questionnaire and the other present sections were in the template.
    postdates: (file) => {
      const m = /--(\d+)-/.exec(file);
      return m !== null && Number(m[1]) >= 3000;
    }
  },
  {
    name: 'ercs',
    template: () => 'template.md',
    postdates: (file, text) => dateField(text, /^created:\s*(\d{4}-\d{2}-\d{2})/m) >= '2023-10-25',
    // The ERC process has drafts: the template's front matter says `status: Draft` and its
    // sections say "The current placeholder is acceptable for a draft.", so a team gating ERCs
    // turns front matter drafts on; a draft's leftovers are then warnings until its status moves.
    config: 'draft: true\n'
  },
  {
    name: 'cometbft',
    template: (file) => (/(^|--)rfc-/.test(file) ? 'template-rfc.md' : 'template.md'),
    postdates: (file) => {
      if (/(^|--)rfc-/.test(file)) return true;
      const m = /(?:^|--)adr-(\d+)/.exec(file);
      return m !== null && Number(m[1]) >= 59;
    }
  },
  { name: 'semantic-kernel-adrs', template: () => 'template.md', postdates: () => true },
  { name: 'polkadot-rfcs', template: () => 'template.md', postdates: () => true }
];

/** Where the corpus is: `$PLANCHECK_CORPUS`, else `../shared/corpus` beside the repository. */
export function corpusRoot(repoRoot) {
  return process.env.PLANCHECK_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
}

/** Reads a document's text (the corpus is UTF-8). */
export function readDoc(file) {
  return readFileSync(file, 'utf8');
}
