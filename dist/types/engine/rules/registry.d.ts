import type { Severity } from '../types.js';
/** Every rule, in the order reports list them (SARIF rule indices follow it). */
export declare const RULES: readonly [import("./rule.js").Rule<"missing-section">, import("./rule.js").Rule<"empty-section">, import("./rule.js").Rule<"placeholder">, import("./rule.js").Rule<"template-text">, import("./rule.js").Rule<"unchecked-item">, import("./rule.js").Rule<"heading-mismatch">, import("./rule.js").Rule<"heading-level">, import("./rule.js").Rule<"section-order">, import("./rule.js").Rule<"unknown-section">, import("./rule.js").Rule<"unreadable-document">, import("./rule.js").Rule<"plan-required">];
/** One rule id. */
export type RuleId = (typeof RULES)[number]['id'];
/** Stable identifiers of the rules; reports and configuration refer to them by these names. */
export declare const RULE_IDS: readonly RuleId[];
/** Each rule's severity when the configuration says nothing. */
export declare const DEFAULT_SEVERITY: Record<RuleId, Severity>;
/** Where the rules' pages are published. */
export declare const DOCS_URL = "https://github.com/plancheck/plancheck/blob/main/docs/rules";
/** The docs page of a rule, relative to the repository root. */
export declare function docsPath(id: RuleId): string;
/** The published docs page of a rule. */
export declare function helpUri(id: RuleId): string;
/** Rule ids in the order annotations are chosen when there are more than GitHub shows. */
export declare const ANNOTATION_ORDER: readonly RuleId[];
