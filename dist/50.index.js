export const id = 50;
export const ids = [50];
export const modules = {

/***/ 9050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckSession: () => (/* binding */ CheckSession)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/parse-markdown.ts + 82 modules
var parse_markdown = __webpack_require__(8625);
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
        outline = (0,engine_outline/* buildOutline */.xf)((0,parse_markdown/* parseMarkdown */.D)(text));
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
// EXTERNAL MODULE: ./src/engine/template.ts + 3 modules
var template = __webpack_require__(8700);
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
            return (0,template/* buildTemplate */.Z)(default_template/* DEFAULT_TEMPLATE */.V, default_template/* DEFAULT_TEMPLATE_NAME */.$, { aliases: this.config.aliases });
        if (bytes === undefined)
            throw new errors/* TemplateLoadError */.l(path, undefined, 'cannot read the template: not given');
        try {
            return (0,template/* buildTemplate */.Z)((0,input/* decodeText */.g7)(bytes), path, { aliases: this.config.aliases });
        }
        catch (e) {
            if (e instanceof template/* TemplateError */.$w || e instanceof errors/* DocumentError */.M)
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
