/**
 * Making untrusted text (anything quoted from a document) harmless where it is shown: in
 * Markdown comments, terminals and workflow-command logs.
 */

/** Zero-width space as an HTML entity: breaks `@mention`, `#123` and URL detection on GitHub. */
const ZWSP = '&#8203;';

/**
 * Escapes text for GitHub-flavoured Markdown prose: no HTML, no emphasis or links, no
 * mentions, issue references or autolinked URLs.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()#+!|~{}])/g, '\\$1')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * Quotes text as an inline code span, which GitHub renders literally: no HTML, mentions or
 * links. Comment delimiters are broken so a quote cannot imitate the report's hidden marker.
 */
export function codeSpan(text: string, max = 80): string {
  let t = breakLegacyCommand(oneLine(text)).replace(/<!--/g, '<!‐‐').replace(/-->/g, '‐‐>');
  const chars = Array.from(t);
  if (chars.length > max) t = chars.slice(0, max - 1).join('') + '…';
  let longest = 0;
  for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || t.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${t === '' ? ' ' : t}${pad}${fence}`;
}

/** Folds line breaks and control characters into spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/**
 * Makes text safe for a terminal: control characters (and so escape sequences) are shown, not
 * run, and a line break is shown too, so quoted text never starts a line (a `::` command) of its own.
 */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return breakLegacyCommand(text).replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Breaks the runner's legacy `##[command]` form, which it acts on anywhere in a line. */
export function breakLegacyCommand(text: string): string {
  return text.replace(/##\[/g, '##\u200b[');
}

/**
 * Makes text one harmless line of a job log: folded onto one line, the runner's legacy
 * `##[command]` form broken wherever it stands, and no `::` at the start.
 */
export function escapeLogLine(text: string): string {
  return breakLegacyCommand(oneLine(text)).replace(/^(\s*):/, '$1\u200b:');
}

/**
 * Makes a URL safe as a Markdown link target: characters that end or break a link (`(`, `)`,
 * spaces, `<`, `>`, `[`, `]`, backslash) are percent-encoded.
 */
export function markdownUrl(url: string): string {
  return url.replace(/[()<>[\]\\\s"']/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Escapes a workflow command's message, so text can never start a command of its own. */
export function escapeCommandData(text: string): string {
  return breakLegacyCommand(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
