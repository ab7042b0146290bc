export const id = 155;
export const ids = [155];
export const modules = {

/***/ 5155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckSession: () => (/* binding */ CheckSession)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var lib = __webpack_require__(1519);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 46 modules
var remark_parse_lib = __webpack_require__(5276);
// EXTERNAL MODULE: ./node_modules/remark-frontmatter/lib/index.js + 5 modules
var remark_frontmatter_lib = __webpack_require__(1239);
// EXTERNAL MODULE: ./node_modules/micromark-util-normalize-identifier/index.js
var micromark_util_normalize_identifier = __webpack_require__(31);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var syntax = __webpack_require__(4810);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
var lib_syntax = __webpack_require__(1680);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var micromark_extension_gfm_table_lib_syntax = __webpack_require__(7749);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var micromark_extension_gfm_task_list_item_lib_syntax = __webpack_require__(1197);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-footnote/lib/index.js
var mdast_util_gfm_footnote_lib = __webpack_require__(6807);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-strikethrough/lib/index.js
var mdast_util_gfm_strikethrough_lib = __webpack_require__(870);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js
var mdast_util_gfm_table_lib = __webpack_require__(7421);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js
var mdast_util_gfm_task_list_item_lib = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/engine/remark-plan.ts








/**
 * The parts of GitHub-flavoured Markdown a plan check reads: tables, task lists, footnotes and
 * strikethrough. Bare-URL autolinking is left out: it costs about a third of the parse, changes
 * nothing the rules look at, and its serializer (which `remark-gfm` brings) is never used.
 */
function remarkPlan(options = {}) {
    const data = this.data();
    const tables = options.tables !== false;
    (data.micromarkExtensions ??= []).push(...(tables ? [(0,micromark_extension_gfm_table_lib_syntax/* gfmTable */.x)()] : []), (0,micromark_extension_gfm_task_list_item_lib_syntax/* gfmTaskListItem */.J)(), (0,syntax/* gfmFootnote */.r)(), (0,lib_syntax/* gfmStrikethrough */.K)());
    (data.fromMarkdownExtensions ??= []).push(...(tables ? [(0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)()] : []), (0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)(), (0,mdast_util_gfm_footnote_lib/* gfmFootnoteFromMarkdown */.i)(), (0,mdast_util_gfm_strikethrough_lib/* gfmStrikethroughFromMarkdown */.p)());
}

;// CONCATENATED MODULE: ./src/engine/parse-markdown.ts






/**
 * Deepest nesting of block quotes and lists that is parsed. The parser's time grows with the
 * square of the depth and its recursion overflows the stack a few thousand levels down; no
 * planning document needs a hundred.
 */
const MAX_NESTING_DEPTH = 100;
/**
 * Large documents are parsed in pieces of about this size, cut where no block can span the cut:
 * the parser's list handling costs time quadratic in the size of one parse. Pieces of 8 KB
 * parse Kubernetes KEPs (long tables of contents, many HTML comments) in about half the time
 * that 32 KB pieces take; smaller pieces gain nothing more.
 */
const CHUNK_TARGET = 8 * 1024;
const processors = {};
/**
 * A line that could be a GFM table's delimiter row: it ends in a run of only `|`, `:`, `-` and
 * spaces holding a `-` and a `|` or `:` (whatever container prefix comes before). Without one
 * there is no table, and the table extension only costs time.
 */
const DELIMITER_ROW = /[|:][ \t|:-]*-[ \t|:-]*$|-[ \t|:-]*[|:][ \t|:-]*$/m;
/** The frozen processor for a text, with the table extension only when it may hold a table. */
function getProcessor(text) {
    const tables = DELIMITER_ROW.test(text);
    const key = tables ? 'tables' : 'plain';
    processors[key] ??= (0,lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(remarkPlan, { tables }).use(remark_frontmatter_lib/* default */.A, ['yaml', 'toml']).freeze();
    return processors[key];
}
/** Parses Markdown with front matter and the GFM a plan uses; the result's positions index `text`. */
function parseMarkdown(text) {
    const starts = scanStructure(text);
    if (starts.length === 1)
        return getProcessor(text).parse(text);
    const chunks = starts.map((from, i) => text.slice(from, i + 1 < starts.length ? starts[i + 1] : text.length));
    // A reference resolves against definitions anywhere in the document, but each chunk's parse
    // sees only its own: a chunk that names a label defined in another is parsed with those
    // definitions set before it, and they are dropped from the result. Which labels other chunks
    // define is first read from the lines that look like definitions, so that a chunk is parsed
    // once; a chunk whose guess the parses then prove wrong is parsed again with the right ones.
    const guessed = chunks.map(guessLabels);
    const anyGuessed = union(guessed);
    const parsed = chunks.map((chunk, i) => parseWith(chunk, foreignDefinitions(chunk, guessed[i], anyGuessed)));
    const labels = parsed.map((p) => definedLabels(p.nodes));
    const anyDefined = union(labels);
    const root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    let lineBase = 0;
    for (let i = 0; i < chunks.length; i++) {
        const from = starts[i];
        const chunk = chunks[i];
        const preamble = foreignDefinitions(chunk, labels[i], anyDefined);
        const part = sameLabels(preamble, parsed[i].preamble) ? parsed[i] : parseWith(chunk, preamble);
        shiftPositions(part.before, lineBase, from);
        shiftPositions(part.after, lineBase - part.preamble.lines, from - part.preamble.text.length);
        root.children.push(...part.before, ...part.after);
        lineBase += countNewlines(chunk);
    }
    const last = root.children[root.children.length - 1];
    if (last?.position && root.position)
        root.position.end = { ...last.position.end };
    return root;
}
function definedLabels(nodes) {
    const labels = { links: new Set(), notes: new Set() };
    const stack = [...nodes];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'definition')
            labels.links.add(node.identifier);
        else if (node.type === 'footnoteDefinition')
            labels.notes.add(node.identifier);
        if ('children' in node)
            for (const child of node.children)
                stack.push(child);
    }
    return labels;
}
/** A bracketed stretch that could be a link label or footnote label (a superset of them). */
const BRACKETED = /\[(\^?)((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;
/**
 * Parses a chunk with the preamble's lines set after its front matter (which must stay first)
 * or at its start, and drops the nodes they give.
 */
function parseWith(chunk, preamble) {
    if (preamble.text === '') {
        const nodes = getProcessor(chunk).parse(chunk).children;
        return { preamble, before: [], after: nodes, nodes };
    }
    const at = frontMatterEnd(chunk);
    const children = getProcessor(chunk).parse(chunk.slice(0, at) + preamble.text + chunk.slice(at)).children;
    const before = children.filter((n) => (n.position?.start.offset ?? 0) < at);
    const after = children.filter((n) => (n.position?.start.offset ?? 0) >= at + preamble.text.length);
    return { preamble, before, after, nodes: [...before, ...after] };
}
/** Where a chunk's front matter ends (0 when it has none): the offset after its closing line. */
function frontMatterEnd(chunk) {
    const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(chunk);
    if (!open)
        return 0;
    // Line by line at line feeds: a pattern's `$` would also end a line at U+2028, which Markdown does not.
    for (let at = open[0].length; at < chunk.length;) {
        const end = lineEndAfter(chunk, at);
        const line = chunk.slice(at, end).replace(/\r?\n$/, '');
        if (line.startsWith(open[1]) && /^[ \t]*$/.test(line.slice(3)))
            return end;
        at = end;
    }
    return 0;
}
function sameLabels(a, b) {
    return a.keys.size === b.keys.size && [...a.keys].every((k) => b.keys.has(k));
}
/**
 * A line that may be a link or footnote definition, after any block quote and list markers
 * (group 1: those markers). A guess, checked against the parse: a wrong one costs a second
 * parse, never a wrong tree.
 */
const DEFINITION_LINE = /^([ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*)\[(\^?)((?:[^[\]\\\n]|\\.){1,999})\]:/;
/** A line after which no paragraph is open: blank (but for block quote markers), an ATX heading or a code fence. */
const ENDS_PARAGRAPH = /^[ \t>\r]*$|^ {0,3}(?:#{1,6}(?:[ \t\r]|$)|`{3,}|~{3,})/;
/**
 * The labels a chunk's lines look like they define, before it is parsed. A footnote definition
 * may follow any line; a link definition cannot interrupt a paragraph, so it counts after a
 * line that ends one, after another definition, or as a list item's first line.
 */
function guessLabels(chunk) {
    const labels = { links: new Set(), notes: new Set() };
    let open = false;
    for (const line of chunk.split('\n')) {
        const m = DEFINITION_LINE.exec(line);
        if (m && (m[2] === '^' || !open || /[-*+\d]/.test(m[1]))) {
            (m[2] === '^' ? labels.notes : labels.links).add((0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(m[3]).toLowerCase());
            open = false;
        }
        else
            open = !ENDS_PARAGRAPH.test(line);
    }
    return labels;
}
/** The labels any of the chunks define. */
function union(labels) {
    const all = { links: new Set(), notes: new Set() };
    for (const l of labels) {
        for (const id of l.links)
            all.links.add(id);
        for (const id of l.notes)
            all.notes.add(id);
    }
    return all;
}
/**
 * Definition lines for the labels a chunk names but only other chunks define (`own` are the
 * chunk's own, `all` those of every chunk; no text when there are none). Destinations do not
 * matter: the lines only make the labels known, and the nodes they give are dropped.
 */
function foreignDefinitions(chunk, own, all) {
    let lines = '';
    const keys = new Set();
    const seen = new Set();
    const want = (note, label) => {
        const id = (0,micromark_util_normalize_identifier/* normalizeIdentifier */.B)(label).toLowerCase();
        const key = (note ? 'note:' : 'link:') + id;
        if (seen.has(key) || (note ? own.notes : own.links).has(id))
            return;
        seen.add(key);
        if (!(note ? all.notes : all.links).has(id))
            return;
        keys.add(key);
        // The label as this chunk writes it, which gives the same identifier by definition; the
        // identifier itself would not always: it is trimmed ("foo\ " is "foo\", an escaped "]"),
        // case-folded (longer than a label may be), or starts with "^" (a footnote's).
        lines += `[${note ? '^' : ''}${label}]: #\n`;
    };
    for (const m of chunk.matchAll(BRACKETED)) {
        // A label broken over lines inside a block quote reads without the quote's markers; any
        // whitespace compares as one space, and a line break could end up inside a container.
        const label = m[2].replace(/\n[ \t]*(?:>[ \t]?)*/g, ' ').replace(/\s+/g, ' ');
        want(m[1] === '^', label);
        // "[^foo]" is a link to a definition of "^foo" when no footnote is named "foo".
        if (m[1] === '^')
            want(false, ` ^${label}`);
    }
    return lines === '' ? { text: '', lines: 0, keys } : { text: lines + '\n', lines: keys.size + 1, keys };
}
/** The offset just after the line break that ends the line holding `offset`. */
function lineEndAfter(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
}
function countNewlines(text) {
    let n = 0;
    let at = text.indexOf('\n');
    while (at !== -1) {
        n++;
        at = text.indexOf('\n', at + 1);
    }
    return n;
}
function shiftPositions(nodes, lines, offset) {
    const stack = [...nodes];
    while (stack.length > 0) {
        const node = stack.pop();
        const pos = node.position;
        if (pos) {
            pos.start.line += lines;
            pos.end.line += lines;
            if (pos.start.offset !== undefined)
                pos.start.offset += offset;
            if (pos.end.offset !== undefined)
                pos.end.offset += offset;
        }
        if ('children' in node)
            for (const child of node.children)
                stack.push(child);
    }
}
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK_ENDS = [
    [/^ {0,3}<!--/, '-->'],
    [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, '</'],
    [/^ {0,3}<\?/, '?>'],
    [/^ {0,3}<!\[CDATA\[/, ']]>'],
    [/^ {0,3}<![A-Za-z]/, '>']
];
/**
 * One pass over the lines: refuses nesting past {@link MAX_NESTING_DEPTH} and returns the
 * offsets where parsing may start afresh (always including 0). A cut is made only before a line
 * at column 0 that starts an ATX heading, or a paragraph after a blank line, outside fenced
 * code, HTML blocks and front matter: nothing open before such a line survives it.
 */
function scanStructure(text) {
    const starts = [0];
    let lastStart = 0;
    let fence;
    let htmlEnd;
    let previousBlank = true;
    let lineNo = 0;
    let pos = 0;
    if (/^(---|\+\+\+)\s*\r?\n/.test(text))
        fence = { char: text[0], length: 3 };
    while (pos < text.length) {
        lineNo++;
        let end = text.indexOf('\n', pos);
        if (end === -1)
            end = text.length;
        const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        const depth = estimateNesting(text, pos, lineEnd);
        if (depth > MAX_NESTING_DEPTH && !fence) {
            throw new errors/* DocumentError */.M(`nesting deeper than ${MAX_NESTING_DEPTH} levels of lists or block quotes at line ${lineNo}`, lineNo);
        }
        // Only the head of a line decides what it opens or closes; long lines are not copied whole.
        const head = text.slice(pos, Math.min(lineEnd, pos + 64));
        const blank = head.trim() === '' && lineEnd - pos <= 64 ? text.slice(pos, lineEnd).trim() === '' : false;
        if (fence) {
            const close = fence.char === '-' || fence.char === '+' ? new RegExp(`^\\${fence.char}{3}\\s*$`) : null;
            const line = text.slice(pos, lineEnd);
            if (close ? close.test(line) : closesFence(line, fence))
                fence = undefined;
        }
        else if (htmlEnd) {
            if (text.slice(pos, lineEnd).includes(htmlEnd))
                htmlEnd = undefined;
        }
        else {
            if (pos - lastStart >= CHUNK_TARGET && pos > 0 && isSafeCut(head, previousBlank)) {
                starts.push(pos);
                lastStart = pos;
            }
            const open = FENCE_OPEN.exec(head);
            if (open && !(open[1][0] === '`' && text.slice(pos + open[0].length, lineEnd).includes('`'))) {
                fence = { char: open[1][0], length: open[1].length };
            }
            else {
                for (const [start, close] of HTML_BLOCK_ENDS) {
                    if (start.test(head)) {
                        const rest = text.slice(pos, lineEnd);
                        if (!rest.slice(head.match(start)?.[0].length ?? 0).includes(close))
                            htmlEnd = close;
                        break;
                    }
                }
            }
        }
        previousBlank = blank;
        pos = end + 1;
    }
    return starts;
}
function closesFence(line, fence) {
    const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    return m !== null && m[1][0] === fence.char && m[1].length >= fence.length;
}
function isSafeCut(head, previousBlank) {
    if (/^#{1,6}(\s|$)/.test(head))
        return true;
    return previousBlank && /^[\p{L}]/u.test(head);
}
/**
 * An upper estimate of how many lists and block quotes a line sits in, read from its prefix
 * alone: each `>` and list marker opens one, and list items nest every two columns.
 */
function estimateNesting(text, from, to) {
    let quotes = 0;
    let markers = 0;
    let columns = 0;
    let i = from;
    while (i < to) {
        const c = text.charCodeAt(i);
        if (c === 0x20) {
            columns++;
            i++;
        }
        else if (c === 0x09) {
            columns += 4;
            i++;
        }
        else if (c === 0x3e /* > */) {
            quotes++;
            i++;
        }
        else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (i + 1 >= to || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
            markers++;
            i++;
        }
        else if (c >= 0x30 && c <= 0x39) {
            let j = i;
            while (j < to && j - i < 10 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39)
                j++;
            const d = text.charCodeAt(j);
            if ((d === 0x2e || d === 0x29) && (j + 1 >= to || text.charCodeAt(j + 1) === 0x20)) {
                markers++;
                i = j + 1;
            }
            else
                break;
        }
        else
            break;
    }
    if (quotes + markers === 0)
        return 0;
    return quotes + markers + Math.floor(columns / 2);
}

// EXTERNAL MODULE: ./src/engine/outline.ts
var engine_outline = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/engine/rules/check-context.ts + 1 modules
var check_context = __webpack_require__(1221);
// EXTERNAL MODULE: ./src/engine/rules/registry.ts + 10 modules
var registry = __webpack_require__(3120);
// EXTERNAL MODULE: ./src/engine/rules/unreadable-document.ts
var unreadable_document = __webpack_require__(2465);
// EXTERNAL MODULE: ./src/engine/text-utils.ts
var text_utils = __webpack_require__(9243);
// EXTERNAL MODULE: ./src/engine/verdict.ts
var verdict = __webpack_require__(6559);
;// CONCATENATED MODULE: ./src/engine/check.ts








/**
 * Checks one document's text (decoded by `decodeDocument`, so without a BOM) against a template.
 * Never throws for any document text, but runs in the calling thread with no time or memory
 * budget: a document made to stall the parser can hold the thread for minutes. The command line
 * and the action call it in a worker thread within `time-limit`, `memory-limit` and
 * `total-time-limit`; for untrusted text do the same (a `Worker` with `resourceLimits`, stopped
 * by a timer) or run the command line.
 */
function checkDocument(template, text, path, options = {}) {
    const lines = new text_utils/* LineIndex */.rr(text);
    let outline;
    try {
        outline = (0,engine_outline/* buildOutline */.xf)(parseMarkdown(text));
    }
    catch (e) {
        if (!(e instanceof errors/* DocumentError */.M))
            throw e;
        return unreadableResult(template, path, e, lines.lineCount);
    }
    const ctx = (0,check_context/* buildContext */.gC)(template, text, outline, lines, options);
    const findings = [];
    for (const rule of registry/* RULES */.y0) {
        if (!rule.check)
            continue;
        const configured = options.severities?.[rule.id] ?? rule.severity;
        if (configured === 'off')
            continue;
        rule.check(ctx, (draft) => findings.push(toFinding(ctx, rule, configured, draft)));
    }
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    return {
        path,
        template: template.name,
        passed: (0,verdict/* passes */.W)(findings, options.failOn),
        draft: ctx.draft,
        lineCount: lines.lineCount,
        findings,
        sections: sectionStatuses(ctx, findings)
    };
}
/** A rule's finding with its severity: errors become warnings in a draft's leftovers and optional sections. */
function toFinding(ctx, rule, configured, d) {
    const cause = configured !== 'error' ? undefined : d.optional ? 'optional' : d.demote ? d.demote : ctx.draft && rule.leftover ? 'draft' : undefined;
    const finding = {
        rule: rule.id,
        severity: cause ? 'warning' : configured,
        section: d.section,
        line: Math.max(1, Math.min(d.line, ctx.lines.lineCount)),
        column: Math.max(1, d.column),
        message: d.message
    };
    if (d.fix)
        finding.fix = d.fix;
    if (d.excerpt !== undefined)
        finding.excerpt = d.excerpt;
    if (d.data || cause)
        finding.data = { ...d.data, ...(cause ? { demoted: { from: 'error', cause } } : {}) };
    return finding;
}
/** The result for a document that could not be read or parsed. */
function unreadableResult(template, path, error, lineCount = 1) {
    return { path, template: template.name, passed: false, draft: false, lineCount, sections: [], findings: [(0,unreadable_document/* unreadableFinding */.j)(error, lineCount)] };
}
/** Each template section's state in the checklist, from the findings about it. */
function sectionStatuses(ctx, findings) {
    const bad = new Map();
    for (const f of findings) {
        if (f.severity === 'info' || f.rule === 'missing-section')
            continue;
        const key = f.section.join('\u0000');
        if (bad.get(key) !== 'error')
            bad.set(key, f.severity === 'error' ? 'error' : 'warning');
    }
    return ctx.template.sections.map((t) => {
        const h = ctx.match.bySection.get(t);
        const status = { section: t.path, depth: t.depth, optional: ctx.isOptional(t), state: 'ok' };
        if (!h)
            status.state = status.optional || ctx.ancestorNotApplicable(t) ? 'optional-missing' : 'missing';
        else {
            status.line = h.line;
            // A pattern heading (`Alternative 2: [Name]`) reads like a leftover: reports show the author's.
            if (h.text !== t.title)
                status.heading = h.text;
            const worst = bad.get(t.path.join('\u0000'));
            status.state = worst === 'error' ? 'incomplete' : worst === 'warning' ? 'warning' : 'ok';
        }
        return status;
    });
}

// EXTERNAL MODULE: ./src/engine/config.ts + 1 modules
var config = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/engine/default-template.ts
var default_template = __webpack_require__(886);
// EXTERNAL MODULE: ./src/engine/input.ts
var input = __webpack_require__(5058);
// EXTERNAL MODULE: ./src/engine/slices.ts
var slices = __webpack_require__(6127);
// EXTERNAL MODULE: ./src/engine/placeholder-syntax.ts
var placeholder_syntax = __webpack_require__(4779);
;// CONCATENATED MODULE: ./src/engine/template-reading.ts
/**
 * How a template's own words say what its sections demand: the phrasings that make a section
 * optional or conditional, that ask for text to stay, that leave a field to someone else, and
 * the `<!-- plancheck: ... -->` comments a template owner writes to say it outright.
 *
 * The phrase lists are deliberately short and literal: a section is only taken for optional
 * when the template says so about the section itself, never because a sentence merely mentions
 * the word. Everything here runs in time linear in its input.
 */
/**
 * Sentences that make the section they stand in optional. Each names the section (or element)
 * itself, so a sentence about something else ("delete the rest") does not count.
 */
const OPTIONAL_PHRASES = [
    /\bth(?:is|e) (?:section|subsection|element|part|question) is (?:entirely )?optional\b/i,
    /\bthis is an optional (?:section|subsection)\b/i,
    /^optional\b\s*[,.:;!–—-]/i,
    /\b(?:omit|remove|delete|skip) this (?:section|subsection|element|part)\b/i,
    /\bth(?:is|e) (?:section|subsection|element|part) (?:can|may) be (?:omitted|removed|deleted|left out|skipped|left empty|left blank)\b/i
];
/**
 * Sentences that make the section they stand in apply only in some cases: the template asks
 * for it when something holds that a checker cannot see (a release stage, a kind of proposal).
 * The first sentence of a section's guidance that opens with "If ..., " counts too.
 */
const CONDITIONAL_PHRASES = [
    /\bth(?:is|e) (?:section|subsection|element|part|question) is optional (?:for|when|if|unless|until)\b/i,
    /\b(?:must|should|needs? to|has to) be (?:completed|filled(?: in| out)?|answered|written) (?:when|before|once|prior to|if|after)\b/i,
    /\bdoes not need to be (?:filled(?: in| out)?|completed|written|answered)\b/i,
    /\bonly (?:required|needed|necessary) (?:for|when|if)\b/i,
    /\bnot (?:required|needed) (?:until|unless|before)\b/i,
    /\b(?:for|when|once|after) [^,.;]{1,40}, th(?:is|e) (?:section|question)s? (?:is|are) (?:required|mandatory)\b/i,
    // Written from someone else's input: there is something to write only once they gave it.
    /^based on (?:the )?(?:reviewers?|maintainers?|editors?|approvers?)['’]? (?:feedback|comments|review)\b/i
];
/**
 * Sentences that leave a section's layout to the author ("There is no fixed format for this
 * section"): the author's own headings in its place answer it.
 */
const FREE_FORM_PHRASES = [/\bno (?:fixed|set|prescribed|particular|required) (?:format|structure|layout)\b/i];
/**
 * The stage a condition names: `beta` in "must be completed when targeting beta to a release",
 * "For beta, this section is required", "Not required until feature graduated to beta".
 */
const STAGE_PHRASES = [
    /\bwhen targeting ([\p{L}][\p{L}\p{N}-]*)/iu,
    /\b(?:for|at) ([\p{L}][\p{L}\p{N}-]*), th(?:is|e) (?:section|question)s? (?:is|are) (?:required|mandatory)\b/iu,
    /\buntil (?:the )?(?:feature |proposal |it )?(?:is )?(?:graduated|graduates|promoted|moves|moved) to ([\p{L}][\p{L}\p{N}-]*)/iu
];
/** Words after "targeting" that name no stage ("when targeting a release"). */
const NOT_STAGES = new Set(['a', 'an', 'the', 'any', 'this', 'that', 'release', 'releases', 'it']);
/** The stage a conditional sentence names, lower case, or undefined when it names none. */
function stageOf(sentence) {
    const plain = sentence.replace(/\s+/g, ' ').replace(/[*_`]/g, '');
    for (const p of STAGE_PHRASES) {
        const m = p.exec(plain);
        if (m && !NOT_STAGES.has(m[1].toLowerCase()))
            return m[1].toLowerCase();
    }
    return undefined;
}
/** The opening "If ..., " of a section's first guidance sentence: a conditional section. */
const OPENING_CONDITION = /^if\b[^.?!:]{3,120},|^if (?:applicable|relevant|needed|necessary)\b/i;
/** Sentences that ask for the text beside them to stay as the template writes it. */
const KEEP_PHRASES = [
    /\bdo not (?:remove|delete|change|edit|alter)\b/i,
    /\b(?:must|should) (?:stay|remain|be kept|not be removed)\b/i,
    /\bkeep (?:this|these|the following) (?:text|line|paragraph|sentence|notice)\b/i
];
/** Sentences that say the text beside them is a stand-in a draft may keep: a filler, not guidance. */
const FILLER_PHRASES = [/\b(?:the )?(?:current )?placeholder is acceptable for a draft\b/i];
/**
 * Sentences that leave a field or section for someone other than the author: a number assigned
 * on merge, a review manager filled in by the maintainers, "leave this empty". A placeholder
 * whose own words or line say so, and a section whose guidance says so, are not demanded.
 */
const LEFT_FOR_OTHERS_PHRASES = [
    /\b(?:will be |is |are |to be )?(?:assigned|filled in|filled out|set|added|given|chosen|completed|written) by (?:the |an? )?(?:editors?|review managers?|maintainers?|reviewers?|leads?|committee|bots?|core team|rfc editors?|shepherds?|approvers?)\b/i,
    /\bleave (?:this|it|that)(?: (?:section|field|line|value))? (?:blank|empty|as it is|as is|unchanged)\b/i,
    /\b(?:assigned|filled in|set|added) (?:on|at|when|after|upon) (?:merge|merging|acceptance|approval)\b/i,
    /^(?:to be|will be) (?:assigned|allocated)\b/i
];
/** A comment that speaks to plancheck: `<!-- plancheck: optional -->`, `keep` or `required`. */
const DIRECTIVE = /^<!--\s*plancheck:\s*(optional|required|keep)\s*-->$/i;
/** The directive an HTML comment carries, if it is one. */
function directiveOf(html) {
    const m = DIRECTIVE.exec(html.trim());
    return m ? m[1].toLowerCase() : undefined;
}
/** A comment's text without its `<!--` and `-->`. */
function commentText(html) {
    return html.trim().replace(/^<!--/, '').replace(/-->$/, '');
}
/** Splits prose into sentences (and lines), with their offsets. */
function sentences(text) {
    const out = [];
    const re = /(?:[^.!?]|[.!?](?=\S))+(?:[.!?]+|$)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const lead = m[0].length - m[0].trimStart().length;
        const s = m[0].trim();
        if (s !== '')
            out.push({ offset: m.index + lead, text: s });
        if (m[0] === '')
            re.lastIndex++;
    }
    return out;
}
/** The first sentence of `text` that one of `phrases` matches. */
function findPhrase(text, phrases) {
    for (const s of sentences(text)) {
        // Markdown emphasis and list marks do not change what a sentence says.
        const plain = s.text.replace(/\s+/g, ' ').replace(/^[-*+>\s]+/, '').replace(/[*_`]/g, '');
        if (phrases.some((p) => p.test(plain)))
            return { offset: s.offset, sentence: s.text };
    }
    return undefined;
}
/** Whether the opening sentence of a section's guidance makes the section conditional. */
function opensWithCondition(text) {
    const first = sentences(text)[0];
    if (!first)
        return undefined;
    const plain = first.text.replace(/\s+/g, ' ').replace(/^[-*+>\s]+/, '').replace(/[*_`]/g, '');
    return OPENING_CONDITION.test(plain) ? { offset: first.offset, sentence: first.text } : undefined;
}

// EXTERNAL MODULE: ./src/engine/template-model.ts
var template_model = __webpack_require__(8038);
;// CONCATENATED MODULE: ./src/engine/template-requirements.ts





/** A comment right before a heading that says the element after it is optional. */
const BEFORE_HEADING = /\b(?:this|the following) is an optional (?:section|subsection|element|part)\b/i;
/** A YAML comment over fields that says they are all optional. */
const OPTIONAL_FIELDS = /\b(?:these|all of these|the following) (?:are|fields are) optional\b/i;
/** Fewest words that make a comment or quote guidance (shorter ones are markers). */
const HIDDEN_GUIDANCE_WORDS = 15;
/** The 1-based line of `offset` in `text`, counted from `startLine`. */
function lineIn(text, offset, startLine) {
    let line = startLine;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * Sets each section's `optional` and `requirement` from the template's words, and moves text
 * the template means to keep out of the guidance it reports when left.
 */
function readRequirements(root, outline, byIndex, model) {
    const children = root.children;
    const headingAt = new Set(outline.headings.map((h) => h.bodyStart - 1));
    /** A comment that speaks about the heading right after it, not about its own section. */
    const aboutNextHeading = (i) => {
        const n = children[i];
        if (!n || n.type !== 'html' || !headingAt.has(i + 1))
            return false;
        return directiveOf(n.value) !== undefined || BEFORE_HEADING.test((0,text_utils/* collapseSpace */.i)(commentText(n.value)));
    };
    const bodies = outline.headings.map((h) => {
        const said = [];
        for (let i = h.bodyStart; i < h.bodyEnd; i++) {
            const n = children[i];
            if (aboutNextHeading(i))
                continue;
            const line = n.position?.start.line ?? h.line;
            if (n.type === 'html' && (0,engine_outline/* isComment */.Cn)(n.value)) {
                if (directiveOf(n.value) === undefined)
                    said.push({ text: commentText(n.value), line, kind: 'comment', node: n });
            }
            else if (n.type === 'paragraph' || n.type === 'blockquote' || n.type === 'list') {
                said.push({ text: (0,engine_outline/* plainText */.wh)(n), line, kind: n.type === 'blockquote' ? 'comment' : 'sentence', node: n });
            }
        }
        return said;
    });
    for (const h of outline.headings) {
        const section = byIndex[h.index];
        if (section === model.title)
            continue;
        const free = firstHit(bodies[h.index], FREE_FORM_PHRASES, false);
        // The sentence that says it, not the quote or comment it stands in.
        if (free)
            section.freeForm = { line: free.line, text: free.text.split(/(?<=[.!?])\s*/).find((x) => FREE_FORM_PHRASES.some((r) => r.test(x))) ?? free.text };
        const before = children[h.bodyStart - 2];
        if (before && before.type === 'html' && h.bodyStart - 2 >= 0) {
            const directive = directiveOf(before.value);
            const line = before.position?.start.line ?? h.line;
            if (directive === 'optional' || directive === 'required') {
                section.optional = directive === 'optional';
                section.requirement = { source: 'directive', conditional: false, line, text: (0,text_utils/* collapseSpace */.i)(before.value), required: directive === 'required' };
                continue;
            }
            const m = BEFORE_HEADING.exec((0,text_utils/* collapseSpace */.i)(commentText(before.value)));
            if (m && !section.requirement) {
                section.optional = true;
                section.requirement = { source: 'comment', conditional: false, line, text: sentenceAround((0,text_utils/* collapseSpace */.i)(commentText(before.value)), m.index) };
                continue;
            }
        }
        // A directive inside the section's own body speaks for the section.
        for (let i = h.bodyStart; i < h.bodyEnd; i++) {
            const n = children[i];
            if (n.type !== 'html' || aboutNextHeading(i))
                continue;
            const directive = directiveOf(n.value);
            if (directive === 'optional' || directive === 'required') {
                section.optional = directive === 'optional';
                section.requirement = { source: 'directive', conditional: false, line: n.position?.start.line ?? h.line, text: (0,text_utils/* collapseSpace */.i)(n.value), required: directive === 'required' };
            }
        }
        if (section.requirement)
            continue;
        const said = bodies[h.index];
        const left = firstHit(said, LEFT_FOR_OTHERS_PHRASES, false);
        const found = firstHit(said, CONDITIONAL_PHRASES, true) ?? firstHit(said, OPTIONAL_PHRASES, false) ?? openingCondition(said) ?? (left ? { ...left, leftForOthers: true } : undefined);
        if (found) {
            section.optional = true;
            section.requirement = found;
        }
    }
    // The stages the template's conditions name, in the order it names them: a proposal passes
    // through the first on its way to the later ones.
    const staged = model.sections.filter((t) => t.requirement?.conditional && t.requirement.stage).sort((a, b) => (a.requirement?.line ?? 0) - (b.requirement?.line ?? 0));
    for (const t of staged)
        if (!model.stages.includes(t.requirement?.stage))
            model.stages.push(t.requirement?.stage);
    readKeepText(children, outline, byIndex, bodies, model);
}
function sentenceAround(text, at) {
    const start = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1)) + 1;
    const rest = text.slice(at).search(/[.!?](\s|$)/);
    return text.slice(start, rest === -1 ? text.length : at + rest + 1).trim();
}
function firstHit(said, phrases, conditional) {
    for (const s of said) {
        const hit = findPhrase(s.text, phrases);
        if (!hit)
            continue;
        const stage = conditional ? stageOf(hit.sentence) : undefined;
        return { source: s.kind, conditional, line: lineIn(s.text, hit.offset, s.line), text: (0,text_utils/* collapseSpace */.i)(hit.sentence), ...(stage ? { stage } : {}) };
    }
    return undefined;
}
function openingCondition(said) {
    const first = said[0];
    if (!first)
        return undefined;
    const hit = opensWithCondition(first.text.trim());
    return hit ? { source: first.kind, conditional: true, line: first.line, text: (0,text_utils/* collapseSpace */.i)(hit.sentence) } : undefined;
}
/** Whether a section's own body gives guidance hidden from readers (a comment or a quote). */
function hidesGuidance(said) {
    return said.some((s) => s.kind === 'comment' && s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= HIDDEN_GUIDANCE_WORDS);
}
function readKeepText(children, outline, byIndex, bodies, model) {
    const withBody = outline.headings.filter((h) => byIndex[h.index] !== model.title && bodies[h.index].length > 0);
    const hidden = withBody.filter((h) => hidesGuidance(bodies[h.index]));
    // A template that hides its guidance in comments or quotes shows readers only text to keep.
    const hiddenStyle = hidden.length >= 2 && hidden.length * 2 >= withBody.length;
    const keepNode = (node, section, why, said) => {
        (0,engine_outline/* walk */.GG)([node], (n) => {
            if (n.type === 'blockquote' || n.type === 'html')
                return false;
            if (n.type === 'paragraph') {
                const key = (0,template_model/* guidanceKey */.qV)(n);
                if (model.guidance.get(key) === section.path)
                    model.guidance.delete(key);
                if (key !== '' && !model.keep.some((k) => k.text === key))
                    model.keep.push({ text: (0,text_utils/* collapseSpace */.i)((0,engine_outline/* plainText */.wh)(n)), section: section.path, line: n.position?.start.line ?? section.line, why, ...(said ? { said } : {}) });
                return false;
            }
            if (n.type === 'code') {
                const key = (0,text_utils/* collapseSpace */.i)(n.value);
                if (model.examples.get(key) === section.path)
                    model.examples.delete(key);
                return false;
            }
            return undefined;
        });
    };
    for (const h of outline.headings) {
        const section = byIndex[h.index];
        if (section === model.title)
            continue;
        const said = bodies[h.index];
        const asked = firstHit(said.filter((s) => s.kind === 'comment'), KEEP_PHRASES, false);
        // A stand-in the template accepts for a draft ("No backward compatibility issues found.")
        // may also be the finished answer: not guidance to report. Markers in it (TBD) still are.
        const filler = firstHit(said.filter((s) => s.kind === 'comment'), FILLER_PHRASES, false);
        for (let i = h.bodyStart; i < h.bodyEnd; i++) {
            const n = children[i];
            if (n.type === 'html')
                continue;
            if (filler && n.type === 'paragraph') {
                const key = (0,template_model/* guidanceKey */.qV)(n);
                if (model.guidance.get(key) === section.path)
                    model.guidance.delete(key);
                continue;
            }
            const prev = children[i - 1];
            if (prev && prev.type === 'html' && directiveOf(prev.value) === 'keep')
                keepNode(n, section, 'directive');
            else if (asked)
                keepNode(n, section, 'sentence', asked.text);
            else if (hiddenStyle && !hidesGuidance(said) && !section.checklist && n.type === 'paragraph')
                keepNode(n, section, 'fixed');
        }
    }
}
/**
 * The template's front matter fields: which hold placeholders (registered with the model) and
 * which the template says may be left out.
 */
function readFrontMatter(root, model) {
    const first = root.children[0];
    if (!first || first.type !== 'yaml')
        return [];
    const fields = [];
    const start = (first.position?.start.line ?? 1) + 1;
    let allOptional;
    first.value.split('\n').forEach((raw, i) => {
        const line = start + i;
        const comment = /^\s*#\s?(.*)$/.exec(raw);
        if (comment) {
            if (OPTIONAL_FIELDS.test(comment[1]))
                allOptional = { source: 'comment', conditional: false, line, text: comment[1].trim() };
            return;
        }
        const m = /^([A-Za-z0-9_-]+):[ \t]*(.*)$/.exec(raw);
        if (!m)
            return;
        // A trailing `# ...` after the value is the template's word on the field.
        const hash = m[2].search(/\s#\s/);
        const value = (hash === -1 ? m[2] : m[2].slice(0, hash)).trim();
        const note = hash === -1 ? '' : m[2].slice(hash).replace(/^\s*#\s*/, '');
        const field = { key: m[1], line, value };
        const spans = [...(0,placeholder_syntax/* findAngleSpans */.IQ)(value).map((s) => ({ ...s, syntax: 'angle' })), ...(0,placeholder_syntax/* findCurlySpans */.Up)(value).map((s) => ({ ...s, syntax: 'curly' }))];
        const whole = spans.find((s) => s.start === 0 && s.end === value.length);
        // A field the template leaves for someone else, by its note or by its placeholder's own words.
        const left = (note !== '' ? findPhrase(note, LEFT_FOR_OTHERS_PHRASES) : undefined) ?? (whole ? findPhrase(whole.inner, LEFT_FOR_OTHERS_PHRASES) : undefined);
        if (whole) {
            field.placeholder = { text: value, syntax: whole.syntax };
            (0,template_model/* registerValuePlaceholder */.m9)(model, whole.inner, whole.syntax, line, left ? (0,text_utils/* collapseSpace */.i)(left.sentence) : undefined);
        }
        const conditional = note !== '' ? findPhrase(note, CONDITIONAL_PHRASES) : undefined;
        const optional = note !== '' ? findPhrase(note, [...OPTIONAL_PHRASES, /\bremove this field\b/i]) : undefined;
        if (conditional || optional)
            field.optional = { source: 'comment', conditional: Boolean(conditional), line, text: (0,text_utils/* collapseSpace */.i)((conditional ?? optional)?.sentence ?? note) };
        else if (left)
            field.optional = { source: 'comment', conditional: false, line, text: (0,text_utils/* collapseSpace */.i)(left.sentence), leftForOthers: true };
        else if (allOptional)
            field.optional = allOptional;
        fields.push(field);
    });
    return fields;
}

// EXTERNAL MODULE: ./src/engine/rendered-text.ts
var rendered_text = __webpack_require__(3597);
;// CONCATENATED MODULE: ./src/engine/shingles.ts
/**
 * Near-verbatim search for the template's own words: guidance prose and example code that an
 * author kept with light edits (brackets removed, a clause appended, a word changed, code
 * re-spaced). Passages are compared by containment of shingles (runs of consecutive words or
 * code tokens); the template's shingles are indexed once, so a document costs time linear in
 * its length whatever the size of the template.
 */
/**
 * Words per prose shingle (pairs, so that one changed word in a short sentence costs two of its
 * shingles, not three) and tokens per code shingle.
 */
const SHINGLE_SIZE = { guidance: 2, example: 3 };
/** Most of the template passage must be there... */
const MIN_COVERAGE = 0.6;
/** ...and it must be most of what the author wrote, so an answer quoting a few words is not one. */
const MIN_SHARE = 0.5;
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+/giu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Code tokens: identifiers and numbers, and each other non-space character on its own. */
const CODE_TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
/**
 * The words of prose, as compared: case, spacing, punctuation, brackets and braces do not
 * matter, and URLs (an author's addition, never the template's point) are dropped.
 */
function proseWords(text) {
    const lower = text.normalize('NFKC').toLowerCase();
    // Most prose holds no URL: the search for one is skipped where neither of its marks is.
    const plain = lower.includes('://') || lower.includes('www.') ? lower.replace(URL_IN_TEXT, ' ') : lower;
    return plain.match(WORD) ?? [];
}
/** The tokens of code, as compared: all white space is insignificant, case is not kept. */
function codeTokens(text) {
    return text.normalize('NFKC').toLowerCase().match(CODE_TOKEN) ?? [];
}
/**
 * The distinct shingles of a token list. A list shorter than a shingle is one shingle; in code,
 * shingles of punctuation alone (`} ] ;`, tree-drawing characters) say nothing and are left out.
 */
function shinglesOf(tokens, size, code) {
    const out = new Set();
    if (tokens.length === 0)
        return out;
    if (tokens.length <= size) {
        if (!code || tokens.some((t) => HAS_WORD.test(t)))
            out.add(tokens.join('\u0001'));
        return out;
    }
    // Each token tested once, not once per window it falls in.
    const wordy = code ? tokens.map((t) => HAS_WORD.test(t)) : undefined;
    for (let i = 0; i + size <= tokens.length; i++) {
        if (wordy && !wordy.slice(i, i + size).includes(true))
            continue;
        let shingle = tokens[i];
        for (let k = 1; k < size; k++)
            shingle += '\u0001' + tokens[i + k];
        out.add(shingle);
    }
    return out;
}
function shinglesFor(kind, text) {
    return kind === 'example' ? shinglesOf(codeTokens(text), SHINGLE_SIZE.example, true) : shinglesOf(proseWords(text), SHINGLE_SIZE.guidance, false);
}
/** The template's guidance and examples, indexed by shingle for near-verbatim search. */
class PassageIndex {
    passages = [];
    sizes = [];
    postings = { guidance: new Map(), example: new Map() };
    exact = { guidance: new Set(), example: new Set() };
    /** Number of passages indexed. */
    get size() {
        return this.passages.length;
    }
    /** Whether any passage of a kind is indexed. */
    has(kind) {
        return this.exact[kind].size > 0;
    }
    /** Indexes a passage; one that says nothing comparable, or repeats an earlier one, is skipped. */
    add(passage) {
        const shingles = shinglesFor(passage.kind, passage.text);
        if (shingles.size === 0)
            return;
        const signature = [...shingles].sort().join('\u0002');
        if (this.exact[passage.kind].has(signature))
            return;
        this.exact[passage.kind].add(signature);
        const id = this.passages.length;
        this.passages.push(passage);
        this.sizes.push(shingles.size);
        const postings = this.postings[passage.kind];
        for (const s of shingles) {
            const list = postings.get(s);
            if (list)
                list.push(id);
            else
                postings.set(s, [id]);
        }
    }
    /**
     * The template passage a document's text mostly is, if any: most of the passage's shingles are
     * in the text, and most of the text's shingles are the passage's.
     */
    find(kind, text) {
        const postings = this.postings[kind];
        if (postings.size === 0)
            return undefined;
        const shingles = shinglesFor(kind, text);
        if (shingles.size === 0)
            return undefined;
        const hits = new Map();
        for (const s of shingles) {
            const list = postings.get(s);
            if (list)
                for (const id of list)
                    hits.set(id, (hits.get(id) ?? 0) + 1);
        }
        let best;
        for (const [id, n] of hits) {
            const coverage = n / this.sizes[id];
            const share = n / shingles.size;
            if (coverage < MIN_COVERAGE || share < MIN_SHARE)
                continue;
            const similarity = Math.round(Math.min(coverage, share) * 100) / 100;
            if (!best || similarity > best.similarity)
                best = { passage: this.passages[id], similarity, coverage, share };
        }
        return best;
    }
}

;// CONCATENATED MODULE: ./src/engine/template.ts











// The model the rules read, defined beside this module so that they need not load the parser.

/** A template that cannot be used, with the line to look at. */
class TemplateError extends Error {
    line;
    constructor(message, line = 1) {
        super(message);
        this.line = line;
        this.name = 'TemplateError';
    }
}
/** A paragraph that opens with a task box outside a list: a checklist line. */
const TASK_BOX = /^\s*\[[ xX]\]\s/;
/** Fewest words that make a paragraph guidance to be replaced; shorter ones are labels. */
const MIN_GUIDANCE_WORDS = 3;
/** A run of one capital letter, like `NNNN` or `XXXX`, standing for a value to fill in. */
const LETTER_RUN = /(?<![\p{L}\p{N}])([A-Z])\1{2,}(?![\p{L}\p{N}])/gu;
/**
 * Parses a Markdown template into sections and classifies what each one holds: placeholders,
 * guidance prose, example code, and scaffold meant to stay.
 */
function buildTemplate(source, name, options = {}) {
    let root;
    try {
        root = parseMarkdown(source);
    }
    catch (e) {
        if (e instanceof errors/* DocumentError */.M)
            throw new TemplateError(e.message, e.line);
        throw e;
    }
    const text = source;
    const outline = (0,engine_outline/* buildOutline */.xf)(root);
    if (outline.headings.length === 0)
        throw new TemplateError('the template has no headings, so there are no sections to check against');
    const definitions = (0,slices/* collectDefinitions */.fp)(root);
    const model = {
        name,
        sections: [],
        roots: [],
        placeholders: new Map(),
        placeholderWords: new Set(),
        guidance: new Map(),
        examples: new Map(),
        syntaxes: new Set(),
        keep: [],
        frontMatter: [],
        stages: [],
        passages: new PassageIndex()
    };
    const byIndex = [];
    for (const h of outline.headings) {
        const parent = h.parent >= 0 ? byIndex[h.parent] : undefined;
        const section = createSection(h, parent, text, definitions, model);
        byIndex.push(section);
        if (h.index === outline.title) {
            model.title = section;
            continue;
        }
        model.sections.push(section);
        if (parent && parent !== model.title)
            parent.children.push(section);
        else
            model.roots.push(section);
    }
    const tables = [];
    for (const h of outline.headings) {
        const section = byIndex[h.index];
        classifyBody(root.children.slice(h.bodyStart, h.bodyEnd), section, text, definitions, model, tables);
    }
    markPickedLists(outline, byIndex, model);
    model.frontMatter = readFrontMatter(root, model);
    readRequirements(root, outline, byIndex, model);
    applyAliases(model, options.aliases);
    const preamble = root.children.slice(0, outline.headings[0].bodyStart - 1);
    registerPlaceholders((0,slices/* collectTextSlices */.$9)(preamble, text, definitions), [], model, text);
    indexPassages(model, preamble, tables, text);
    return model;
}
/** Passages shorter than this many words are labels or values, not instructions to replace. */
const MIN_PASSAGE_WORDS = 3;
/**
 * Fills the passage index: what an author should not keep, even lightly edited. Placeholders
 * worded as instructions count with their brackets removed; front matter values, the fields
 * before the first heading (`- Feature Name: (fill me in ...)`) and the value cells of tables
 * count as guidance.
 */
function indexPassages(model, preamble, tables, source) {
    const add = (kind, text, section) => {
        if (kind === 'guidance' && proseWords(text).length < MIN_PASSAGE_WORDS)
            return;
        model.passages.add({ kind, text: (0,text_utils/* collapseSpace */.i)(text), section });
    };
    for (const [g, path] of model.guidance)
        add('guidance', g, path);
    for (const [code, path] of model.examples)
        add('example', code, path);
    for (const p of model.placeholders.values())
        if (!p.leftFor)
            add('guidance', p.text.slice(1, -1), p.section);
    for (const node of preamble) {
        if (node.type === 'yaml') {
            const start = node.position?.start.offset ?? 0;
            const end = node.position?.end.offset ?? start;
            for (const v of (0,rendered_text/* frontMatterValues */.v_)(source, start, end))
                add('guidance', v.text, []);
            continue;
        }
        (0,engine_outline/* walk */.GG)([node], (n) => {
            if (n.type === 'paragraph') {
                const instruction = fieldInstruction((0,engine_outline/* plainText */.wh)(n));
                if (instruction !== undefined)
                    add('guidance', instruction, []);
                return false;
            }
            return n.type === 'code' || n.type === 'html' ? false : undefined;
        });
    }
    for (const [table, path] of tables) {
        for (let r = 1; r < table.children.length; r++) {
            const cells = table.children[r].children;
            // The first cell labels the row; the others hold what the author is asked for.
            for (let c = 1; c < cells.length; c++) {
                const cell = (0,engine_outline/* plainText */.wh)(cells[c]);
                if ((0,text_utils/* findBracketSpans */.xt)(cell).length === 0)
                    add('guidance', cell, path);
            }
        }
    }
}
function createSection(h, parent, source, definitions, model) {
    const title = (0,text_utils/* collapseSpace */.i)(h.text);
    const path = parent && parent !== model.title ? [...parent.path, title] : [title];
    // Where the first placeholder starts in the heading's plain text.
    let cut = -1;
    for (const span of [...(0,text_utils/* findBracketSpans */.xt)(h.text), ...(0,placeholder_syntax/* findCurlySpans */.Up)(h.text)]) {
        if (cut === -1 || span.start < cut)
            cut = span.start;
    }
    LETTER_RUN.lastIndex = 0;
    const run = LETTER_RUN.exec(h.text);
    if (run && (cut === -1 || run.index < cut))
        cut = run.index;
    const section = {
        title,
        path,
        depth: h.depth,
        line: h.line,
        key: cut === -1 ? h.key : (0,text_utils/* normalizeHeading */.MO)(h.text.slice(0, cut)),
        isPattern: cut !== -1,
        groupKey: '',
        optional: h.optional,
        requirement: h.optional ? { source: 'heading', conditional: false, line: h.line, text: (0,text_utils/* collapseSpace */.i)(h.text) } : undefined,
        aliases: [],
        parent,
        children: [],
        expectsContent: false,
        checklist: false
    };
    section.groupKey = (0,text_utils/* generalizeNumbers */.TQ)(section.key) + (section.isPattern ? ' *' : '');
    registerPlaceholders((0,slices/* collectTextSlices */.$9)(h.node.children, source, definitions), path, model, source);
    return section;
}
function registerPlaceholders(slices, path, model, source = '') {
    let found = 0;
    const lineAt = (offset) => {
        let line = 1;
        for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1))
            line++;
        return line;
    };
    for (const slice of slices) {
        const spans = [
            ...(0,text_utils/* findBracketSpans */.xt)(slice.text).map((s) => ({ ...s, syntax: 'square' })),
            ...(0,placeholder_syntax/* findCurlySpans */.Up)(slice.text).map((s) => ({ ...s, syntax: 'curly' }))
        ];
        for (const span of spans) {
            const key = (0,text_utils/* placeholderKey */.j$)(span.inner);
            if (key === 'optional')
                continue; // a marker (`[Optional] Aggregation method:`), not a value
            if (span.syntax === 'curly' && spans.some((o) => o.syntax === 'square' && o.start < span.start && span.end < o.end))
                continue;
            model.syntaxes.add(span.syntax);
            if (!model.placeholders.has(key)) {
                const left = leftForOthers(slice.text, span);
                model.placeholders.set(key, { text: (0,placeholder_syntax/* wrap */.LV)(span.syntax, span.inner), section: path, syntax: span.syntax, line: source === '' ? 0 : lineAt((slice.offset ?? 0) + span.start), ...(left ? { leftFor: left } : {}) });
            }
            found++;
        }
        LETTER_RUN.lastIndex = 0;
        for (let m = LETTER_RUN.exec(slice.text); m; m = LETTER_RUN.exec(slice.text)) {
            const at = m.index;
            if (spans.some((s) => s.start <= at && at < s.end))
                continue;
            model.syntaxes.add('letters');
            model.placeholderWords.add(m[0]);
            found++;
        }
    }
    return found;
}
/**
 * The template's words leaving a placeholder for someone else: its own text ("[to be assigned
 * by the editors]") or the rest of its line ("- Review manager: [Name] (leave this empty)").
 */
function leftForOthers(text, span) {
    const own = findPhrase(span.inner, LEFT_FOR_OTHERS_PHRASES);
    if (own)
        return (0,text_utils/* collapseSpace */.i)(own.sentence);
    const start = text.lastIndexOf('\n', span.start) + 1;
    const end = text.indexOf('\n', span.end);
    const line = text.slice(start, end === -1 ? text.length : end);
    const hit = findPhrase(line.slice(0, span.start - start) + line.slice(span.end - start), LEFT_FOR_OTHERS_PHRASES);
    return hit ? (0,text_utils/* collapseSpace */.i)(line) : undefined;
}
function applyAliases(model, aliases) {
    if (!aliases)
        return;
    for (const [name, others] of Object.entries(aliases)) {
        const want = name.split('>').map((p) => (0,text_utils/* collapseSpace */.i)(p).toLowerCase()).join(' > ');
        for (const t of model.sections) {
            const full = t.path.map((p) => (0,text_utils/* collapseSpace */.i)(p).toLowerCase()).join(' > ');
            if (want !== full && want !== (0,text_utils/* collapseSpace */.i)(t.title).toLowerCase())
                continue;
            for (const o of others) {
                const key = (0,text_utils/* normalizeHeading */.MO)(o);
                if (key !== '' && !t.aliases.includes(key))
                    t.aliases.push(key);
            }
        }
    }
}
/** Classifies the blocks between a section's heading and the next heading. */
function classifyBody(nodes, section, source, definitions, model, tables) {
    let rendered = false;
    const guidance = [];
    const stack = [];
    for (let i = nodes.length - 1; i >= 0; i--)
        stack.push({ node: nodes[i], task: false });
    while (stack.length > 0) {
        const { node, task } = stack.pop();
        switch (node.type) {
            case 'html':
                if (!(0,engine_outline/* isComment */.Cn)(node.value))
                    rendered = true;
                break;
            case 'definition':
                if (!(0,slices/* isUrlLike */.lw)(node.url)) {
                    rendered = true;
                    registerPlaceholders((0,slices/* collectTextSlices */.$9)([node], source, definitions), section.path, model, source);
                }
                break;
            case 'code': {
                rendered = true;
                const code = (0,text_utils/* collapseSpace */.i)(node.value);
                if (code !== '' && !model.examples.has(code))
                    model.examples.set(code, section.path);
                break;
            }
            case 'paragraph':
            case 'heading': {
                rendered = true;
                const found = registerPlaceholders((0,slices/* collectTextSlices */.$9)(node.children, source, definitions), section.path, model, source);
                if (node.type === 'paragraph' && TASK_BOX.test((0,engine_outline/* plainText */.wh)(node)))
                    section.checklist = true;
                else if (found === 0 && !task && node.type === 'paragraph' && isGuidance(node))
                    guidance.push((0,template_model/* guidanceKey */.qV)(node));
                break;
            }
            case 'table':
                rendered = true;
                registerPlaceholders((0,slices/* collectTextSlices */.$9)([node], source, definitions), section.path, model, source);
                tables.push([node, section.path]);
                break;
            case 'listItem': {
                const isTask = node.checked !== null && node.checked !== undefined;
                if (isTask)
                    section.checklist = true;
                for (let i = node.children.length - 1; i >= 0; i--)
                    stack.push({ node: node.children[i], task: task || isTask });
                break;
            }
            case 'list':
            case 'blockquote':
                for (let i = node.children.length - 1; i >= 0; i--)
                    stack.push({ node: node.children[i], task });
                break;
            default:
                break;
        }
    }
    // Prose beside a checklist that is meant to stay (the KEP's signoff list) stays too.
    if (!section.checklist) {
        for (const g of guidance)
            if (!model.guidance.has(g))
                model.guidance.set(g, section.path);
    }
    section.expectsContent = section.children.length === 0 ? true : rendered;
}
/** The items of a body that is only a list whose items are each a placeholder (`- {title of option 1}`) or an ellipsis (`- …`), two placeholders at least. */
function listedItems(nodes) {
    const shown = nodes.filter((n) => !(n.type === 'html' && (0,engine_outline/* isComment */.Cn)(n.value)));
    if (shown.length !== 1 || shown[0].type !== 'list')
        return [];
    const items = [];
    for (const item of shown[0].children) {
        const said = (0,text_utils/* collapseSpace */.i)((0,engine_outline/* plainText */.wh)(item));
        if (/^[.…\s]*$/.test(said))
            continue;
        const spans = [...(0,text_utils/* findBracketSpans */.xt)(said), ...(0,placeholder_syntax/* findCurlySpans */.Up)(said)];
        if (spans.length !== 1 || spans[0].start !== 0 || spans[0].end !== said.length)
            return [];
        items.push(said);
    }
    return items.length >= 2 ? items : [];
}
/** The template accepting a choice that had no rival ("e.g., only option, which meets k.o. criterion"). */
const ONLY_ITEM = /\bonly (?:option|alternative|choice)\b/i;
/** Marks the sections whose list of placeholders the next section picks from (see {@link TemplateSection.pickedFrom}). */
function markPickedLists(outline, byIndex, model) {
    const children = outline.root.children;
    for (const h of outline.headings) {
        const section = byIndex[h.index];
        const items = listedItems(children.slice(h.bodyStart, h.bodyEnd));
        if (items.length === 0 || section === model.title)
            continue;
        const siblings = (0,template_model/* siblingsOf */.DG)(model, section);
        const next = siblings[siblings.indexOf(section) + 1];
        const nh = next ? outline.headings.find((o) => byIndex[o.index] === next) : undefined;
        if (!nh)
            continue;
        const body = (0,text_utils/* collapseSpace */.i)(children.slice(nh.bodyStart, nh.bodyEnd).map((n) => (0,engine_outline/* plainText */.wh)(n)).join(' '));
        if (!items.some((item) => body.includes(item)))
            continue;
        section.pickedFrom = true;
        const single = ONLY_ITEM.exec(body);
        if (single)
            section.singleItem = single[0];
    }
}
/** `Label: (what to write)` or `(what to write)`, the parenthesised part being all the value. */
const FIELD_INSTRUCTION = /^(?:[^():\n]{1,60}:[ \t]*)?\(([^()]+)\)[ \t.]*$/;
/**
 * The instruction of a field the template leaves for the author (`- Feature Name: (fill me in
 * with a unique ident)`): outside sections, only these are text to replace; the rest of a
 * field list (labels, links to where a number will be) stays.
 */
function fieldInstruction(text) {
    return FIELD_INSTRUCTION.exec(text.trim())?.[1];
}
/**
 * Prose meant to be replaced, as opposed to scaffold: labels such as `**Goals:**` and lines that
 * are only links (a table of contents) stay in a filled document.
 */
function isGuidance(node) {
    let words = 0;
    const stack = [...node.children];
    while (stack.length > 0) {
        const n = stack.pop();
        if (n.type === 'link' || n.type === 'linkReference')
            continue;
        if (n.type === 'text')
            words += n.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        else if ('children' in n)
            stack.push(...n.children);
    }
    if (words < MIN_GUIDANCE_WORDS)
        return false;
    const text = (0,text_utils/* collapseSpace */.i)((0,engine_outline/* plainText */.wh)(node));
    const onlyStrong = node.children.every((c) => c.type === 'strong' || c.type === 'emphasis' || (c.type === 'text' && c.value.trim() === ''));
    if (onlyStrong && text.endsWith(':'))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/engine/session.ts






/**
 * One run's checks: each template is read and parsed once, however many documents use it.
 */
class CheckSession {
    config;
    readTemplate;
    templateOverride;
    failOn;
    templates = new Map();
    constructor(config, readTemplate, templateOverride, 
    /** The threshold each result's `passed` is judged at. */
    failOn = 'error') {
        this.config = config;
        this.readTemplate = readTemplate;
        this.templateOverride = templateOverride;
        this.failOn = failOn;
    }
    /** The template a document is checked against (`undefined`: the embedded default). */
    templatePathFor(path) {
        return this.templateOverride ?? (0,config/* templateFor */.a3)(this.config, path);
    }
    /** Loads (once) and returns the template model for a document. */
    templateFor(path) {
        const tp = this.templatePathFor(path);
        const key = tp ?? '';
        let model = this.templates.get(key);
        if (!model) {
            model = this.loadTemplate(tp);
            this.templates.set(key, model);
        }
        return model;
    }
    async loadTemplate(path) {
        if (path === undefined)
            return this.model(undefined);
        let bytes;
        try {
            bytes = await this.readTemplate(path);
        }
        catch (e) {
            throw new errors/* TemplateLoadError */.l(path, undefined, `cannot read the template: ${e.message}`);
        }
        return this.model(path, bytes);
    }
    /** A template's model from its bytes (no path: the embedded default); a template error names its file and line. */
    model(path, bytes) {
        if (path === undefined)
            return buildTemplate(default_template/* DEFAULT_TEMPLATE */.V, default_template/* DEFAULT_TEMPLATE_NAME */.$, { aliases: this.config.aliases });
        if (bytes === undefined)
            throw new errors/* TemplateLoadError */.l(path, undefined, 'cannot read the template: not given');
        try {
            return buildTemplate((0,input/* decodeText */.g7)(bytes), path, { aliases: this.config.aliases });
        }
        catch (e) {
            if (e instanceof TemplateError || e instanceof errors/* DocumentError */.M)
                throw new errors/* TemplateLoadError */.l(path, e.line, e.message);
            throw e;
        }
    }
    /** The failing result for a document that could not be read at all, saying why. */
    async unreadable(path, why) {
        return unreadableResult(await this.templateFor(path), path, new errors/* DocumentError */.M(why, 1));
    }
    /**
     * Checks one document synchronously, its template given as bytes (none: the embedded
     * default), for a caller that bounds the time itself. Throws for a template that cannot be read.
     */
    checkNow(path, bytes, templateBytes) {
        return this.checkWith(this.model(this.templatePathFor(path), templateBytes), path, bytes);
    }
    /** Checks one document's bytes. Unreadable documents give a result, not an exception. */
    async check(path, bytes) {
        return this.checkWith(await this.templateFor(path), path, bytes);
    }
    checkWith(template, path, bytes) {
        let text;
        try {
            text = (0,input/* decodeDocument */.w8)(bytes, this.config.maxSize);
        }
        catch (e) {
            if (e instanceof errors/* DocumentError */.M)
                return unreadableResult(template, path, e);
            throw e;
        }
        return checkDocument(template, text, path, { ...(0,config/* toCheckOptions */.aj)(this.config), failOn: this.failOn });
    }
}


/***/ })

};
