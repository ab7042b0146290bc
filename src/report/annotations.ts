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
