export const id = 583;
export const ids = [583];
export const modules = {

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ phraseText),
  R: () => (/* binding */ terminalReport)
});

// EXTERNAL MODULE: ./src/errors/config-error.ts
var config_error = __webpack_require__(1126);
// EXTERNAL MODULE: ./src/text/markdown.ts + 1 modules
var markdown = __webpack_require__(6370);
;// CONCATENATED MODULE: ./src/render/progress.ts

/** What counts as done in the progress table. */
const DONE_STATES = (/* unused pure expression or super */ null && (['pass', 'signed-off', 'waived']));
const BAR_WIDTH = 10;
/** `███████░░░`: done out of total, in tenths (a started section shows at least one block). */
function progressBar(done, total) {
    const filled = total === 0
        ? 0
        : done === total
            ? BAR_WIDTH
            : Math.max(done > 0 ? 1 : 0, Math.floor((done / total) * BAR_WIDTH));
    return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
}
/** Per section: leaves done (passed, signed off or waived) against those that apply (skipped ones do not). */
function sectionProgress(report) {
    const rows = new Map();
    for (const item of report.items) {
        const row = rows.get(item.section) ?? { done: 0, total: 0 };
        if (item.state !== 'skipped') {
            row.total += 1;
            if (DONE_STATES.includes(item.state))
                row.done += 1;
        }
        rows.set(item.section, row);
    }
    return [...rows].map(([section, r]) => ({ section, ...r }));
}
/** The progress table that opens the comment and the job summary (section titles are outside text). */
function progress_progressTable(report) {
    const rows = sectionProgress(report);
    if (rows.length === 0)
        return [];
    const cell = (value, outside = false) => ({
        type: 'tableCell',
        children: [outside ? text(value) : words(value)]
    });
    const row = (cells) => ({ type: 'tableRow', children: cells });
    const table = {
        type: 'table',
        align: [null, 'right', null],
        children: [
            row([cell('Section'), cell('Done'), cell('Progress')]),
            ...rows.map(r => row([
                cell(r.section, true),
                cell(`${r.done}/${r.total}`),
                cell(`${progressBar(r.done, r.total)} ${r.total === 0 ? 0 : Math.round((r.done / r.total) * 100)}%`)
            ]))
        ]
    };
    return [serialize([table]), ''];
}

// EXTERNAL MODULE: ./src/verdict/states.ts
var states = __webpack_require__(6143);
;// CONCATENATED MODULE: ./src/render/body.ts




const ICON = {
    pass: '✅',
    fail: '❌',
    unknown: '❔',
    pending: '⏳',
    manual: '📝',
    waived: '🏳️',
    'signed-off': '✍️',
    skipped: '⏭️'
};
const VERDICT_ICON = { pass: '✅', fail: '❌', pending: '⏳' };
/**
 * "2 failing · 1 unknown · 3 manual outstanding · 1 advisory open · 20 passed": what blocks first
 * (required items only), then advisory items that are not done, then what passed.
 */
function countsLine(report) {
    const required = (state) => report.items.filter(i => i.required && i.state === state).length;
    const advisoryOpen = report.items.filter(i => !i.required && states/* OPEN_STATES */.oX.includes(i.state)).length;
    const c = report.counts;
    const parts = [
        required('fail') && `${required('fail')} failing`,
        required('unknown') && `${required('unknown')} unknown`,
        required('pending') && `${required('pending')} pending`,
        required('manual') && `${required('manual')} manual outstanding`,
        advisoryOpen && `${advisoryOpen} advisory open`,
        `${c.passed} passed`,
        c.skipped && `${c.skipped} skipped`
    ];
    return parts.filter(Boolean).join(' · ');
}
/** The headline as plain text (check-run title, log). */
function headlineText(report) {
    if (report.errors.length > 0)
        return `${report.target.name}: configuration error`;
    return `${report.target.name}: ${report.result} — ${report.title}`;
}
function headline(report) {
    const icon = report.errors.length > 0 ? VERDICT_ICON.fail : VERDICT_ICON[report.result];
    return `### ${inlineMarkdown(text(`${icon} ${headlineText(report)}`))}`;
}
const EDIT_VERB = {
    removed: 'removes',
    relaxed: 'relaxes',
    added: 'adds',
    changed: 'changes',
    tightened: 'tightens'
};
/** A GitHub note on what the PR does to its own checklist copy (untrusted text): relaxations first. */
function editNotice(report) {
    const edit = report.checklist_edit;
    if (!edit)
        return [];
    const lead = inlineMarkdown(text('This PR edits '), inlineCode(report.checklist.path), text(". Edits take effect after merge: this verdict uses the base branch's copy."));
    const lines = [lead];
    if (edit.status === 'deleted')
        lines.push('The PR deletes the file.');
    if (edit.status === 'invalid') {
        lines.push(inlineMarkdown(text("The PR's copy has an error and would fail the gate: "), ...authoredPhrasing(edit.error)));
    }
    if (edit.status === 'changed') {
        for (const c of edit.changes.slice(0, 20)) {
            const detail = c.detail ? [text(': '), ...authoredPhrasing(c.detail)] : [];
            lines.push(itemMarkdown(listItem([text(`${EDIT_VERB[c.kind]} `), inlineCode(c.id), text(` (${c.title})`), ...detail])));
        }
        if (edit.changes.length > 20)
            lines.push(`- …and ${edit.changes.length - 20} more changes`);
    }
    // A GitHub alert: every line of the quote is `> `-prefixed Markdown the serialiser wrote.
    return ['> [!NOTE]', ...lines.flatMap(l => l.split('\n')).map(l => `> ${l}`), ''];
}
function whereNodes(item) {
    return [(0,markdown/* html */.qy)('<br>'), (0,markdown/* html */.qy)('<sub>'), (0,markdown/* text */.Qq)([item.section, ...item.groups].join(' › ')), (0,markdown/* html */.qy)('</sub>')];
}
/** Checklist warnings, quoted under the verdict: valid, but not what the author meant. */
function warningNotice(report) {
    if (report.warnings.length === 0)
        return [];
    const lines = report.warnings.map(w => itemMarkdown(listItem(authoredPhrasing(w))));
    return ['> [!WARNING]', ...lines.flatMap(l => l.split('\n')).map(l => `> ${l}`), ''];
}
/** How many item lines are written in one pass of the serialiser (a comment fills after a few hundred). */
const BATCH = 64;
/**
 * Each item's line, written once however many renders (comment, check run, job summary) show it,
 * and in batches: the line asked for and the next ones of its block in one pass of the serialiser.
 */
