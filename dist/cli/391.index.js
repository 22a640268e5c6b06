export const id = 391;
export const ids = [391];
export const modules = {

/***/ 8391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollup: () => (/* binding */ rollup)
});

// UNUSED EXPORTS: rollupExit

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/report/report-file.ts

/**
 * A JSON report as another run wrote it (the action's `report` output, or `audit --json`): read
 * back for a rollup. Only what a rollup shows is required; other fields pass through untouched, so
 * reports from later versions still read.
 */
const State = schemas/* enum */.k5n(['pass', 'fail', 'pending', 'unknown', 'manual', 'signed-off', 'skipped']);
const count = schemas/* number */.aig().int().min(0);
const ReportFileShape = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    result: schemas/* enum */.k5n(['pass', 'fail', 'pending']),
    title: schemas/* string */.YjP().optional(),
    checklist: schemas/* object */.Ikc({ path: schemas/* string */.YjP(), ref: schemas/* string */.YjP(), label: schemas/* string */.YjP().optional() }),
    target: schemas/* object */.Ikc({ repo: schemas/* string */.YjP(), sha: schemas/* string */.YjP(), pr: schemas/* number */.aig().int().nullable() }),
    counts: schemas/* object */.Ikc({
        passed: count,
        failed: count,
        pending: count,
        unknown: count,
        manual: count,
        skipped: count.optional(),
        total: count.optional()
    }),
    items: schemas/* array */.YOg(schemas/* object */.Ikc({ path: schemas/* string */.YjP(), title: schemas/* string */.YjP(), required: schemas/* boolean */.zMY(), state: State })),
    errors: schemas/* array */.YOg(schemas/* object */.Ikc({ message: schemas/* string */.YjP() })).optional(),
    run_url: schemas/* string */.YjP().nullable().optional()
});
/** The report in `text`, or what is wrong with it. */
function parseReportFile(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problem: `not JSON (${error.message})` };
    }
    const parsed = ReportFileShape.safeParse(data);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    const issue = parsed.error.issues[0];
    const at = issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : '';
    return { ok: false, problem: `not a Readiness Gate JSON report (${at}${issue.message})` };
}

// EXTERNAL MODULE: ./src/text/markdown.ts + 1 modules
var markdown = __webpack_require__(6370);
// EXTERNAL MODULE: ./src/verdict/states.ts
var states = __webpack_require__(6143);
;// CONCATENATED MODULE: ./src/render/rollup.ts


const ORDER = { error: 0, fail: 1, pending: 2, pass: 3 };
const ZERO = { passed: 0, failed: 0, unknown: 0, pending: 0, manual: 0 };
/** A readable report as a row. */
function rowOf(source, r) {
    const configError = (r.errors ?? []).length > 0;
    const blocking = r.items
        .filter(i => i.required && states/* OPEN_STATES */.oX.includes(i.state))
        .sort((a, b) => states/* SEVERITY_ORDER */.B.indexOf(a.state) - states/* SEVERITY_ORDER */.B.indexOf(b.state))
        .map(i => i.path);
    return {
        source,
        repo: r.target.repo,
        target: r.target.pr ? `#${r.target.pr}` : (r.checklist.label ?? r.target.sha.slice(0, 7)),
        sha: r.target.sha,
        pr: r.target.pr,
        result: configError ? 'error' : r.result,
        counts: {
            passed: r.counts.passed,
            failed: r.counts.failed,
            unknown: r.counts.unknown,
            pending: r.counts.pending,
            manual: r.counts.manual
        },
        blocking,
        error: configError ? `configuration error: ${(r.errors ?? [])[0].message}` : null,
        run_url: r.run_url ?? null
    };
}
/** A file that held no readable report: an error row, so a rollup never hides a repository. */
function unreadableRow(source, problem) {
    return {
        source,
        repo: source,
        target: '',
        sha: null,
        pr: null,
        result: 'error',
        counts: ZERO,
        blocking: [],
        error: problem,
        run_url: null
    };
}
/** The rows worst first, then by repository, with the totals. */
function rollupOf(rows) {
    const repositories = [...rows].sort((a, b) => ORDER[a.result] - ORDER[b.result] || a.repo.localeCompare(b.repo) || a.target.localeCompare(b.target));
    const totals = { pass: 0, fail: 0, pending: 0, error: 0 };
    for (const r of repositories)
        totals[r.result]++;
    return { version: 1, totals, repositories };
}
const ICON = { pass: '✅', fail: '❌', pending: '⏳', error: '⚠️' };
/**
 * The rollup as one GitHub Markdown table. Every value comes from report files, which anyone who can
 * upload an artifact wrote: it enters as text or code nodes only, so it renders inert.
 */
