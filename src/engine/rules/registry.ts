import type { Severity } from '../types.js';
import { emptySection } from './empty-section.js';
import { headingLevel } from './heading-level.js';
import { headingMismatch } from './heading-mismatch.js';
import { missingSection } from './missing-section.js';
import { placeholder } from './placeholder.js';
import { planRequired } from './plan-required.js';
import { sectionOrder } from './section-order.js';
import { templateText } from './template-text.js';
import { uncheckedItem } from './unchecked-item.js';
import { unknownSection } from './unknown-section.js';
import { unreadableDocument } from './unreadable-document.js';

/** Every rule, in the order reports list them (SARIF rule indices follow it). */
export const RULES = [missingSection, emptySection, placeholder, templateText, uncheckedItem, headingMismatch, headingLevel, sectionOrder, unknownSection, unreadableDocument, planRequired] as const;

/** One rule id. */
export type RuleId = (typeof RULES)[number]['id'];

/** Stable identifiers of the rules; reports and configuration refer to them by these names. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Each rule's severity when the configuration says nothing. */
export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<RuleId, Severity>;

/** Where the rules' pages are published. */
export const DOCS_URL = 'https://github.com/plancheck/plancheck/blob/main/docs/rules';

/** The docs page of a rule, relative to the repository root. */
export function docsPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}

/** The published docs page of a rule. */
export function helpUri(id: RuleId): string {
  return `${DOCS_URL}/${id}.md`;
}

/** Rule ids in the order annotations are chosen when there are more than GitHub shows. */
export const ANNOTATION_ORDER: readonly RuleId[] = [...RULES].sort((a, b) => a.priority - b.priority).map((r) => r.id);
