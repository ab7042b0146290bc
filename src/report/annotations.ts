import { ANNOTATION_ORDER } from '../engine/rules/registry.js';
import type { DocumentResult, Finding, Severity } from '../engine/types.js';
import { escapeCommandData, escapeCommandProperty, escapeLogLine } from './sanitize.js';

/** One annotation on a document line, as the runner shows it. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  col: number;
  title: string;
  message: string;
}

const LEVEL: Record<Severity, Annotation['level']> = { error: 'error', warning: 'warning', info: 'notice' };

/** The annotation for a finding. */
export function toAnnotation(path: string, f: Finding): Annotation {
  const section = f.section.length > 0 ? ` [${f.section.join(' > ')}]` : '';
  return {
    level: LEVEL[f.severity],
    file: path,
    line: f.line,
    col: f.column,
    title: `plancheck ${f.rule}`,
    message: escapeLogLine(`${f.message}${section}${f.fix ? `. ${f.fix}` : ''}`)
  };
}

/** The findings of one severity chosen for annotations, and how many were left out. */
export interface AnnotationPick {
  level: Severity;
  chosen: Array<{ r: DocumentResult; f: Finding }>;
  rest: number;
}

/**
 * Which findings get one of the `perLevel` annotations GitHub shows per severity: by the rules'
 * annotation order, spread over documents first so every incomplete document gets at least one.
 */
export function selectAnnotations(results: DocumentResult[], perLevel: number): AnnotationPick[] {
  const all = results.flatMap((r, docIndex) => r.findings.map((f) => ({ r, f, docIndex })));
  const rank = (f: Finding): number => ANNOTATION_ORDER.indexOf(f.rule);
  return (['error', 'warning', 'info'] as const).map((level) => {
    const list = all.filter((x) => x.f.severity === level);
    list.sort((a, b) => rank(a.f) - rank(b.f) || a.docIndex - b.docIndex || a.f.line - b.f.line);
    const chosen = new Set<(typeof list)[number]>();
    const seenDocs = new Set<number>();
    for (const x of list) {
      if (chosen.size < perLevel && !seenDocs.has(x.docIndex)) {
        chosen.add(x);
        seenDocs.add(x.docIndex);
      }
    }
    for (const x of list) if (chosen.size < perLevel) chosen.add(x);
    return { level, chosen: [...chosen].map(({ r, f }) => ({ r, f })), rest: list.length - chosen.size };
  });
}

/** Workflow commands (`::error file=…,line=…::…`), one a line, with every value escaped. */
export function formatGithub(results: DocumentResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const a = toAnnotation(r.path, f);
      const props = `file=${escapeCommandProperty(a.file)},line=${a.line},col=${a.col},title=${escapeCommandProperty(a.title)}`;
      lines.push(`::${a.level} ${props}::${escapeCommandData(a.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