function renderRollup(rollup, options = {}) {
    const max = options.maxBlocking ?? 5;
    const t = rollup.totals;
    const n = rollup.repositories.length;
    const headline = `### Readiness rollup: ${n} ${n === 1 ? 'repository' : 'repositories'}`;
    const summary = [
        `${t.fail} failing`,
        `${t.pending} pending`,
        `${t.pass} passing`,
        t.error > 0 ? `${t.error} with errors` : undefined
    ]
        .filter(Boolean)
        .join(' · ');
    const cell = (...children) => ({ type: 'tableCell', children });
    const header = {
        type: 'tableRow',
        children: [
            'Repository',
            'Target',
            'Result',
            'Failing',
            'Unknown',
            'Pending',
            'Manual',
            'Passed',
            'Blocking'
        ].map(h => cell((0,markdown/* words */.aL)(h)))
    };
    const rows = rollup.repositories.map(r => {
        const blocking = r.blocking
            .slice(0, max)
            .flatMap((p, i) => (i === 0 ? [(0,markdown/* inlineCode */.ti)(p)] : [(0,markdown/* words */.aL)(', '), (0,markdown/* inlineCode */.ti)(p)]));
        if (r.blocking.length > max)
            blocking.push((0,markdown/* words */.aL)(` and ${r.blocking.length - max} more`));
        return {
            type: 'tableRow',
            children: [
                cell((0,markdown/* text */.Qq)(r.repo)),
                cell(r.run_url ? (0,markdown/* linkNode */.XZ)(r.target || 'run', r.run_url) : (0,markdown/* text */.Qq)(r.target)),
                cell((0,markdown/* words */.aL)(`${ICON[r.result]} ${r.result}`)),
                cell((0,markdown/* words */.aL)(String(r.counts.failed))),
                cell((0,markdown/* words */.aL)(String(r.counts.unknown))),
                cell((0,markdown/* words */.aL)(String(r.counts.pending))),
                cell((0,markdown/* words */.aL)(String(r.counts.manual))),
                cell((0,markdown/* words */.aL)(String(r.counts.passed))),
                // The gate's own words, with names from the report in code spans.
                cell(...(r.error ? (0,markdown/* authoredPhrasing */.PT)(r.error) : blocking))
            ]
        };
    });
    return [
        headline,
        '',
        summary,
        '',
        (0,markdown/* serialize */.lK)([
            {
                type: 'table',
                align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
                children: [header, ...rows]
            }
        ])
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/rollup.ts





/**
 * `rollup <report.json ...>`: many repositories' JSON reports as one Markdown table (for a job
 * summary) or `--json`. Exit code: 3 when a file holds no readable report, else the worst result
 * (a repository whose checklist could not be loaded counts as failing).
 */
async function rollup(files, options, io) {
    const rows = [];
    let unreadable = 0;
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
        }
        catch (error) {
            unreadable++;
            rows.push(unreadableRow(file, `cannot read the file (${error.code ?? 'error'})`));
            continue;
        }
        const parsed = parseReportFile(text);
        if (parsed.ok)
            rows.push(rowOf(file, parsed.report));
        else {
            unreadable++;
            rows.push(unreadableRow(file, parsed.problem));
        }
    }
    const result = rollupOf(rows);
    io.out(options.json ? JSON.stringify(result, null, 2) : renderRollup(result));
    if (unreadable > 0)
        io.err(`${unreadable} of ${files.length} files held no readable report.`);
    return unreadable > 0 ? cli_io/* EXIT */.d.error : rollupExit(result);
}
function rollupExit(r) {
    if (r.totals.fail > 0 || r.totals.error > 0)
        return cli_io/* EXIT */.d.fail;
    if (r.totals.pending > 0)
        return cli_io/* EXIT */.d.pending;
    return cli_io/* EXIT */.d.pass;
}