function linesBy(node) {
    const written = new WeakMap();
    return items => items.map((item, i) => () => {
        let line = written.get(item);
        if (line === undefined) {
            const batch = items.slice(i, i + BATCH).filter(x => !written.has(x));
            (0,markdown/* itemsMarkdown */._R)(batch.map(node)).forEach((l, k) => written.set(batch[k], l));
            line = written.get(item);
        }
        return line;
    });
}
const itemLines = linesBy(item => {
    const evidence = item.url ? [(0,markdown/* text */.Qq)(' · '), (0,markdown/* linkNode */.XZ)('evidence', item.url)] : [];
    const fix = item.fix ? [(0,markdown/* text */.Qq)(' '), (0,markdown/* strong */.ko)((0,markdown/* text */.Qq)('Fix:')), (0,markdown/* text */.Qq)(' '), ...(0,markdown/* authoredPhrasing */.PT)(item.fix)] : [];
    return (0,markdown/* listItem */.Aw)([
        (0,markdown/* text */.Qq)(`${ICON[item.state]} `),
        (0,markdown/* strong */.ko)((0,markdown/* text */.Qq)(item.title)),
        (0,markdown/* text */.Qq)(' '),
        (0,markdown/* inlineCode */.ti)(item.id),
        (0,markdown/* text */.Qq)(' — '),
        ...(0,markdown/* phrasing */.f2)(item.summary_parts),
        ...evidence,
        ...fix,
        ...whereNodes(item)
    ]);
});
const manualLines = linesBy(item => {
    const owner = item.owner ? [(0,markdown/* text */.Qq)(' — owner '), (0,markdown/* inlineCode */.ti)(item.owner)] : [];
    const where = whereNodes(item);
    return (0,markdown/* listItem */.Aw)([
        (0,markdown/* strong */.ko)((0,markdown/* text */.Qq)(item.title)),
        (0,markdown/* text */.Qq)(' '),
        (0,markdown/* inlineCode */.ti)(item.id),
        ...owner,
        ...where.slice(0, 3),
        (0,markdown/* text */.Qq)(' · '),
        ...(0,markdown/* phrasing */.f2)(item.summary_parts),
        where[3]
    ], false);
});
/** A refused command: who, where, what they wrote (inert) and why it was refused. */
function refusedLine(r) {
    return itemMarkdown(listItem([
        text(`${ICON.fail} `),
        inlineCode(`@${r.by}`),
        text(' in '),
        linkNode('a comment', r.url),
        text(` (${r.at.slice(0, 16).replace('T', ' ')} UTC): `),
        inlineCode(r.command),
        text(' — '),
        ...phrasing(r.reason_parts)
    ]));
}
function errorLine(e) {
    const fix = e.fix ? [html('<br>'), strong(text('Fix:')), text(' '), ...authoredPhrasing(e.fix)] : [];
    return itemMarkdown(listItem([...authoredPhrasing(formatConfigError({ ...e, fix: undefined })), ...fix]));
}
const characters = t => t.length;
const utf8Bytes = t => Buffer.byteLength(t);
/**
 * The report as Markdown, most important first: what blocks, outstanding manual items, advisory
 * problems, then everything that passed folded away. Every line is counted against `budget`, the
 * headline and the edit notice included; what does not fit is replaced by a line saying so.
 */
