export const id = 479;
export const ids = [479];
export const modules = {

/***/ 8479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readMetric: () => (/* binding */ readMetric)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9800);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _checklist_value_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2337);
/* harmony import */ var _text_phrase_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8878);
/**
 * The number a `metric` check reads from a document, by format: a path into JSON or YAML, a column
 * of a CSV row (chosen with `where`), or a figure of a JUnit XML report. Pure: text in, reading out.
 */





const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
/** A number, or text that is one ("87.5"); anything else is no value. */
function numberOf(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && NUMERIC.test(v))
        return Number(v);
    return undefined;
}
function shownValue(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    const s = String(v);
    return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
function readMetric(text, format, q) {
    switch (format) {
        case 'json':
        case 'yaml': {
            let doc;
            try {
                doc = format === 'json' ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
            }
            catch (error) {
                return {
                    unreadable: `is not valid ${format.toUpperCase()}: ${error.message.split('\n')[0]}`
                };
            }
            return fromTree(doc, q.value);
        }
        case 'csv':
            return fromCsv(text, q);
        case 'junit':
            return fromJunit(text, q.value);
    }
}
function fromTree(doc, value) {
    const path = (0,_checklist_value_path_js__WEBPACK_IMPORTED_MODULE_3__/* .parseValuePath */ .gI)(value);
    if (!path.ok)
        return { found: false, why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(value)} ${path.problem}` };
    const hit = (0,_checklist_value_path_js__WEBPACK_IMPORTED_MODULE_3__/* .select */ .Lt)(doc, path.segments);
    if (!hit.found) {
        const where = hit.matched === 0 ? (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `the document` : (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_checklist_value_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)(path.segments, hit.matched))}`;
        return {
            found: false,
            why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `no ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(value)}: ${where} has no ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_checklist_value_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathText */ .LF)([path.segments[hit.matched]]).replace(/^\./, ''))}`
        };
    }
    const n = numberOf(hit.value);
    return n === undefined
        ? { found: false, why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(value)} is ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(shownValue(hit.value))}, not a number` }
        : { found: true, value: n };
}
function fromCsv(text, q) {
    let rows;
    try {
        rows = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            columns: true,
            skip_empty_lines: true,
            trim: true,
            bom: true,
            relax_column_count: true
        });
    }
    catch (error) {
        return { unreadable: `is not valid CSV: ${error.message.split('\n')[0]}` };
    }
    const where = Object.entries(q.where ?? {});
    const header = rows.length > 0 ? Object.keys(rows[0]) : [];
    const unknownColumn = [q.value, ...where.map(([c]) => c)].find(c => !header.includes(c));
    if (unknownColumn !== undefined)
        return {
            found: false,
            why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `no column ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(unknownColumn)}${header.length > 0 ? (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) ` (columns: ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .join */ .fj)(header.slice(0, 12).map(_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY))})` : ' (no rows)'}`
        };
    const chosen = rows.filter(r => where.every(([c, v]) => r[c] === String(v)));
    const rowWords = (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .join */ .fj)(where.map(([c, v]) => (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(c)} = ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(String(v))}`), ' and ');
    if (chosen.length === 0)
        return { found: false, why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `no row where ${rowWords}` };
    if (where.length === 0 && chosen.length > 1)
        return { found: false, why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${chosen.length} rows and no ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)('where')} to choose one` };
    const raw = chosen[0][q.value];
    const n = numberOf(raw);
    return n === undefined
        ? { found: false, why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(q.value)} is ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(shownValue(raw))}, not a number` }
        : { found: true, value: n };
}
/** Counts of a JUnit report: from its `<testcase>`s when it lists them, else its top-level suites' attributes. */
function fromJunit(text, value) {
    const cases = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const suites = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const stack = [];
    let root;
    let failure;
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_1__/* .SaxesParser */ .wT();
    parser.on('error', e => (failure ??= e));
    parser.on('opentag', tag => {
        root ??= tag.name;
        const parent = stack.at(-1);
        stack.push(tag.name);
        if (tag.name === 'testcase')
            cases.tests += 1;
        else if (parent === 'testcase' &&
            (tag.name === 'failure' || tag.name === 'error' || tag.name === 'skipped')) {
            cases[tag.name === 'failure' ? 'failures' : tag.name === 'error' ? 'errors' : 'skipped'] += 1;
        }
        else if (tag.name === 'testsuite' && !stack.slice(0, -1).includes('testsuite')) {
            const a = tag.attributes;
            for (const key of ['tests', 'failures', 'errors', 'skipped'])
                suites[key] += Number(a[key] ?? 0) || 0;
        }
    });
    parser.on('closetag', () => void stack.pop());
    try {
        parser.write(text).close();
    }
    catch (error) {
        failure ??= error;
    }
    if (failure)
        return { unreadable: `is not well-formed XML: ${failure.message.split('\n')[0]}` };
    if (root !== 'testsuites' && root !== 'testsuite')
        return { unreadable: `is no JUnit XML report (its root element is <${root ?? 'none'}>)` };
    const counts = cases.tests > 0 ? cases : suites;
    if (value !== 'pass-rate')
        return { found: true, value: counts[value] };
    const ran = counts.tests - counts.skipped;
    if (ran <= 0)
        return {
            found: false,
            why: (0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .say */ .cv) `no ${(0,_text_phrase_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)('pass-rate')}: no test ran (${counts.tests} tests, ${counts.skipped} skipped)`
        };
    return { found: true, value: ((ran - counts.failures - counts.errors) / ran) * 100 };
}


/***/ })

};

//# sourceMappingURL=479.index.js.map