/***/ }),

/***/ 6370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PT: () => (/* binding */ authoredPhrasing),
  qy: () => (/* binding */ html),
  ti: () => (/* binding */ inlineCode),
  _R: () => (/* binding */ itemsMarkdown),
  XZ: () => (/* binding */ linkNode),
  Aw: () => (/* binding */ listItem),
  Sg: () => (/* binding */ markdownsOf),
  f2: () => (/* binding */ phrasing),
  lK: () => (/* binding */ serialize),
  ko: () => (/* binding */ strong),
  Qq: () => (/* binding */ markdown_text),
  aL: () => (/* binding */ words)
});

// UNUSED EXPORTS: SETTINGS, inert, inlineMarkdown, itemMarkdown, markdownOf, paragraph

// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 9 modules
var lib = __webpack_require__(7636);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-markdown/lib/index.js + 10 modules
var mdast_util_to_markdown_lib = __webpack_require__(1286);
// EXTERNAL MODULE: ./src/text/phrase.ts
var phrase = __webpack_require__(8878);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-markdown/lib/handle/index.js + 30 modules
var handle = __webpack_require__(2169);
;// CONCATENATED MODULE: ./src/text/plain-text.ts

const LINE_ENDING = /[\r\n]/;
/** Whether the library's `safe` would change `value`, which holds no line ending or backslash. */
function escapes(value, state, info) {
    for (const pattern of state.unsafe) {
        if (!inScope(state.stack, pattern) || !value.includes(pattern.character))
            continue;
        const edge = edgeOnly(pattern);
        if (!edge)
            return true;
        // A space or tab escaped only next to a line ending: the text holds none, so only its first
        // or last character can meet one, in the text around it.
        if (edge === 'before' && value[0] === pattern.character && LINE_ENDING.test(info.before.slice(-1)))
            return true;
        if (edge === 'after' && value.at(-1) === pattern.character && LINE_ENDING.test(info.after.charAt(0)))
            return true;
    }
    return false;
}
/** Which side a whitespace pattern needs a line ending on, when that is all it needs. */
function edgeOnly(p) {
    if ((p.character !== ' ' && p.character !== '\t') || p.atBreak || p.beforeNode || p.afterNode)
        return undefined;
    if (p.before === '[\\r\\n]' && !p.after)
        return 'before';
    if (p.after === '[\\r\\n]' && !p.before)
        return 'after';
    return undefined;
}
/** The library's own scope rule (`patternInScope`): in one of `inConstruct`, none of `notInConstruct`. */
function inScope(stack, p) {
    return listed(stack, p.inConstruct, true) && !listed(stack, p.notInConstruct, false);
}
function listed(stack, list, none) {
    if (typeof list === 'string')
        return stack.includes(list);
    if (!list || list.length === 0)
        return none;
    return list.some(c => stack.includes(c));
}
/** The `text` handler: the text as it is when nothing in it can be escaped, else the library's. */
function plain_text_text(node, parent, state, info) {
    const value = node.value;
    // Line endings make any space escapable, and a backslash is escaped by the library whatever the
    // patterns say: both go the library's way.
    if (value !== '' && !value.includes('\\') && !LINE_ENDING.test(value) && !escapes(value, state, info)) {
        return value;
    }
    return handle/* handle */.p.text(node, parent, state, info);
}

;// CONCATENATED MODULE: ./src/text/markdown.ts




const ZWSP = '\u200b';
/**
 * Outside text made inert for GitHub: one line, no @mention, no #123 / GH-123 reference, and no
 * `<!--` that could read as the gate's marker even when escaped.
 */