function renderBody(report, options = {}) {
    const { budget = Infinity, measure = characters, elsewhere = 'the job summary' } = options;
    const intro = report.errors.length > 0
        ? `The checklist could not be used, so nothing was verified and the gate fails. Fix ${report.errors.length === 1 ? 'this' : 'these'} and re-run:`
        : inlineMarkdown(strong(text(countsLine(report))), text(' on '), inlineCode(report.target.sha.slice(0, 7)), words(`${report.target.pr ? ` (head of #${report.target.pr})` : ''}, checklist `), inlineCode(report.checklist.path), 
        // The label is the gate's ("main (base of #42)"): the PR reference may link; a ref name never pings.
        words(` from ${report.checklist.label.replace(/@/g, '@\u200b')}.`));
    // Lines are written only when reached (a 2,000-item report fills a comment after a few hundred;
    // item lines a batch at a time), and once: the second layout, when the first did not fit, reuses them.
    const blocks = [
        {
            lines: [
                headline(report),
                '',
                intro,
                '',
                ...(report.errors.length > 0 ? [] : progressTable(report)),
                ...editNotice(report),
                ...warningNotice(report)
            ].map(line => () => line)
        }
    ];
    const lazily = (write) => (x) => {
        let line;
        return () => (line ??= write(x));
    };
    if (report.errors.length > 0)
        blocks.push({ lines: report.errors.map(lazily(errorLine)) });
    const by = (states, required) => report.items.filter(i => i.required === required && states.includes(i.state));
    const blocking = by(BLOCKING_STATES, true).sort((a, b) => SEVERITY_ORDER.indexOf(a.state) - SEVERITY_ORDER.indexOf(b.state));
    const manual = by(['manual'], true);
    const advisory = by(OPEN_STATES, false);
    const waived = report.items.filter(i => i.state === 'waived');
    const refusedCommands = report.refused_commands ?? [];
    const done = report.items.filter(i => !OPEN_STATES.includes(i.state) && i.state !== 'waived');
    if (blocking.length > 0)
        blocks.push({ title: `#### What blocks (${blocking.length})`, lines: itemLines(blocking) });
    if (manual.length > 0) {
        blocks.push({
            title: `#### Manual sign-off outstanding (${manual.length})`,
            lines: manualLines(manual)
        });
    }
    if (waived.length > 0) {
        blocks.push({ title: `#### Waived (${waived.length})`, lines: itemLines(waived) });
    }
    if (refusedCommands.length > 0) {
        blocks.push({
            title: `#### Refused commands (latest ${refusedCommands.length})`,
            lines: refusedCommands.map(lazily(refusedLine))
        });
    }
    if (advisory.length > 0) {
        blocks.push({
            title: `#### Advisory, not blocking (${advisory.length})`,
            lines: itemLines(advisory)
        });
    }
    if (done.length > 0) {
        blocks.push({
            fold: `${ICON.pass} ${done.length} passed, signed off or skipped`,
            lines: itemLines(done)
        });
    }
    const footer = report.run_url
        ? [
            '',
            `<sub>${inlineMarkdown(linkNode('Full report in the job summary', report.run_url))} · Readiness Gate</sub>`
        ]
        : [];
    const cutNotice = (n) => n === 0
        ? `_…the rest is not shown here (size limit): see ${elsewhere} or the JSON report._`
        : `_…${n} more item${n === 1 ? '' : 's'} not shown here (size limit): see ${elsewhere} or the JSON report._`;
    const whole = (room) => layout(blocks, footer, measure, room, cutNotice);
    // Everything, when it fits; else cut with room for the footer and the longest cut notice.
    const all = whole(budget);
    if (!all.cut && measure(all.text) <= budget)
        return all.text;
    return whole(budget - measure([...footer, cutNotice(999_999)].join('\n')) - 2).text;
}
/** The blocks in order, each line while the running size stays within `room`; then the footer. */
function layout(blocks, footer, measure, room, cutNotice) {
    let size = 0;
    const out = [];
    let cut = 0;
    let cutItems = 0;
    for (const [index, block] of blocks.entries()) {
        const opening = block.fold
            ? ['<details>', `<summary>${block.fold}</summary>`, '']
            : block.title
                ? [block.title, '']
                : [];
        const closing = block.fold ? ['', '</details>', ''] : block.title ? [''] : [];
        const fixed = measure([...opening, ...closing].join('\n')) + 1;
        const fits = [];
        for (const write of block.lines) {
            if (cut === 0) {
                const line = write();
                const cost = measure(line) + 1 + (fits.length === 0 ? fixed : 0);
                if (size + cost <= room) {
                    fits.push(line);
                    size += cost;
                    continue;
                }
            }
            cut++;
            if (index > 0)
                cutItems++;
        }
        if (fits.length > 0)
            out.push(...opening, ...fits, ...closing);
    }
    if (cut > 0)
        out.push(cutNotice(cutItems));
    out.push(...footer);
    return { text: out.join('\n').trimEnd() + '\n', cut: cut > 0 };
}

// EXTERNAL MODULE: ./src/text/phrase.ts
var phrase = __webpack_require__(8878);
// EXTERNAL MODULE: ./src/text/terminal.ts
var terminal = __webpack_require__(1555);
;// CONCATENATED MODULE: ./src/cli/terminal.ts





/** A phrase for a terminal: names in backticks, links as `text <url>`, every part made safe. */
function phraseText(p, c) {
    return p
        .map(part => typeof part === 'string'
        ? (0,terminal/* terminalSafe */.k)(part)
        : (0,phrase/* isCode */._m)(part)
            ? c.cyan(`\`${(0,terminal/* terminalSafe */.k)(part.code)}\``)
            : `${(0,terminal/* terminalSafe */.k)(part.text)} ${c.dim(`<${(0,terminal/* terminalSafe */.k)(part.url)}>`)}`)
        .join('');
}
const MARK = {
    fail: c => c.red('✗ fail     '),
    unknown: c => c.magenta('? unknown  '),
    pending: c => c.yellow('… pending  '),
    manual: c => c.blue('☐ manual   '),
    waived: c => c.green('≈ waived   '),
    'signed-off': c => c.green('✎ signed   '),
    pass: c => c.green('✓ pass     '),
    skipped: c => c.dim('- skipped  ')
};
const VERDICT = {
    pass: (c, s) => c.bold(c.green(s)),
    fail: (c, s) => c.bold(c.red(s)),
    pending: (c, s) => c.bold(c.yellow(s))
};
/**
 * The report for a terminal, most important first: what blocks, then advisory items that are open,
 * then what passed. Everything from the repository or the API goes through `terminalSafe`.
 */
function terminalReport(report, c) {
    const target = report.target.pr
        ? `PR #${report.target.pr} (${report.target.sha.slice(0, 7)})`
        : report.target.sha.slice(0, 7);
    const lines = [
        c.bold((0,terminal/* terminalSafe */.k)(`${report.title} — ${report.target.repo} ${target}`)),
        c.dim((0,terminal/* terminalSafe */.k)(`checklist ${report.checklist.path} at ${report.checklist.label}`)),
        ''
    ];
    if (report.errors.length > 0) {
        for (const e of report.errors)
            lines.push(c.red((0,terminal/* terminalSafe */.k)((0,config_error/* formatConfigError */.Y)(e))));
        lines.push('', VERDICT.fail(c, 'CONFIGURATION ERROR: the checklist could not be loaded'));
        return lines.join('\n');
    }
    const rank = (i) => states/* SEVERITY_ORDER */.B.indexOf(i.state) + (i.required ? 0 : states/* SEVERITY_ORDER */.B.length);
    const items = [...report.items].sort((a, b) => rank(a) - rank(b));
    for (const item of items) {
        const where = [item.section, ...item.groups].join(' › ');
        const extra = [item.required ? undefined : 'advisory', item.owner ? `owner ${item.owner}` : undefined]
            .filter(Boolean)
            .join(' · ');
        lines.push(`${MARK[item.state](c)}${c.bold((0,terminal/* terminalSafe */.k)(item.title))} ${c.dim((0,terminal/* terminalSafe */.k)(`${where} · ${item.path}${extra ? ` · ${extra}` : ''}`))}`);
        lines.push(`           ${phraseText(item.summary_parts, c)}`);
        if (item.url)
            lines.push(`           ${c.dim((0,terminal/* terminalSafe */.k)(item.url))}`);
        if (item.fix)
            lines.push(`           ${c.yellow('fix:')} ${(0,terminal/* terminalSafe */.k)(item.fix)}`);
    }
    for (const w of report.warnings)
        lines.push(c.yellow((0,terminal/* terminalSafe */.k)(`warning: ${w}`)));
    lines.push('', `${VERDICT[report.result](c, report.result.toUpperCase())} — ${(0,terminal/* terminalSafe */.k)(countsLine(report))}`);
    return lines.join('\n');
}


/***/ }),

