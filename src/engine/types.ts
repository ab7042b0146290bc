/** Markers that mean "not written yet" in any document. */
export const DEFAULT_MARKERS = ['TBD', 'TODO', 'FIXME', 'XXX', '<placeholder>', 'YYYY-MM-DD'];

/** Stable identifiers of the rules; reports and configuration refer to them by these names. */
export const RULE_IDS = [
  'missing-section',
  'empty-section',
  'placeholder',
  'template-text',
  'unchecked-item',
  'heading-mismatch',
  'heading-level',
  'section-order',
  'unknown-section',
  'unreadable-document'
] as const;

/** One of {@link RULE_IDS}. */
export type RuleId = (typeof RULE_IDS)[number];

/** How much a finding matters; `error` fails a document. */
export type Severity = 'error' | 'warning' | 'info';

/** The severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Each rule's severity when the configuration says nothing. */
export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'missing-section': 'error',
  'empty-section': 'error',
  placeholder: 'error',
  'template-text': 'error',
  'unchecked-item': 'error',
  'heading-mismatch': 'warning',
  'heading-level': 'warning',
  'section-order': 'warning',
  'unknown-section': 'info',
  'unreadable-document': 'error'
};

/** One thing wrong with a document, at a 1-based line and column of that document. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The template's heading path, in the template's own words; empty for the document as a whole. */
  section: string[];
  line: number;
  column: number;
  message: string;
  /** What to do about it, in a sentence; shown in the PR comment. */
  fix?: string;
  /** The leftover text a placeholder or template-text finding is about, unescaped and untrusted. */
  excerpt?: string;
}

/** A template section as it appears in the report's checklist. */
export interface SectionStatus {
  section: string[];
  depth: number;
  optional: boolean;
  /** The 1-based line of the matching heading in the document, when there is one. */
  line?: number;
  /** `ok` when the section has no finding of error or warning severity. */
  state: 'ok' | 'missing' | 'incomplete' | 'warning' | 'optional-missing';
}

/** The result of checking one document. */
export interface DocumentResult {
  path: string;
  template: string;
  passed: boolean;
  findings: Finding[];
  sections: SectionStatus[];
  /** True when the document declares itself a draft (see the `draft` configuration). */
  draft: boolean;
  /** Lines in the document, so that reports can keep every line they cite inside it. */
  lineCount: number;
}