function inert(value, options = {}) {
    const line = value
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/<!--/g, `<${ZWSP}!--`)
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`);
    // A link's own label cannot autolink again, so `#12` may stand there as it is.
    if (options.references === false)
        return line;
    return line.replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
}
/** Outside text (or text that holds some): escaped, and made inert. */
const markdown_text = (value) => ({ type: 'text', value: inert(value) });
/** The gate's own words (e.g. "head of #42", which should link): escaped, nothing more. */
const words = (value) => ({ type: 'text', value });
const inlineCode = (value) => ({
    type: 'inlineCode',
    value: value.replace(/[\r\n\u2028\u2029]+/g, ' ')
});
const strong = (...children) => ({ type: 'strong', children });
/** The gate's own inline HTML (`<br>`, `<sub>`): never built from outside text. */
const html = (value) => ({ type: 'html', value });
/** A link to http(s) only; the label is text like any other. */
function linkNode(label, url) {
    if (!url || !/^https?:\/\//i.test(url))
        return markdown_text(label);
    return { type: 'link', url, children: [{ type: 'text', value: inert(label, { references: false }) }] };
}
/** A phrase as mdast: plain parts are text, names are inline code, links are links. */
function phrasing(p) {
    return p.map(part => typeof part === 'string'
        ? markdown_text(part)
        : (0,phrase/* isCode */._m)(part)
            ? inlineCode(part.code)
            : linkNode(part.text, part.url));
}
/** Text the gate wrote with `backticks` around names (fixes, configuration errors) as mdast. */
const authoredPhrasing = (value) => phrasing((0,phrase/* authored */.VH)(value));
const paragraph = (...children) => ({ type: 'paragraph', children });
/** A list item; `checked: false` makes it a GFM task (an outstanding manual item). */
function listItem(children, checked) {
    return { type: 'listItem', spread: false, checked, children: [paragraph(...children)] };
}
/** The serialiser's settings, built once: a report serialises a line per item, thousands at scale. */
const SETTINGS = {
    extensions: [(0,lib/* gfmToMarkdown */.H)()],
    // The same output as the library's own handler, without its cost on text that needs no escape.
    handlers: { text: plain_text_text },
    bullet: '-',
    listItemIndent: 'one',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true
};
/** Serialises nodes as GitHub-flavoured Markdown. */
function serialize(nodes) {
    return (0,mdast_util_to_markdown_lib/* toMarkdown */.l)({ type: 'root', children: nodes }, SETTINGS).trimEnd();
}
/** A tight bullet list. */
const tightList = (children) => ({
    type: 'list',
    ordered: false,
    spread: false,
    children
});
/** One list item as a line (a list of one: consecutive items join into one list). */
const itemMarkdown = (item) => serialize([tightList([item])]);
/**
 * Each of `xs` as `alone` writes it, in one pass of the serialiser over `together`, split at
 * `between`: each pass builds its own state (handlers, patterns), which at thousands of lines was a
 * large share of a run's garbage. Should the pass ever not split into one piece per x, each is
 * written alone.
 */
function inOnePass(xs, alone, together, between) {
    if (xs.length < 2)
        return xs.map(alone);
    const pieces = serialize(together(xs))
        .split(between)
        .map(piece => piece.trimEnd());
    return pieces.length === xs.length ? pieces : xs.map(alone);
}
/** List items as itemMarkdown writes each (an item's further lines are indented; the next starts with the bullet). */
const itemsMarkdown = (items) => inOnePass(items, itemMarkdown, children => [tightList(children)], /\n(?=- )/);
/** Inline nodes as Markdown for a line the gate composes around them. */
const inlineMarkdown = (...children) => serialize([paragraph(...children)]);
/** A phrase as one line of safe Markdown (the JSON report's `summary`). */
const markdownOf = (p) => inlineMarkdown(...phrasing(p));
/** Phrases as markdownOf writes each, in one pass of the serialiser. */
const markdownsOf = (phrases) => inOnePass(phrases, markdownOf, ps => ps.map(p => paragraph(...phrasing(p))), '\n\n');


/***/ }),

/***/ 8878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ phrase),
/* harmony export */   VH: () => (/* binding */ authored),
/* harmony export */   _m: () => (/* binding */ isCode),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export isLink */
/**
 * What the gate says about an item, as structured text: plain words, literal names (shown as code)
 * and links to evidence. Evaluators build phrases; renderers decide how they read (Markdown for the
 * comment, check run and job summary; plain text for the status, annotations and the log), so text
 * that came from outside (a check name, a file path, an alert title) is never Markdown to anyone.
 */