/***/ 1126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ formatConfigError)
/* harmony export */ });
/** `file@ref:line:col: message. Fix: …` — one line a person can act on. */
function formatConfigError(e) {
    const where = [
        e.ref ? `${e.file} at ${e.ref}` : e.file,
        e.line !== undefined ? `line ${e.line}` : undefined,
        e.column !== undefined ? `column ${e.column}` : undefined
    ]
        .filter(Boolean)
        .join(', ');
    return `${where}: ${e.message}${e.fix ? ` Fix: ${e.fix}` : ''}`;
}


/***/ }),

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ CODE_SCANNING_ANALYSES),
/* harmony export */   KY: () => (/* binding */ CODE_SCANNING_ALERTS),
/* harmony export */   Lt: () => (/* binding */ SECRET_SCANNING_ALERTS),
/* harmony export */   OA: () => (/* binding */ openDependabotAlerts),
/* harmony export */   TW: () => (/* binding */ DEPENDABOT_ALERTS),
/* harmony export */   V0: () => (/* binding */ codeScanningAnalyses),
/* harmony export */   nl: () => (/* binding */ openSecretScanningAlerts),
/* harmony export */   oC: () => (/* reexport safe */ _shapes_js__WEBPACK_IMPORTED_MODULE_0__.oC),
/* harmony export */   wX: () => (/* binding */ openCodeScanningAlerts)
/* harmony export */ });
/* unused harmony export ANALYSES_READ */
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6133);


/**
 * Readers of the three security-alert lists (code scanning, secret scanning, Dependabot). They use the
 * security gateway (built from `security-token` when given), read every page, and shape-check every
 * response: a malformed page is an ApiError (hence `unknown`), never an empty list.
 */
const CODE_SCANNING_ALERTS = 'GET /repos/{owner}/{repo}/code-scanning/alerts';
const SECRET_SCANNING_ALERTS = 'GET /repos/{owner}/{repo}/secret-scanning/alerts';
const DEPENDABOT_ALERTS = 'GET /repos/{owner}/{repo}/dependabot/alerts';
/** Open code-scanning alerts on a ref (`refs/pull/N/merge`, `refs/heads/…`), optionally of one tool. */
function openCodeScanningAlerts(gateway, ref, tool) {
    const params = { ref, state: 'open' };
    if (tool)
        params.tool_name = tool;
    return gateway.cached(`code-scanning:${ref}:${tool ?? ''}`, () => gateway.readAll(CODE_SCANNING_ALERTS, params, _shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .CodeScanningAlertShape */ .U5.array(), page => page));
}
const CODE_SCANNING_ANALYSES = 'GET /repos/{owner}/{repo}/code-scanning/analyses';
/** How many of a ref's newest analyses are read: one page, more than any one commit uploads. */
const ANALYSES_READ = 100;
/**
 * The newest analyses of `ref` (at most ANALYSES_READ, newest first), optionally of one tool. Without
 * an analysis the alert list is empty whatever the code holds, so "no alerts" would prove nothing.
 */
function codeScanningAnalyses(gateway, ref, tool) {
    return gateway.cached(`code-scanning-analyses:${ref}:${tool ?? ''}`, () => {
        const params = { ref, per_page: ANALYSES_READ };
        if (tool)
            params.tool_name = tool;
        // A repository with no analysis at all answers 404 "no analysis found": that is left to the
        // caller's error mapping (code scanning not set up), unlike a ref not analysed yet.
        return gateway.read(CODE_SCANNING_ANALYSES, params, _shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .CodeScanningAnalysisShape */ .uJ.array());
    });
}
/** Open secret-scanning alerts, with `hide_secret=true` so the secrets never reach the runner. */
function openSecretScanningAlerts(gateway) {
    return gateway.cached('secret-scanning', () => gateway.readAll(SECRET_SCANNING_ALERTS, { state: 'open', hide_secret: true }, _shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretScanningAlertShape */ .jf.array(), page => page));
}
/** Open Dependabot alerts of the given severities (this endpoint pages with cursors: Link rel="next"). */
function openDependabotAlerts(gateway, severities) {
    const list = severities.join(',');
    return gateway.cached(`dependabot:${list}`, () => gateway.readAll(DEPENDABOT_ALERTS, { state: 'open', severity: list }, _shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .DependabotAlertShape */ .qI.array(), page => page));
}


