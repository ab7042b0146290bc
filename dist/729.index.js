export const id = 729;
export const ids = [729];
export const modules = {

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckSession: () => (/* binding */ CheckSession)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var lib = __webpack_require__(1519);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 46 modules
var remark_parse_lib = __webpack_require__(5276);
// EXTERNAL MODULE: ./node_modules/remark-frontmatter/lib/index.js + 5 modules
var remark_frontmatter_lib = __webpack_require__(1239);
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
function remarkPlan() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push((0,micromark_extension_gfm_table_lib_syntax/* gfmTable */.x)(), (0,micromark_extension_gfm_task_list_item_lib_syntax/* gfmTaskListItem */.J)(), (0,syntax/* gfmFootnote */.r)(), (0,lib_syntax/* gfmStrikethrough */.K)());
    (data.fromMarkdownExtensions ??= []).push((0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)(), (0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)(), (0,mdast_util_gfm_footnote_lib/* gfmFootnoteFromMarkdown */.i)(), (0,mdast_util_gfm_strikethrough_lib/* gfmStrikethroughFromMarkdown */.p)());
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
 * the parser's list handling costs time quadratic in the size of one parse.
 */
const CHUNK_TARGET = 32 * 1024;
let processor;
/** The one frozen processor every parse reuses. */
function getProcessor() {
    processor ??= (0,lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(remarkPlan).use(remark_frontmatter_lib/* default */.A, ['yaml', 'toml']).freeze();
    return processor;
}
/** Parses Markdown with front matter and the GFM a plan uses; the result's positions index `text`. */
function parseMarkdown(text) {
    const starts = scanStructure(text);
    const parser = getProcessor();
    if (starts.length === 1)
        return parser.parse(text);
    const root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
    let lineBase = 0;
    for (let i = 0; i < starts.length; i++) {
        const from = starts[i];
        const to = i + 1 < starts.length ? starts[i + 1] : text.length;
        const chunk = text.slice(from, to);
        const part = parser.parse(chunk);
        shiftPositions(part, lineBase, from);
        root.children.push(...part.children);
        lineBase += countNewlines(chunk);
    }
    const last = root.children[root.children.length - 1];
    if (last?.position && root.position)
        root.position.end = { ...last.position.end };
    return root;
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
function shiftPositions(root, lines, offset) {
    const stack = [root];
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

;// CONCATENATED MODULE: ./src/engine/text-utils.ts
/**
 * Text helpers shared by the template model and the checker. Everything here runs in time
 * linear in its input: it is applied to untrusted document text.
 */
const OPTIONAL_MARKER = /[([]\s*optional\s*[)\]]/giu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** Whether a heading's text carries the KEP-style `(Optional)` (or older `[optional]`) marker. */
function hasOptionalMarker(text) {
    OPTIONAL_MARKER.lastIndex = 0;
    return OPTIONAL_MARKER.test(text);
}
/**
 * Reduces a heading to the words that identify it, so that `2.3 Goals & Non-Goals 🎯`,
 * `goals and non goals` and `Goals and Non-Goals (Optional)` compare equal.
 */
function normalizeHeading(text) {
    const words = text
        .normalize('NFKC')
        .toLowerCase()
        .replace(OPTIONAL_MARKER, ' ')
        .replace(/&/g, ' and ')
        .replace(NON_WORD, ' ')
        .trim()
        .split(' ')
        .filter((w) => w !== '');
    // Leading section numbers (`1.`, `2.3`, `IV.` is left alone: it is also a word).
    let start = 0;
    while (start < words.length - 1 && /^\d+$/.test(words[start]))
        start++;
    return words.slice(start).join(' ');
}
/** Replaces every run of digits with `#`, so that `Goal 1` and `Goal 4` share a key. */
function generalizeNumbers(key) {
    return key.replace(/\d+/g, '#');
}
/** Collapses white space for verbatim comparisons of prose and code. */
function collapseSpace(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Key of a placeholder's inner text: case, spacing and numbers do not matter. */
function placeholderKey(inner) {
    return generalizeNumbers(collapseSpace(inner.replace(/\\/g, '')).toLowerCase());
}
/** Longest bracketed text taken for a placeholder; longer spans are prose in brackets. */
const MAX_PLACEHOLDER_LENGTH = 300;
/**
 * Finds `[text]` spans on single lines that are neither links (`[a](b)`, `[a][b]`) nor task
 * boxes (`[ ]`, `[x]`) nor footnotes (`[^1]`). One pass, no backtracking.
 */
function findBracketSpans(source) {
    const spans = [];
    let open = -1;
    for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (c === 0x5b /* [ */) {
            // The innermost bracket wins; an escaped one still reads as a bracket to a person.
            open = i;
        }
        else if (c === 0x0a /* \n */) {
            open = -1;
        }
        else if (c === 0x5d /* ] */ && open !== -1) {
            const innerRaw = source.slice(open + 1, i);
            const inner = innerRaw.endsWith('\\') ? innerRaw.slice(0, -1) : innerRaw;
            const next = source.charCodeAt(i + 1);
            const isLink = next === 0x28 /* ( */ || next === 0x5b; /* [ */
            const trimmed = inner.trim();
            const isTaskBox = trimmed === '' || trimmed === 'x' || trimmed === 'X';
            const isFootnote = trimmed.startsWith('^');
            if (!isLink && !isTaskBox && !isFootnote && inner.length <= MAX_PLACEHOLDER_LENGTH && /[\p{L}\p{N}]/u.test(inner)) {
                spans.push({ start: open, end: i + 1, inner: trimmed });
            }
            open = -1;
        }
    }
    return spans;
}
/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Banded, so it costs
 * O(limit * length) and is safe on long headings.
 */
function boundedDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    if (a === b)
        return 0;
    const n = a.length;
    const m = b.length;
    let prev = new Array(m + 1);
    let cur = new Array(m + 1);
    for (let j = 0; j <= m; j++)
        prev[j] = j;
    for (let i = 1; i <= n; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(m, i + limit);
        cur.fill(limit + 1);
        cur[0] = i;
        let best = limit + 1;
        for (let j = from; j <= to; j++) {
            const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            cur[j] = v;
            if (v < best)
                best = v;
        }
        if (from > 1)
            cur[from - 1] = limit + 1;
        if (best > limit)
            return limit + 1;
        [prev, cur] = [cur, prev];
    }
    return Math.min(prev[m], limit + 1);
}
/** How far apart two heading keys may be and still be taken for a typo of each other. */
function typoLimit(key) {
    if (key.length < 5)
        return 0;
    if (key.length <= 10)
        return 1;
    if (key.length <= 24)
        return 2;
    return 3;
}
/** Maps offsets to 1-based lines and columns. */
class LineIndex {
    starts;
    constructor(text) {
        const starts = [0];
        let at = text.indexOf('\n');
        while (at !== -1) {
            starts.push(at + 1);
            at = text.indexOf('\n', at + 1);
        }
        this.starts = starts;
    }
    /** Number of lines, counting a last line without a newline. */
    get lineCount() {
        return this.starts.length;
    }
    /** 1-based line and column of an offset. */
    locate(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
/** Shortens untrusted text for a message, on a character boundary. */
function truncate(text, max = 80) {
    const chars = Array.from(text);
    return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

;// CONCATENATED MODULE: ./src/engine/outline.ts

/** Lists the top-level headings of `root` and how they nest. */
function buildOutline(root) {
    const headings = [];
    const children = root.children;
    for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node.type !== 'heading')
            continue;
        const text = plainText(node);
        headings.push({
            index: headings.length,
            depth: node.depth,
            text,
            key: normalizeHeading(text),
            optional: hasOptionalMarker(text),
            line: node.position?.start.line ?? 1,
            column: node.position?.start.column ?? 1,
            node,
            parent: -1,
            end: 0,
            bodyStart: i + 1,
            bodyEnd: children.length
        });
        if (headings.length > 1)
            headings[headings.length - 2].bodyEnd = i;
    }
    const stack = [];
    for (const h of headings) {
        while (stack.length > 0 && headings[stack[stack.length - 1]].depth >= h.depth) {
            headings[stack.pop()].end = h.index;
        }
        h.parent = stack.length > 0 ? stack[stack.length - 1] : -1;
        stack.push(h.index);
    }
    for (const i of stack)
        headings[i].end = headings.length;
    return { root, headings, title: findTitle(headings) };
}
/**
 * The heading that titles the whole file: the first one, when every other heading is deeper.
 * A title is matched to the other file's title whatever it says.
 */
function findTitle(headings) {
    if (headings.length < 2)
        return -1;
    const first = headings[0];
    for (let i = 1; i < headings.length; i++)
        if (headings[i].depth <= first.depth)
            return -1;
    return 0;
}
/** The text of a node as it reads, without markup; iterative, so depth cannot overflow. */
function plainText(node) {
    const parts = [];
    const stack = [node];
    while (stack.length > 0) {
        const n = stack.pop();
        if (n.type === 'text' || n.type === 'inlineCode')
            parts.push(n.value);
        else if (n.type === 'break')
            parts.push(' ');
        else if ('children' in n)
            for (let i = n.children.length - 1; i >= 0; i--)
                stack.push(n.children[i]);
    }
    return parts.join('');
}
/** Whether an HTML node is only comments (which render nothing). */
function isComment(value) {
    const v = value.trim();
    return v.startsWith('<!--') && (v.endsWith('-->') || !v.includes('-->'));
}
/** Calls `visit` on every node under `nodes`, parents before children, without recursion. */
function walk(nodes, visit) {
    const stack = [];
    for (let i = nodes.length - 1; i >= 0; i--)
        stack.push(nodes[i]);
    while (stack.length > 0) {
        const n = stack.pop();
        if (visit(n) === false)
            continue;
        if ('children' in n)
            for (let i = n.children.length - 1; i >= 0; i--)
                stack.push(n.children[i]);
    }
}

;// CONCATENATED MODULE: ./src/engine/match.ts

/** Whether `short` is `long` with words left out, keeping at least one word of substance. */
function isShortenedName(short, long) {
    if (short === '' || short.length >= long.length)
        return false;
    const have = new Set(long.split(' '));
    const words = short.split(' ');
    return words.every((w) => have.has(w)) && words.some((w) => w.length >= 4);
}
/** Whether a heading is the one a template section asks for, allowing for a filled-in pattern. */
function headingMatches(t, h) {
    if (t.isPattern)
        return t.key !== '' && (h.key === t.key || h.key.startsWith(t.key + ' '));
    return h.key === t.key;
}
/**
 * Pairs template sections with document headings: first by exact heading within the parent's
 * span (so a `Goals` under `Motivation` is the one taken), then anywhere, then by typo distance.
 * Further headings in a numbered group (`Alternative 3`) are repeats of the group.
 */
function matchSections(template, outline) {
    const headings = outline.headings;
    const used = new Uint8Array(headings.length);
    const bySection = new Map();
    const byHeading = new Array(headings.length);
    let docTitle = outline.title;
    if (docTitle >= 0 && template.roots.some((t) => headingMatches(t, headings[docTitle])))
        docTitle = -1;
    if (docTitle >= 0)
        used[docTitle] = 1;
    if (docTitle >= 0 && template.title) {
        bySection.set(template.title, headings[docTitle]);
        byHeading[docTitle] = { section: template.title, kind: 'exact' };
    }
    const assign = (t, h, kind) => {
        used[h.index] = 1;
        bySection.set(t, h);
        byHeading[h.index] = { section: t, kind };
    };
    const find = (t, from, to, after) => {
        for (let i = Math.max(after, from); i < to; i++)
            if (!used[i] && headingMatches(t, headings[i]))
                return headings[i];
        for (let i = from; i < Math.min(after, to); i++)
            if (!used[i] && headingMatches(t, headings[i]))
                return headings[i];
        return undefined;
    };
    const matchLevel = (sections, from, to) => {
        let after = from;
        for (const t of sections) {
            if (bySection.has(t))
                continue;
            const h = find(t, from, to, after);
            if (!h)
                continue;
            assign(t, h, 'exact');
            after = h.end;
            matchLevel(t.children, h.index + 1, h.end);
        }
    };
    matchLevel(template.roots, 0, headings.length);
    // Sections moved out of their parent, or whose parent is missing.
    for (const t of template.sections) {
        if (bySection.has(t))
            continue;
        const h = find(t, 0, headings.length, 0);
        if (!h)
            continue;
        assign(t, h, 'exact');
        matchLevel(t.children, h.index + 1, h.end);
    }
    // Typos: the closest unused heading within the parent's span.
    for (const t of template.sections) {
        if (bySection.has(t) || t.isPattern)
            continue;
        const limit = typoLimit(t.key);
        const parent = t.parent ? bySection.get(t.parent) : undefined;
        const from = parent ? parent.index + 1 : 0;
        const to = parent ? parent.end : headings.length;
        let best;
        let bestDistance = limit + 1;
        for (let i = from; limit > 0 && i < to; i++) {
            if (used[i])
                continue;
            const d = boundedDistance(t.key, headings[i].key, limit);
            if (d < bestDistance) {
                best = headings[i];
                bestDistance = d;
            }
        }
        // A shortened name (`Alternatives` for `Rationale and alternatives`), among siblings only.
        if (!best) {
            for (let i = from; i < to; i++) {
                if (used[i] || (parent ? headings[i].parent !== parent.index : headings[i].parent !== outline.title && headings[i].parent !== -1))
                    continue;
                if (isShortenedName(headings[i].key, t.key)) {
                    best = headings[i];
                    break;
                }
            }
        }
        if (best) {
            assign(t, best, 'fuzzy');
            matchLevel(t.children, best.index + 1, best.end);
        }
    }
    // Repeats of numbered groups: `Alternative 3: ...` when the template shows two.
    const groups = template.sections.filter((t) => t.groupKey.includes('#'));
    if (groups.length > 0) {
        for (const h of headings) {
            if (used[h.index])
                continue;
            const general = generalizeNumbers(h.key);
            for (const t of groups) {
                const key = generalizeNumbers(t.key);
                if (general === key || (t.isPattern && general.startsWith(key + ' '))) {
                    byHeading[h.index] = { section: t, kind: 'repeat' };
                    used[h.index] = 1;
                    break;
                }
            }
        }
    }
    const offsets = new Map();
    for (const [t, h] of bySection) {
        if (t === template.title || byHeading[h.index]?.kind !== 'exact')
            continue;
        const d = h.depth - t.depth;
        offsets.set(d, (offsets.get(d) ?? 0) + 1);
    }
    let depthOffset = 0;
    let most = 0;
    for (const [d, n] of offsets)
        if (n > most || (n === most && Math.abs(d) < Math.abs(depthOffset)))
            [depthOffset, most] = [d, n];
    return { bySection, byHeading, docTitle, depthOffset };
}

;// CONCATENATED MODULE: ./src/engine/slices.ts

/** Destinations that make a definition a real link rather than a placeholder-shaped line. */
const URL_LIKE = /^(#|\/|\.{1,2}\/|[a-z][a-z0-9+.-]*:)|[/.]/i;
/** Whether a link reference definition points somewhere, so its label is not a placeholder. */
function isUrlLike(url) {
    return URL_LIKE.test(url);
}
/** Identifier -> destination of every link reference definition in a tree. */
function collectDefinitions(root) {
    const defs = new Map();
    walk(root.children, (n) => {
        if (n.type === 'definition' && !defs.has(n.identifier))
            defs.set(n.identifier, n.url);
        if (n.type === 'code' || n.type === 'html')
            return false;
        return undefined;
    });
    return defs;
}
/**
 * The source stretches under `nodes` that a reader sees as prose: text, placeholder-shaped
 * definitions and references, and HTML that is not a comment. Code, inline code, links,
 * images and footnotes are left out.
 */
function collectTextSlices(nodes, source, definitions) {
    const slices = [];
    const take = (n) => {
        const start = n.position?.start.offset;
        const end = n.position?.end.offset;
        if (start !== undefined && end !== undefined && end > start)
            slices.push({ offset: start, text: source.slice(start, end) });
    };
    walk(nodes, (n) => {
        switch (n.type) {
            case 'code':
            case 'inlineCode':
            case 'link':
            case 'image':
            case 'imageReference':
            case 'footnoteReference':
            case 'yaml':
            case 'toml':
                return false;
            case 'html':
                if (!isComment(n.value))
                    take(n);
                return false;
            case 'text':
                take(n);
                return false;
            case 'definition':
                if (!isUrlLike(n.url))
                    take(n);
                return false;
            case 'linkReference': {
                const url = definitions.get(n.identifier);
                if (n.referenceType !== 'full' && (url === undefined || !isUrlLike(url)))
                    take(n);
                return false;
            }
            default:
                return undefined;
        }
    });
    return slices;
}

;// CONCATENATED MODULE: ./src/engine/template.ts





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
function buildTemplate(source, name) {
    let root;
    try {
        root = parseMarkdown(source.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        if (e instanceof errors/* DocumentError */.M)
            throw new TemplateError(e.message, e.line);
        throw e;
    }
    const text = source.replace(/^\uFEFF/, '');
    const outline = buildOutline(root);
    if (outline.headings.length === 0)
        throw new TemplateError('the template has no headings, so there are no sections to check against');
    const definitions = collectDefinitions(root);
    const model = {
        name,
        sections: [],
        roots: [],
        placeholders: new Map(),
        placeholderWords: new Set(),
        guidance: new Map(),
        examples: new Map()
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
    for (const h of outline.headings) {
        const section = byIndex[h.index];
        classifyBody(root.children.slice(h.bodyStart, h.bodyEnd), section, text, definitions, model);
    }
    return model;
}
function createSection(h, parent, source, definitions, model) {
    const title = collapseSpace(h.text);
    const path = parent && parent !== model.title ? [...parent.path, title] : [title];
    // Where the first placeholder starts in the heading's plain text.
    let cut = -1;
    for (const span of findBracketSpans(h.text)) {
        cut = span.start;
        break;
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
        key: cut === -1 ? h.key : normalizeHeading(h.text.slice(0, cut)),
        isPattern: cut !== -1,
        groupKey: '',
        optional: h.optional,
        parent,
        children: [],
        expectsContent: false,
        checklist: false,
        verbatimHeading: collapseSpace(h.text).toLowerCase()
    };
    section.groupKey = generalizeNumbers(section.key) + (section.isPattern ? ' *' : '');
    registerPlaceholders(collectTextSlices(h.node.children, source, definitions), path, model);
    return section;
}
function registerPlaceholders(slices, path, model) {
    let found = 0;
    for (const slice of slices) {
        const spans = findBracketSpans(slice.text);
        for (const span of spans) {
            const key = placeholderKey(span.inner);
            if (key === 'optional')
                continue; // a marker (`[Optional] Aggregation method:`), not a value
            if (!model.placeholders.has(key))
                model.placeholders.set(key, { text: `[${span.inner}]`, section: path });
            found++;
        }
        LETTER_RUN.lastIndex = 0;
        for (let m = LETTER_RUN.exec(slice.text); m; m = LETTER_RUN.exec(slice.text)) {
            const at = m.index;
            if (spans.some((s) => s.start <= at && at < s.end))
                continue;
            model.placeholderWords.add(m[0]);
            found++;
        }
    }
    return found;
}
/** Classifies the blocks between a section's heading and the next heading. */
function classifyBody(nodes, section, source, definitions, model) {
    let rendered = false;
    const guidance = [];
    const stack = [];
    for (let i = nodes.length - 1; i >= 0; i--)
        stack.push({ node: nodes[i], task: false });
    while (stack.length > 0) {
        const { node, task } = stack.pop();
        switch (node.type) {
            case 'html':
                if (!isComment(node.value))
                    rendered = true;
                break;
            case 'definition':
                if (!isUrlLike(node.url)) {
                    rendered = true;
                    registerPlaceholders(collectTextSlices([node], source, definitions), section.path, model);
                }
                break;
            case 'code': {
                rendered = true;
                const code = collapseSpace(node.value);
                if (code !== '' && !model.examples.has(code))
                    model.examples.set(code, section.path);
                break;
            }
            case 'paragraph':
            case 'heading': {
                rendered = true;
                const found = registerPlaceholders(collectTextSlices(node.children, source, definitions), section.path, model);
                if (node.type === 'paragraph' && TASK_BOX.test(plainText(node)))
                    section.checklist = true;
                else if (found === 0 && !task && node.type === 'paragraph' && isGuidance(node))
                    guidance.push(guidanceKey(node));
                break;
            }
            case 'table':
                rendered = true;
                registerPlaceholders(collectTextSlices([node], source, definitions), section.path, model);
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
/** Normalised text of a paragraph, for telling guidance left verbatim. */
function guidanceKey(node) {
    return collapseSpace(plainText(node)).toLowerCase();
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
    const text = collapseSpace(plainText(node));
    const onlyStrong = node.children.every((c) => c.type === 'strong' || c.type === 'emphasis' || (c.type === 'text' && c.value.trim() === ''));
    if (onlyStrong && text.endsWith(':'))
        return false;
    return true;
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/check.ts









/** A bare "not applicable" with nothing to say why. */
const BARE_NOT_APPLICABLE = /^(n\/?a|none|not applicable|-|—)[.!]?$/i;
/** An answer that a section does not apply, followed by a reason. */
const NOT_APPLICABLE_PREFIX = /^(n\/?a|not applicable)\b/i;
/** Checks one document's text against a template. Never throws for any document text. */
function checkDocument(template, source, path, options = {}) {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const lines = new LineIndex(text);
    let outline;
    try {
        outline = buildOutline(parseMarkdown(text));
    }
    catch (e) {
        if (!(e instanceof errors/* DocumentError */.M))
            throw e;
        return unreadableResult(template, path, e, lines.lineCount);
    }
    return new DocumentChecker(template, text, path, options, outline, lines).run();
}
/** The result for a document that could not be read or parsed. */
function unreadableResult(template, path, error, lineCount = 1) {
    return {
        path,
        template: template.name,
        passed: false,
        draft: false,
        lineCount,
        sections: [],
        findings: [
            {
                rule: 'unreadable-document',
                severity: 'error',
                section: [],
                line: Math.max(1, Math.min(error.line, lineCount)),
                column: error.column,
                message: `cannot check this document: ${error.message}`
            }
        ]
    };
}
/** Whether a section is named by one of `names`: a full path `A > B` or its own heading. */
function namedIn(section, names) {
    if (!names || names.length === 0)
        return false;
    const full = section.path.map((p) => collapseSpace(p).toLowerCase()).join(' > ');
    const own = collapseSpace(section.title).toLowerCase();
    return names.some((n) => {
        const want = n.split('>').map((p) => collapseSpace(p).toLowerCase()).join(' > ');
        return want === full || want === own;
    });
}
class DocumentChecker {
    template;
    text;
    path;
    options;
    outline;
    lines;
    findings = [];
    match;
    notApplicable = new Set();
    definitions;
    draft;
    constructor(template, text, path, options, outline, lines) {
        this.template = template;
        this.text = text;
        this.path = path;
        this.options = options;
        this.outline = outline;
        this.lines = lines;
        this.match = matchSections(template, outline);
        this.definitions = collectDefinitions(outline.root);
        this.draft = this.readDraft();
    }
    run() {
        this.checkContent();
        this.checkMissing();
        this.checkStructure();
        const covered = this.checkTemplateText();
        this.checkPlaceholders(covered);
        this.checkUnknown();
        this.findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
        const passed = !this.findings.some((f) => f.severity === 'error');
        return {
            path: this.path,
            template: this.template.name,
            passed,
            draft: this.draft,
            lineCount: this.lines.lineCount,
            findings: this.findings,
            sections: this.sectionStatuses()
        };
    }
    /** The configured severity, with errors demoted to warnings in a draft's leftovers and where `lenient`. */
    severity(rule, lenient) {
        const configured = this.options.severities?.[rule] ?? types/* DEFAULT_SEVERITY */.Un[rule];
        const draftLeftover = this.draft && (rule === 'placeholder' || rule === 'template-text' || rule === 'empty-section' || rule === 'unchecked-item');
        return configured === 'error' && (draftLeftover || lenient) ? 'warning' : configured;
    }
    add(rule, section, line, column, message, fix, excerpt, lenient = false) {
        const severity = this.severity(rule, lenient);
        if (severity === 'off')
            return;
        const last = this.lines.lineCount;
        const finding = { rule, severity, section, line: Math.max(1, Math.min(line, last)), column: Math.max(1, column), message };
        if (fix)
            finding.fix = fix;
        if (excerpt !== undefined)
            finding.excerpt = excerpt;
        this.findings.push(finding);
    }
    readDraft() {
        const draft = this.options.draft ?? { field: 'status', values: ['draft'] };
        const first = this.outline.root.children[0];
        if (!first || first.type !== 'yaml')
            return false;
        try {
            const data = (0,dist/* parse */.qg)(first.value, { maxAliasCount: 10 });
            if (data === null || typeof data !== 'object')
                return false;
            const value = data[draft.field];
            return typeof value === 'string' && draft.values.some((v) => v.toLowerCase() === value.trim().toLowerCase());
        }
        catch {
            return false;
        }
    }
    isOptional(t) {
        for (let s = t; s; s = s.parent) {
            if (s.optional || namedIn(s, this.options.optional))
                return true;
        }
        return false;
    }
    ancestorNotApplicable(t) {
        for (let s = t.parent; s; s = s.parent)
            if (this.notApplicable.has(s))
                return true;
        return false;
    }
    /** The nodes that count as a matched section's content: its own body and unknown subsections. */
    contentOf(h) {
        const children = this.outline.root.children;
        const nodes = children.slice(h.bodyStart, h.bodyEnd);
        const headings = this.outline.headings;
        let i = h.index + 1;
        while (i < h.end) {
            const sub = headings[i];
            if (this.match.byHeading[i]) {
                i = sub.end;
                continue;
            }
            nodes.push(sub.node, ...children.slice(sub.bodyStart, sub.bodyEnd));
            i++;
        }
        return nodes;
    }
    /** empty-section, unchecked-item, and which sections say they do not apply. */
    checkContent() {
        const ordered = [...this.match.bySection.entries()].sort((a, b) => a[1].index - b[1].index);
        const repeats = [];
        this.match.byHeading.forEach((m, i) => {
            if (m?.kind === 'repeat')
                repeats.push([m.section, this.outline.headings[i]]);
        });
        for (const [t, h] of [...ordered, ...repeats]) {
            if (t === this.template.title)
                continue;
            const content = this.contentOf(h);
            const said = collapseSpace(plainTextOf(content));
            if (BARE_NOT_APPLICABLE.test(said)) {
                this.add('empty-section', t.path, h.line, h.column, `'${t.title}' says only '${truncate(said, 20)}'`, 'Say why the section does not apply, e.g. "N/A: this feature stores no data."');
                this.notApplicable.add(t);
                continue;
            }
            if (NOT_APPLICABLE_PREFIX.test(said)) {
                this.notApplicable.add(t);
                continue;
            }
            if (t.expectsContent && !this.ancestorNotApplicable(t) && !rendersAnything(content)) {
                const where = t.children.length > 0 ? ' before its first subsection' : '';
                const optional = this.isOptional(t);
                this.add('empty-section', t.path, h.line, h.column, `'${t.title}' has nothing written${where}`, optional ? 'Write this optional section, or delete its heading.' : 'Write this section, or say why it does not apply (e.g. "N/A: ...").', undefined, optional);
            }
            if (namedIn(t, this.options.checklists))
                this.checkTicked(t, content);
        }
    }
    checkTicked(t, content) {
        walk(content, (n) => {
            if (n.type === 'listItem' && n.checked === false) {
                const item = truncate(collapseSpace(plainText(n)), 60);
                const pos = n.position?.start;
                this.add('unchecked-item', t.path, pos?.line ?? 1, pos?.column ?? 1, `unticked item in '${t.title}': ${item}`, 'Tick it once it is done, or remove it if it does not apply.', item);
            }
            if (n.type === 'code' || n.type === 'html')
                return false;
            return undefined;
        });
    }
    /** missing-section: once per missing subtree, placed where the section belongs. */
    checkMissing() {
        const { bySection } = this.match;
        const anyMatched = (t) => bySection.has(t) || t.children.some(anyMatched);
        for (const t of this.template.sections) {
            if (bySection.has(t) || this.isOptional(t) || this.ancestorNotApplicable(t))
                continue;
            if (t.isPattern && t.key === '')
                continue;
            const parent = t.parent && t.parent !== this.template.title ? t.parent : undefined;
            if (parent && !bySection.has(parent) && !this.isOptional(parent) && !anyMatched(parent))
                continue;
            const missingBelow = countRequired(t, (c) => !bySection.has(c) && !this.isOptional(c));
            const { line, after } = this.whereBelongs(t);
            const level = '#'.repeat(Math.min(6, Math.max(1, t.depth + this.match.depthOffset)));
            const under = parent ? ` under '${parent.title}'` : '';
            const also = missingBelow > 0 ? ` and its ${missingBelow} subsection${missingBelow === 1 ? '' : 's'}` : '';
            this.add('missing-section', t.path, line, 1, `missing section '${t.title}'${also}${under}`, `Add a '${level} ${t.title}' heading${after ? ` after '${after}'` : ''} and fill it in.`);
        }
    }
    /** The line where a missing section should go, and the section it follows. */
    whereBelongs(t) {
        const headings = this.outline.headings;
        const siblings = t.parent && t.parent !== this.template.title ? t.parent.children : this.template.roots;
        const at = siblings.indexOf(t);
        for (let i = at - 1; i >= 0; i--) {
            const h = this.match.bySection.get(siblings[i]);
            if (h)
                return { line: h.end < headings.length ? headings[h.end].line : this.lines.lineCount, after: siblings[i].title };
        }
        const parent = t.parent ? this.match.bySection.get(t.parent) : undefined;
        if (parent)
            return { line: parent.index + 1 < parent.end ? headings[parent.index + 1].line : parent.line, after: undefined };
        for (let i = at + 1; i < siblings.length; i++) {
            const h = this.match.bySection.get(siblings[i]);
            if (h)
                return { line: h.line };
        }
        return { line: headings.length > 0 ? headings[0].line : 1 };
    }
    /** heading-mismatch, heading-level and section-order. */
    checkStructure() {
        const { bySection, byHeading, depthOffset } = this.match;
        for (const [t, h] of bySection) {
            if (t === this.template.title)
                continue;
            if (byHeading[h.index]?.kind === 'fuzzy') {
                this.add('heading-mismatch', t.path, h.line, h.column, `heading '${truncate(h.text)}' does not match the template; did you mean '${t.title}'?`, `Rename the heading to '${t.title}'.`, h.text);
            }
            const want = t.depth + depthOffset;
            if (h.depth !== want && want >= 1 && want <= 6) {
                this.add('heading-level', t.path, h.line, h.column, `'${t.title}' is a level ${h.depth} heading here; the template makes it level ${want}`, `Use '${'#'.repeat(want)} ${t.title}'.`);
            }
        }
        const groups = [this.template.roots, ...this.template.sections.map((t) => t.children)];
        for (const siblings of groups) {
            const present = siblings.filter((t) => bySection.has(t));
            if (present.length < 2)
                continue;
            const keep = longestIncreasing(present.map((t) => bySection.get(t).index));
            present.forEach((t, i) => {
                if (keep.has(i))
                    return;
                const h = bySection.get(t);
                const before = siblings[siblings.indexOf(t) - 1];
                const rel = before ? `after '${before.title}'` : 'first among its siblings';
                this.add('section-order', t.path, h.line, h.column, `'${t.title}' is out of order: the template puts it ${rel}`, `Move the section ${rel}.`);
            });
        }
    }
    /** template-text: guidance prose or example code left verbatim. Returns their source ranges. */
    checkTemplateText() {
        const covered = [];
        const { guidance, examples } = this.template;
        if (guidance.size === 0 && examples.size === 0)
            return covered;
        const report = (node, path, kind, excerpt) => {
            if (!path)
                return;
            const pos = node.position;
            if (!pos)
                return;
            covered.push([pos.start.offset ?? 0, pos.end.offset ?? 0]);
            const section = this.sectionAt(pos.start.offset ?? 0) ?? path;
            this.add('template-text', section, pos.start.line, pos.start.column, `${kind} from the template left as it is: "${truncate(excerpt, 60)}"`, kind === 'example code' ? 'Replace the example with your own, or delete it.' : 'Replace the guidance with your own text.', excerpt);
        };
        walk(this.outline.root.children, (n) => {
            if (n.type === 'paragraph') {
                if (guidance.size > 0) {
                    const key = guidanceKey(n);
                    report(n, guidance.get(key), 'guidance', collapseSpace(plainText(n)));
                }
                return false;
            }
            if (n.type === 'code') {
                report(n, examples.get(collapseSpace(n.value)), 'example code', collapseSpace(n.value));
                return false;
            }
            if (n.type === 'html' || n.type === 'heading' || n.type === 'table')
                return false;
            return undefined;
        });
        return covered;
    }
    /** placeholder: the template's own placeholders and the generic markers, each where it is. */
    checkPlaceholders(covered) {
        const markers = buildMarkerPattern(this.options.markers ?? types/* DEFAULT_MARKERS */.g6, this.template.placeholderWords);
        const patterns = this.options.patterns ?? [];
        const slices = collectTextSlices(this.outline.root.children, this.text, this.definitions);
        let c = 0;
        for (const slice of slices) {
            while (c < covered.length && covered[c][1] <= slice.offset)
                c++;
            if (c < covered.length && covered[c][0] <= slice.offset && slice.offset < covered[c][1])
                continue;
            const reported = [];
            for (const span of findBracketSpans(slice.text)) {
                const known = this.template.placeholders.get(placeholderKey(span.inner));
                if (!known)
                    continue;
                reported.push([span.start, span.end]);
                this.placeholderAt(slice.offset + span.start, `[${span.inner}]`);
            }
            const inReported = (at) => reported.some(([s, e]) => s <= at && at < e);
            if (markers) {
                markers.lastIndex = 0;
                for (let m = markers.exec(slice.text); m; m = markers.exec(slice.text)) {
                    if (!inReported(m.index))
                        this.placeholderAt(slice.offset + m.index, m[0]);
                }
            }
            for (const p of patterns) {
                for (const line of splitLines(slice.text)) {
                    p.lastIndex = 0;
                    const m = p.exec(line.text);
                    if (m && m[0] !== '')
                        this.placeholderAt(slice.offset + line.offset + m.index, m[0]);
                }
            }
        }
    }
    placeholderAt(offset, found) {
        const { line, column } = this.lines.locate(offset);
        const section = this.sectionAt(offset) ?? [];
        const label = section.length > 0 ? section[section.length - 1] : 'the document';
        this.add('placeholder', section, line, column, `placeholder ${truncate(found, 60)} left in '${label}'`, `Replace ${truncate(found, 60)} with the real content, or delete it.`, found);
    }
    /** The template path of the section enclosing a source offset. */
    sectionAt(offset) {
        const headings = this.outline.headings;
        let lo = 0;
        let hi = headings.length - 1;
        let found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if ((headings[mid].node.position?.start.offset ?? 0) <= offset) {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        for (let i = found; i >= 0; i = headings[i].parent) {
            const m = this.match.byHeading[i];
            if (m && m.section !== this.template.title)
                return m.section.path;
        }
        return undefined;
    }
    /** unknown-section: headings beside the template's sections that the template does not have. */
    checkUnknown() {
        const { byHeading, docTitle } = this.match;
        for (const h of this.outline.headings) {
            if (byHeading[h.index] || h.index === docTitle)
                continue;
            const parent = h.parent;
            const parentSection = parent >= 0 ? byHeading[parent]?.section : undefined;
            const besideTemplate = parent === -1 || parent === docTitle || (parentSection !== undefined && parentSection.children.length > 0) || parentSection === this.template.title;
            if (!besideTemplate)
                continue;
            const section = parentSection && parentSection !== this.template.title ? parentSection.path : [];
            this.add('unknown-section', section, h.line, h.column, `section '${truncate(h.text)}' is not in the template`, undefined, h.text);
        }
    }
    sectionStatuses() {
        const bad = new Map();
        for (const f of this.findings) {
            if (f.severity === 'info' || f.rule === 'missing-section')
                continue;
            const key = f.section.join('\u0000');
            if (bad.get(key) !== 'error')
                bad.set(key, f.severity === 'error' ? 'error' : 'warning');
        }
        return this.template.sections.map((t) => {
            const h = this.match.bySection.get(t);
            const status = { section: t.path, depth: t.depth, optional: this.isOptional(t), state: 'ok' };
            if (!h)
                status.state = status.optional || this.ancestorNotApplicable(t) ? 'optional-missing' : 'missing';
            else {
                status.line = h.line;
                const worst = bad.get(t.path.join('\u0000'));
                status.state = worst === 'error' ? 'incomplete' : worst === 'warning' ? 'warning' : 'ok';
            }
            return status;
        });
    }
}
function countRequired(t, missing) {
    let n = 0;
    for (const c of t.children)
        if (missing(c))
            n += 1 + countRequired(c, missing);
    return n;
}
function plainTextOf(nodes) {
    let out = '';
    for (const n of nodes) {
        if (n.type === 'html' || n.type === 'definition' || n.type === 'yaml')
            continue;
        out += ' ' + plainText(n);
        if (out.length > 400)
            break;
    }
    return out;
}
/** Whether any of the nodes shows something to a reader. */
function rendersAnything(nodes) {
    let seen = false;
    walk(nodes, (n) => {
        if (seen)
            return false;
        switch (n.type) {
            case 'text':
                if (n.value.trim() !== '' && !/^\[[ xX]?\]$/.test(n.value.trim()))
                    seen = true;
                return false;
            case 'inlineCode':
            case 'image':
            case 'imageReference':
            case 'table':
                seen = true;
                return false;
            case 'code':
                if (n.value.trim() !== '')
                    seen = true;
                return false;
            case 'html':
                if (!isComment(n.value) && n.value.trim() !== '')
                    seen = true;
                return false;
            case 'definition':
                // A placeholder-shaped line (`- [Risk 1]: [Mitigation]`) is text to its author.
                if (!isUrlLike(n.url))
                    seen = true;
                return false;
            case 'heading':
            case 'thematicBreak':
            case 'yaml':
                return false;
            default:
                return undefined;
        }
    });
    return seen;
}
/** Indices (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values) {
    const tails = [];
    const prev = new Array(values.length).fill(-1);
    for (let i = 0; i < values.length; i++) {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (values[tails[mid]] < values[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            prev[i] = tails[lo - 1];
        tails[lo] = i;
    }
    const keep = new Set();
    for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = prev[i])
        keep.add(i);
    return keep;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** One alternation of literals with word edges: linear to run over any text. */
function buildMarkerPattern(markers, words) {
    const all = [...new Set([...markers, ...words])].filter((m) => m !== '');
    if (all.length === 0)
        return undefined;
    all.sort((a, b) => b.length - a.length);
    return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${all.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}
function splitLines(text) {
    const out = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        if (i === text.length || text.charCodeAt(i) === 10) {
            out.push({ offset: start, text: text.slice(start, i) });
            start = i + 1;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/config.ts
var config = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/engine/default-template.ts
var default_template = __webpack_require__(886);
// EXTERNAL MODULE: ./src/engine/input.ts
var input = __webpack_require__(5058);
;// CONCATENATED MODULE: ./src/engine/session.ts






/**
 * One run's checks: each template is read and parsed once, however many documents use it.
 */
class CheckSession {
    config;
    readTemplate;
    templateOverride;
    templates = new Map();
    constructor(config, readTemplate, templateOverride) {
        this.config = config;
        this.readTemplate = readTemplate;
        this.templateOverride = templateOverride;
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
            return buildTemplate(default_template/* DEFAULT_TEMPLATE */.V, default_template/* DEFAULT_TEMPLATE_NAME */.$);
        let bytes;
        try {
            bytes = await this.readTemplate(path);
        }
        catch (e) {
            throw new errors/* TemplateLoadError */.l(path, undefined, `cannot read the template: ${e.message}`);
        }
        try {
            return buildTemplate(bytes, path);
        }
        catch (e) {
            if (e instanceof TemplateError)
                throw new errors/* TemplateLoadError */.l(path, e.line, e.message);
            throw e;
        }
    }
    /** Checks one document's bytes. Unreadable documents give a result, not an exception. */
    async check(path, bytes) {
        const template = await this.templateFor(path);
        let text;
        try {
            text = (0,input/* decodeDocument */.w8)(bytes, this.config.maxSize);
        }
        catch (e) {
            if (e instanceof errors/* DocumentError */.M)
                return unreadableResult(template, path, e);
            throw e;
        }
        return checkDocument(template, text, path, (0,config/* toCheckOptions */.aj)(this.config));
    }
}


/***/ })

};
