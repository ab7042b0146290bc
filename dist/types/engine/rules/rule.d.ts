import type { FindingData, Severity } from '../types.js';
import type { CheckContext } from './check-context.js';
/** What every rule declares about itself; reports, configuration and docs are derived from it. */
export interface RuleMeta<Id extends string = string> {
    /** Stable identifier, used in configuration and every report. */
    id: Id;
    /** What the rule finds, in one sentence (SARIF, README). */
    description: string;
    /** Severity when the configuration says nothing. */
    severity: Severity;
    /** A leftover of unwritten text: a draft's findings of this rule are demoted to warnings. */
    leftover: boolean;
    /** Lower comes first when there are more annotations than GitHub shows. */
    priority: number;
}
/** Where a finding is and what it says; the rule id and severity are added by the context. */
export interface FindingDraft {
    section: string[];
    line: number;
    column: number;
    message: string;
    fix?: string;
    excerpt?: string;
    data?: FindingData;
    /** The section is optional: an error becomes a warning (cause `optional`). */
    optional?: boolean;
    /** Another reason an error becomes a warning: a bare answer, a marker inside a sentence, a later stage's question. */
    demote?: 'bare-answer' | 'in-sentence' | 'later-stage' | 'answered-prompt' | 'single-item';
}
/** Hands one finding of the calling rule to the result. */
export type Report = (finding: FindingDraft) => void;
/** A rule: its metadata, and its check over a document's context (none for rules raised elsewhere). */
export interface Rule<Id extends string = string> extends RuleMeta<Id> {
    check?: (ctx: CheckContext, report: Report) => void;
}
/** Declares a rule, keeping its id as a literal type so the registry can derive `RuleId`. */
export declare function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id>;