/***/ }),

/***/ 3660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ permissionKey),
/* harmony export */   Gv: () => (/* binding */ toApiError),
/* harmony export */   HY: () => (/* binding */ REFUSED_FIX),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   hD: () => (/* binding */ ApiError)
/* harmony export */ });
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5435);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5038);


/** What went wrong with one API call, in terms the gate can explain to a person. */
class ApiError extends Error {
    endpoint;
    status;
    acceptedPermissions;
    network;
    constructor(
    /** e.g. `GET /repos/{owner}/{repo}/commits/{ref}/check-runs` */
    endpoint, 
    /** HTTP status; undefined for network failures and malformed responses. */
    status, message, 
    /** GitHub's `x-accepted-github-permissions` header, e.g. `checks=read`. */
    acceptedPermissions, 
    /** Set when no answer came: the request timed out, or the connection was refused. */
    network) {
        super(message);
        this.endpoint = endpoint;
        this.status = status;
        this.acceptedPermissions = acceptedPermissions;
        this.network = network;
        this.name = 'ApiError';
    }
}
/** Wraps anything thrown by an Octokit call into an ApiError naming the endpoint. */
function toApiError(error, endpoint) {
    if (error instanceof ApiError)
        return error;
    const e = (error ?? {});
    // Octokit reports a request that got no answer as status 500; the transport's error says what it was.
    const network = error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr ? error : e.cause instanceof _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr ? e.cause : undefined;
    if (network)
        return new ApiError(endpoint, undefined, network.message, undefined, network.kind);
    const data = e.response?.data;
    const message = typeof data?.message === 'string' ? data.message : String(e.message ?? error);
    return new ApiError(endpoint, typeof e.status === 'number' ? e.status : undefined, message, e.response?.headers?.['x-accepted-github-permissions']);
}
/**
 * `pull_requests=write; issues=write` → `pull-requests: write` (the first alternative, as it is
 * spelled under `permissions:` in a workflow).
 */
function permissionKey(accepted) {
    const first = accepted?.split(';')[0]?.split(',')[0]?.trim();
    if (!first || !first.includes('='))
        return undefined;
    const [name, level] = first.split('=');
    return `${name.replace(/_/g, '-')}: ${level}`;
}
/** What to do when nothing accepted the connection to the API. */
const REFUSED_FIX = 'Check that the API URL (GITHUB_API_URL) is right and reachable from the runner, and its proxy settings (HTTPS_PROXY, NO_PROXY).';
/** `GET … answered 403: Resource not accessible…`, or `GET …: timed out after 30 s` when nothing answered. */
function describeFailure(error) {
    return error.status === undefined
        ? `${error.endpoint}: ${error.message}`
        : `${error.endpoint} answered ${error.status}: ${error.message}`;
}
/**
 * Why a call failed and what to change. The `permissions:` entry named is the one GitHub says it
 * wanted, else the endpoint's (src/github/permissions.ts), else `fallback`.
 */
function explainApiError(error, fallback) {
    const what = describeFailure(error);
    if (error.network === 'timeout') {
        return {
            reason: what,
            fix: 'GitHub did not answer in time, retries included: re-run the job; if it persists, check githubstatus.com.'
        };
    }
    if (error.network === 'refused')
        return { reason: what, fix: REFUSED_FIX };
    if (error.status === 401) {
        return {
            reason: what,
            fix: 'The token was refused: check that the `token` input is a valid, unexpired token.'
        };
    }
    if (error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message))) {
        return {
            reason: what,
            fix: 'GitHub rate-limited the token: re-run the job later, or use a GitHub App token.'
        };
    }
    const key = permissionKey(error.acceptedPermissions) ?? (0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .permissionFor */ .T)(error.endpoint) ?? fallback;
    if (error.status === 403) {
        return {
            reason: what,
            fix: key
                ? `Grant the workflow job \`permissions: { ${key} }\` (or use a token that has it).`
                : 'The token may not do this: use a token with access to the repository.'
        };
    }
    if (error.status === 404) {
        // GitHub sends x-accepted-github-permissions with every answer, so a 404 is "not found" first.
        const needs = key ? ` (needs \`${key}\`)` : '';
        return { reason: what, fix: `Check that it exists and that the token can see it${needs}.` };
    }
    return { reason: what, fix: 'A GitHub API error: re-run the job; if it persists, check githubstatus.com.' };
}


/***/ }),

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ findArtifact),
/* harmony export */   bk: () => (/* binding */ downloadArtifact),
/* harmony export */   wG: () => (/* binding */ ENDPOINTS),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony export commitRuns */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3660);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5038);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6133);
/**
 * Workflow artifacts of a commit, and their download. Reads go through the gateway (cached,
 * shape-checked). The download asks the API for the archive's location without following
 * the redirect, then fetches that location (another host: signed blob storage) with no
 * Authorization header, so the token never leaves the API host; the archive is streamed to disk
 * under a byte limit.
 */






const ENDPOINTS = {
    repoArtifacts: 'GET /repos/{owner}/{repo}/actions/artifacts',
    runArtifacts: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    runs: 'GET /repos/{owner}/{repo}/actions/runs',
    download: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    compare: 'GET /repos/{owner}/{repo}/compare/{basehead}'
};