const code = (text) => ({ code: text });
function link(text, url) {
    return url && /^https?:\/\//i.test(url) ? { text, url } : text;
}
const isCode = (part) => typeof part === 'object' && 'code' in part;
const isLink = (part) => typeof part === 'object' && 'url' in part;
/** Concatenates pieces into one phrase, merging neighbouring plain text. */
function phrase(...pieces) {
    const out = [];
    const push = (part) => {
        const last = out.length - 1;
        if (typeof part === 'string') {
            if (part === '')
                return;
            if (typeof out[last] === 'string')
                out[last] = out[last] + part;
            else
                out.push(part);
        }
        else {
            out.push(part);
        }
    };
    for (const piece of pieces) {
        if (piece === undefined || piece === null || piece === false)
            continue;
        if (typeof piece === 'number')
            push(String(piece));
        else if (Array.isArray(piece))
            piece.forEach(push);
        else
            push(piece);
    }
    return out;
}
/**
 * A template for phrases: say`${code(name)} is not ${allowed}`. The literal parts and interpolated
 * strings are plain text; `code(…)` and `link(…)` parts and nested phrases keep their structure.
 */
function say(strings, ...values) {
    const pieces = [];
    strings.forEach((s, i) => {
        pieces.push(s);
        if (i < values.length)
            pieces.push(values[i]);
    });
    return phrase(...pieces);
}
/** Pieces joined by a separator. */
function join(pieces, separator = ', ') {
    return phrase(...pieces.flatMap((p, i) => (i === 0 ? [p] : [separator, p])));
}
/** `a, b, c and 2 more`: at most `max` pieces shown. */
function list(pieces, max = 5) {
    const shown = join(pieces.slice(0, max));
    return pieces.length > max ? phrase(shown, ` and ${pieces.length - max} more`) : shown;
}
/**
 * Text the gate itself wrote with `backticks` around names (fixes, configuration errors): split into
 * parts. Even where an interpolated value holds a backtick, the parts stay text and code, so the worst
 * a stray backtick can do is move where code starts, never make Markdown of anything.
 */
function authored(text) {
    return phrase(...text.split('`').map((s, i) => (i % 2 === 1 ? code(s) : s)));
}
/** The phrase as plain text (status descriptions, annotations, the log); names are left bare. */
function plainText(p) {
    return p.map(part => (typeof part === 'string' ? part : isCode(part) ? part.code : part.text)).join('');
}


/***/ }),

/***/ 6143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   c0: () => (/* binding */ countStates),
/* harmony export */   oX: () => (/* binding */ OPEN_STATES)
/* harmony export */ });
/* unused harmony exports BLOCKING_STATES, FAILING_STATES */
/** Worst first: how the report orders what blocks. */
const SEVERITY_ORDER = [
    'fail',
    'unknown',
    'pending',
    'manual',
    'waived',
    'signed-off',
    'pass',
    'skipped'
];
/** Not done: what the report lists as open (blocking when required, advisory otherwise). */
const OPEN_STATES = ['fail', 'unknown', 'pending', 'manual'];
/** What blocks a release by evidence (manual items block too, but are listed as sign-offs). */
const BLOCKING_STATES = (/* unused pure expression or super */ null && (['fail', 'unknown', 'pending']));
/** What makes a required item fail the verdict (pending only holds it). */
const FAILING_STATES = (/* unused pure expression or super */ null && (['fail', 'unknown', 'manual']));
/**
 * The verdict over required leaves: any fail/unknown → fail; else any pending → pending;
 * else any manual → fail; else pass (a waived item counts as passed). Advisory items never reach this function.
 */
function verdictOf(requiredStates) {
    if (requiredStates.some(s => s === 'fail' || s === 'unknown'))
        return 'fail';
    if (requiredStates.includes('pending'))
        return 'pending';
    if (requiredStates.includes('manual'))
        return 'fail';
    return 'pass';
}
/** Counts over leaves, advisory ones included; `passed` = pass + signed-off. */
function countStates(states) {
    const n = (...wanted) => states.filter(s => wanted.includes(s)).length;
    return {
        passed: n('pass', 'signed-off'),
        failed: n('fail'),
        pending: n('pending'),
        unknown: n('unknown'),
        manual: n('manual'),
        waived: n('waived'),
        skipped: n('skipped'),
        total: states.length
    };
}


/***/ })

};

//# sourceMappingURL=391.index.js.map