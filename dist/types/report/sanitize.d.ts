/**
 * Making untrusted text (anything quoted from a document) harmless where it is shown: in
 * Markdown comments, terminals and workflow-command logs.
 */
/**
 * Escapes text for GitHub-flavoured Markdown prose: no HTML, no emphasis or links, no
 * mentions, issue references or autolinked URLs.
 */
export declare function escapeMarkdown(text: string): string;
/**
 * Quotes text as an inline code span, which GitHub renders literally: no HTML, mentions or
 * links. Comment delimiters are broken so a quote cannot imitate the report's hidden marker.
 */
export declare function codeSpan(text: string, max?: number): string;
/** Folds line breaks and control characters into spaces. */
export declare function oneLine(text: string): string;
/**
 * Makes text safe for a terminal: control characters (and so escape sequences) are shown, not
 * run, and a line break is shown too, so quoted text never starts a line (a `::` command) of its own.
 */
export declare function escapeTerminal(text: string): string;
/** Breaks the runner's legacy `##[command]` form, which it acts on anywhere in a line. */
export declare function breakLegacyCommand(text: string): string;
/**
 * Makes text one harmless line of a job log: folded onto one line, the runner's legacy
 * `##[command]` form broken wherever it stands, and no `::` at the start.
 */
export declare function escapeLogLine(text: string): string;
/**
 * Makes a URL safe as a Markdown link target: characters that end or break a link (`(`, `)`,
 * spaces, `<`, `>`, `[`, `]`, backslash) are percent-encoded.
 */
export declare function markdownUrl(url: string): string;
/** Escapes a workflow command's message, so text can never start a command of its own. */
export declare function escapeCommandData(text: string): string;
/** Escapes a workflow command's property value. */
export declare function escapeCommandProperty(text: string): string;