/** Longest time a download from blob storage may take. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;
const newestFirst = (a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id;
/** The commit's workflow runs, newest first. */
function commitRuns(gateway, sha) {
    return gateway.cached(`workflow-runs:${sha}`, async () => {
        const runs = await gateway.readAll(ENDPOINTS.runs, { head_sha: sha, exclude_pull_requests: true }, _shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .RunsPageShape */ .zb, page => page.workflow_runs);
        return runs.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    });
}
/**
 * The newest artifact named `name` uploaded by a run on `sha`. First one request: the repository's
 * artifacts of that name (newest first), filtered by the run's head SHA, which finds a fresh
 * commit's artifact at once. Only when that page is not the whole list and holds none for the
 * commit, each of the commit's runs is asked (newest first) — conclusive for older commits.
 */
async function findArtifact(gateway, name, sha) {
    const page = await gateway.cached(`artifacts-named:${name}`, () => gateway.read(ENDPOINTS.repoArtifacts, { name, per_page: 100 }, _shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtifactsPageShape */ .Ix));
    const onCommit = (list) => list.filter(a => a.name === name && a.workflow_run?.head_sha === sha).sort(newestFirst);
    const hits = onCommit(page.artifacts);
    if (hits.length > 0)
        return { found: true, artifact: hits[0] };
    const runs = await commitRuns(gateway, sha);
    if (page.artifacts.length < page.total_count) {
        for (const run of runs) {
            const list = await gateway.cached(`run-artifacts:${run.id}:${name}`, () => gateway.readAll(ENDPOINTS.runArtifacts, { run_id: run.id, name }, _shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtifactsPageShape */ .Ix, p => p.artifacts));
            const named = list.filter(a => a.name === name).sort(newestFirst);
            if (named.length > 0)
                return { found: true, artifact: named[0] };
        }
    }
    return { found: false, runs };
}
/** The artifact's zip, written to `file`. Throws ApiError (410 when expired) or a download Error. */
async function downloadArtifact(gateway, artifact, file, maxBytes) {
    const endpoint = ENDPOINTS.download;
    let response;
    try {
        response = await gateway.gh.request(endpoint, {
            ...gateway.repo,
            artifact_id: artifact.id,
            archive_format: 'zip',
            // Not followed by fetch: the location is fetched below without the token.
            request: { redirect: 'manual', parseSuccessResponseBody: false }
        });
    }
    catch (error) {
        throw (0,_api_error_js__WEBPACK_IMPORTED_MODULE_3__/* .toApiError */ .Gv)(error, endpoint);
    }
    let body = response.data;
    const status = response.status;
    if (status >= 300 && status < 400) {
        await body?.cancel().catch(() => { });
        const location = response.headers.location;
        if (!location)
            throw new _api_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(endpoint, status, 'redirect without a Location header');
        let blob;
        try {
            blob = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .blobFetch */ .UI)(location, DOWNLOAD_TIMEOUT_MS);
        }
        catch (error) {
            throw new Error(`the download from ${new URL(location).host} failed: ${error.message}`, {
                cause: error
            });
        }
        if (!blob.ok) {
            await blob.body?.cancel().catch(() => { });
            throw new Error(`the download from ${new URL(location).host} answered ${blob.status}`);
        }
        body = blob.body;
    }
    else if (String(response.headers['content-type'] ?? '').includes('json')) {
        // GitHub answers the archive request with a redirect; a JSON body here is no archive.
        await body?.cancel().catch(() => { });
        throw new _api_error_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(endpoint, status, 'answered with JSON instead of the archive');
    }
    if (!body)
        throw new Error('the download had no content');
    let bytes = 0;
    const limit = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            if (bytes > maxBytes)
                done(new Error(`the archive is larger than ${Math.round(maxBytes / 1e6)} MB; refused`));
            else
                done(null, chunk);
        }
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(body), limit, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
}
/** The merge base of a PR's head with its base (what the PR's diff is taken against). */
function mergeBase(gateway, base, head) {
    return gateway.cached(`merge-base:${base}...${head}`, async () => {
        const data = await gateway.read(ENDPOINTS.compare, { basehead: `${base}...${head}`, per_page: 1 }, _shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .CompareShape */ .Xp);
        return data.merge_base_commit.sha;
    });
}


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ permissionFor)
/* harmony export */ });
/* unused harmony export ENDPOINT_PERMISSIONS */
/**
 * The `permissions:` entry a workflow job needs for each endpoint the gate calls: the one place a
 * refusal's advice comes from, so a refused read or write names the permission of that endpoint.
 * Endpoints missing here need only metadata (every token has it), or a permission no workflow job
 * can grant GITHUB_TOKEN (secret scanning, classic branch protection): their callers say what to do.
 */
const ENDPOINT_PERMISSIONS = {
    'GET /repos/{owner}/{repo}/contents/{path}': 'contents: read',
    'GET /repos/{owner}/{repo}/commits/{ref}': 'contents: read',
    'GET /repos/{owner}/{repo}/git/ref/{ref}': 'contents: read',
    'GET /repos/{owner}/{repo}/compare/{basehead}': 'contents: read',
    'POST /graphql (blame)': 'contents: read',
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': 'checks: read',
    'GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs': 'checks: read',
    'POST /repos/{owner}/{repo}/check-runs': 'checks: write',
    'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': 'checks: write',
    'GET /repos/{owner}/{repo}/commits/{ref}/statuses': 'statuses: read',
    'POST /repos/{owner}/{repo}/statuses/{sha}': 'statuses: write',
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': 'pull-requests: read',
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': 'pull-requests: read',
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': 'pull-requests: read',
    // A PR's comments are issue comments; GitHub accepts `pull-requests` (or `issues`) for them.
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 'pull-requests: read',
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 'pull-requests: write',
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': 'pull-requests: write',
    'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': 'pull-requests: write',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/runs': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/artifacts': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': 'actions: read',
    'GET /repos/{owner}/{repo}/environments/{environment_name}': 'actions: read',
    'GET /repos/{owner}/{repo}/deployments': 'deployments: read',
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': 'deployments: read',
    'GET /repos/{owner}/{repo}/code-scanning/alerts': 'security-events: read',
    'GET /repos/{owner}/{repo}/code-scanning/analyses': 'security-events: read',
    'GET /repos/{owner}/{repo}/dependabot/alerts': 'vulnerability-alerts: read',
    'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': 'pull-requests: read',
    'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': 'pull-requests: write'
};
/** `GET /repos/{owner}/{repo}/pulls/{pull_number}` → `pull-requests: read`; undefined when none applies. */
function permissionFor(endpoint) {
    return Object.hasOwn(ENDPOINT_PERMISSIONS, endpoint) ? ENDPOINT_PERMISSIONS[endpoint] : undefined;
}


