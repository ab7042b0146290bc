import type { Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

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
export function remarkPlan(this: Processor, options: RemarkPlanOptions = {}): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const tables = options.tables !== false;
  (data.micromarkExtensions ??= []).push(...(tables ? [gfmTable()] : []), gfmTaskListItem(), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(...(tables ? [gfmTableFromMarkdown()] : []), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}
