import type { Processor } from 'unified';
/** Which optional parts {@link remarkPlan} adds. */
export interface RemarkPlanOptions {
    /** GFM tables (default true). A text with no line shaped like a table's delimiter row has no table, and parses faster without them. */
    tables?: boolean;
}
/**
 * The parts of GitHub-flavoured Markdown a plan check reads: tables, task lists, footnotes and
 * strikethrough. Bare-URL autolinking is left out: it costs about a third of the parse, changes
 * nothing the rules look at, and its serializer (which `remark-gfm` brings) is never used.
 */
export declare function remarkPlan(this: Processor, options?: RemarkPlanOptions): void;