/***/ }),

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ CommitShape),
/* harmony export */   $U: () => (/* binding */ CommitStatusShape),
/* harmony export */   AI: () => (/* binding */ ReviewShape),
/* harmony export */   Br: () => (/* binding */ CommentShape),
/* harmony export */   Do: () => (/* binding */ PullShape),
/* harmony export */   E5: () => (/* binding */ BranchRuleShape),
/* harmony export */   HQ: () => (/* binding */ RefShape),
/* harmony export */   I$: () => (/* binding */ CheckRunPageShape),
/* harmony export */   Ix: () => (/* binding */ ArtifactsPageShape),
/* harmony export */   LX: () => (/* binding */ TeamMembershipShape),
/* harmony export */   NV: () => (/* binding */ DeploymentShape),
/* harmony export */   PZ: () => (/* binding */ ClassicProtectionShape),
/* harmony export */   Q8: () => (/* binding */ RepositoryShape),
/* harmony export */   RE: () => (/* binding */ DeploymentStatusShape),
/* harmony export */   SV: () => (/* binding */ WorkflowRunsPageShape),
/* harmony export */   U5: () => (/* binding */ CodeScanningAlertShape),
/* harmony export */   Xp: () => (/* binding */ CompareShape),
/* harmony export */   bp: () => (/* binding */ NamedRunsShape),
/* harmony export */   cR: () => (/* binding */ FileShape),
/* harmony export */   jf: () => (/* binding */ SecretScanningAlertShape),
/* harmony export */   lW: () => (/* binding */ BlameShape),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   pH: () => (/* binding */ CollaboratorPermissionShape),
/* harmony export */   pb: () => (/* binding */ EnvironmentShape),
/* harmony export */   qI: () => (/* binding */ DependabotAlertShape),
/* harmony export */   uJ: () => (/* binding */ CodeScanningAnalysisShape),
/* harmony export */   vs: () => (/* binding */ JobsPageShape),
/* harmony export */   zb: () => (/* binding */ RunsPageShape)
/* harmony export */ });
/* unused harmony exports CheckRunShape, JobShape, ReactionShape, ArtifactShape, WorkflowRunShape, WorkflowRunDetailShape, NamedRunShape, CreatedShape, BlameRangeShape */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);

/**
 * The parts of GitHub's responses the gate relies on. Checked on every response, so a malformed
 * answer becomes an explained `unknown` instead of quietly reading as "nothing there".
 */
const CheckRunShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    details_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    app: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), slug: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).nullable().optional()
});
const CheckRunPageShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ total_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), check_runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CheckRunShape) });
const CommitStatusShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    context: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    target_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const FileShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('file'),
    encoding: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    content: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional()
});
const CommitShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    parents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional()
});
const PullShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    user: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    head: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        repo: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable().optional()
    }),
    base: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })
});
const JobShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    runner_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    check_run_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
const JobsPageShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ total_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), jobs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(JobShape) });
const CommentShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    user: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable(),
    /** Counts of each kind of reaction (GitHub's reaction rollup). */
    reactions: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ '+1': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), confused: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() }).optional()
});
const TeamMembershipShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['active', 'pending']) });
const ReactionShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), content: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const ReviewShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    user: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).nullable(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    commit_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    submitted_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN, NONE. */
    author_association: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
/** The collaborator permission endpoint: `permission` is admin, write, read or none (maintain → write). */
const CollaboratorPermissionShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    permission: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    role_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
const BranchRuleShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    parameters: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional()
});
const RepositoryShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ default_branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const ClassicProtectionShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    required_status_checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        contexts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ context: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional()
    })
        .nullable()
        .optional(),
    required_pull_request_reviews: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ required_approving_review_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional() })
        .nullable()
        .optional()
});
const RefShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), object: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }) });
// Security alerts (code scanning, secret scanning, Dependabot) and code-scanning analyses.
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const severity = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(SEVERITIES);
const CodeScanningAlertShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['open', 'dismissed', 'fixed']).nullable(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['none', 'note', 'warning', 'error']).nullable().optional(),
        security_severity_level: severity.nullable().optional()
    }),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional(),
    most_recent_instance: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['open', 'dismissed', 'fixed']).nullable().optional()
    })
        .nullable()
        .optional()
});
/** The secret's value is not part of the shape: zod drops it even if GitHub sent it. */
const SecretScanningAlertShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['open', 'resolved']),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    secret_type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    secret_type_display_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
const DependabotAlertShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['auto_dismissed', 'dismissed', 'fixed', 'open']),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    dependency: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        package: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ecosystem: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
        manifest_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
    }),
    security_advisory: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ghsa_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), severity }),
    security_vulnerability: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ severity })
});
const CodeScanningAnalysisShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    commit_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    analysis_key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional() }).optional()
});
// Workflow artifacts, runs and comparisons.
const ArtifactShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    size_in_bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    expired: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    workflow_run: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(), head_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).nullable().optional()
});
const ArtifactsPageShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ total_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), artifacts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ArtifactShape) });
const WorkflowRunShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const RunsPageShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ total_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), workflow_runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(WorkflowRunShape) });
/** A run of one workflow, with what the `workflow` check reads: its conclusion and when it completed. */
const WorkflowRunDetailShape = WorkflowRunShape.extend({
    conclusion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    head_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    head_branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    event: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    run_number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
});
const WorkflowRunsPageShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    total_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    workflow_runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(WorkflowRunDetailShape)
});
// Deployments, their statuses and environments.
const DeploymentShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const DeploymentStatusShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    target_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    log_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional()
});
const EnvironmentShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    protection_rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reviewers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional() }))
        .optional(),
    deployment_branch_policy: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ protected_branches: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), custom_branch_policies: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })
        .nullable()
        .optional()
});
const CompareShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ merge_base_commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }) });
/** A check run with its output texts (where coverage tools write their figure). */
const NamedRunShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    details_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    output: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        text: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional()
    })
        .optional()
});
const NamedRunsShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ total_count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), check_runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(NamedRunShape) });
/** What a write's answer must hold to confirm it. */
const CreatedShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    // Statuses name their creator; check runs their app (whose bot login is `<slug>[bot]`).
    creator: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable().optional(),
    app: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ slug: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).nullable().optional()
});
/** One range of a file's GraphQL `blame`: the lines and the commit that last changed them. */
const BlameRangeShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    startingLine: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    endingLine: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        oid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        committedDate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        author: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(), user: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable() })
            .nullable()
    })
});
const BlameShape = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        object: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ blame: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ranges: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(BlameRangeShape) }).optional() }).nullable()
    })
        .nullable()
});


/***/ }),

/***/ 5038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   IX: () => (/* binding */ bodyTimeout),
/* harmony export */   UI: () => (/* binding */ blobFetch),
/* harmony export */   uT: () => (/* binding */ gitHubFetch)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4371);


/** A request that got no answer: it timed out, or nothing accepted the connection. */
class NetworkError extends Error {
    kind;
    constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
        this.name = 'NetworkError';
    }
}
/**
 * The client's fetch: through the runner's proxy when `HTTPS_PROXY`/`HTTP_PROXY` apply to the API
 * URL (`NO_PROXY` and loopback hosts bypass it, as everywhere in the Actions toolkit), each request
 * limited to `timeoutMs`, and the two failures a person must tell apart named as such.
 */
function gitHubFetch(baseUrl, timeoutMs, onRefused = () => { }) {
    const proxy = (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(baseUrl);
    // undici's own fetch, because the proxy dispatcher is undici's; keep-alive reuses the proxy tunnel.
    const dispatcher = proxy
        ? new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('readiness-gate', [], { keepAlive: true }).getAgentDispatcher(baseUrl)
        : undefined;
    // Behind a proxy, the connection that can be refused is the proxy's.
    const proxyHost = proxy ? `the proxy ${new URL(proxy).host}` : undefined;
    const send = undici__WEBPACK_IMPORTED_MODULE_1__/* .fetch */ .hd;
    return async (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            const response = await send(input, { ...init, signal, dispatcher });
            if (response.body)
                exchanges.set(response.body, { response, timeout, timeoutMs, caller: init?.signal });
            return response;
        }
        catch (error) {
            if (timeout.aborted && !init?.signal?.aborted) {
                const message = `timed out after ${timeoutMs / 1000} s (no answer)`;
                throw new NetworkError('timeout', message, { cause: error });
            }
            if (errorCode(error) === 'ECONNREFUSED') {
                const host = proxyHost ?? new URL(String(input)).host;
                const refused = new NetworkError('refused', `could not connect to ${host}: connection refused`, {
                    cause: error
                });
                onRefused(refused);
                throw refused;
            }
            throw error;
        }
    };
}
/**
 * A fetch for signed blob storage (artifact archives): no token, redirects followed, through the
 * runner's proxy when one applies to `url`, as for the API. It is undici's fetch, the one the API
 * client already loaded; Node's own fetch would load a second HTTP stack (about 15 ms of a run).
 */
function blobFetch(url, timeoutMs) {
    // undefined unless a proxy applies to `url`
    const dispatcher = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('readiness-gate').getAgentDispatcher(url);
    const send = undici__WEBPACK_IMPORTED_MODULE_1__/* .fetch */ .hd;
    return send(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), dispatcher });
}
/**
 * Each answer's Response, kept alive by its body, and the time limit its body is read under. The
 * gate reads success bodies itself (Octokit hands over only the body stream, see json-body.ts), and
 * undici cancels the body of a Response that is garbage-collected before it is read: a collection
 * in that moment would lose the answer.
 */
const exchanges = new WeakMap();
/**
 * The timeout, worded as one, when reading `body` failed because its request's time limit ran out
 * while the answer was still arriving (undici then reports only "The operation was aborted due to
 * timeout"); undefined when the read failed for another reason.
 */
function bodyTimeout(body, error) {
    const exchange = typeof body === 'object' && body !== null ? exchanges.get(body) : undefined;
    if (!exchange?.timeout.aborted || exchange.caller?.aborted)
        return undefined;
    const message = `timed out after ${exchange.timeoutMs / 1000} s (the answer stopped midway)`;
    return new NetworkError('timeout', message, { cause: error });
}
/** fetch rejects with `TypeError: fetch failed`; the system error (or an AggregateError of them) is its cause. */
function errorCode(error) {
    let e = error;
    for (let depth = 0; e && depth < 4; depth++, e = e.cause) {
        if (typeof e.code === 'string')
            return e.code;
    }
    return undefined;
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

//# sourceMappingURL=583.index.js.map