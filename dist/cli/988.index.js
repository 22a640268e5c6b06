export const id = 988;
export const ids = [988,447];
export const modules = {

/***/ 1988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LIMITS: () => (/* binding */ DEFAULT_LIMITS),
  NoReportError: () => (/* binding */ NoReportError),
  readCoverage: () => (/* binding */ readCoverage)
});

;// CONCATENATED MODULE: ./src/coverage/detect.ts
/** How much of each file is read to tell its format. */
const SNIFF_CHARS = 64 * 1024;
/** The first element's name of an XML prefix, past the declaration, comments and DOCTYPE. */
function rootElement(xml) {
    let rest = xml;
    let doctype;
    for (;;) {
        rest = rest.trimStart();
        if (rest.startsWith('<?'))
            rest = rest.slice(rest.indexOf('?>') + 2 || rest.length);
        else if (rest.startsWith('<!--'))
            rest = rest.slice(rest.indexOf('-->') + 3 || rest.length);
        else if (/^<!DOCTYPE/i.test(rest)) {
            // An internal subset ([…]) may hold '>' of its own.
            const subset = rest.indexOf('[');
            const close = rest.indexOf('>');
            const end = subset !== -1 && subset < close ? rest.indexOf(']>', subset) + 1 : close;
            doctype = rest.slice(0, end === -1 ? undefined : end);
            rest = end === -1 ? '' : rest.slice(end + 1);
        }
        else
            break;
        if (rest === '')
            break;
    }
    return { name: /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1], doctype };
}
/** The report format of a file's beginning, or undefined for anything else (HTML, notes, raw data). */
function detectFormat(prefix) {
    const text = prefix.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<')) {
        const { name, doctype } = rootElement(text);
        if (name === 'coverage' && /\bline-rate=|<packages\b|<sources\b/.test(text))
            return 'cobertura';
        if (name === 'report' && (/JACOCO/i.test(doctype ?? '') || /<(sessioninfo|package|group)\b/.test(text)))
            return 'jacoco';
        return undefined;
    }
    if (text.startsWith('{')) {
        if (/"statementMap"\s*:/.test(text))
            return 'istanbul-final';
        if (/"lines"\s*:\s*\{[^}]*"total"\s*:/.test(text) && /"covered"\s*:/.test(text))
            return 'istanbul-summary';
        return undefined;
    }
    const first = text.split('\n', 1)[0].trim();
    if (/^mode: (set|count|atomic)$/.test(first))
        return 'go';
    if (/^(TN|SF|VER):/.test(first))
        return 'lcov';
    return undefined;
}
/**
 * The format a file's name announces, for files that are reports by name: such a file that turns
 * out empty or unreadable is an error, not something to skip. Other names are skipped quietly.
 */
function formatByName(name) {
    const base = name.split(/[\\/]/).pop().toLowerCase();
    if (base === 'lcov.info' || base.endsWith('.lcov') || /^lcov.*\.info$/.test(base))
        return 'lcov';
    if (/^(cobertura.*|coverage)\.xml$/.test(base))
        return 'cobertura';
    if (/^jacoco.*\.xml$/.test(base))
        return 'jacoco';
    if (base === 'coverage-final.json')
        return 'istanbul-final';
    if (base === 'coverage-summary.json')
        return 'istanbul-summary';
    if (/^(cover(age)?\.(out|txt|prof|profile)|.*\.coverprofile)$/.test(base))
        return 'go';
    return undefined;
}

// EXTERNAL MODULE: ./src/coverage/model.ts
var model = __webpack_require__(3307);
// EXTERNAL MODULE: ./src/coverage/text.ts
var coverage_text = __webpack_require__(2447);
;// CONCATENATED MODULE: ./src/coverage/go.ts
/**
 * Go coverprofiles (`go test -coverprofile`): a `mode:` line, then
 * `file:startLine.startCol,endLine.endCol numStatements count` per block. Like `go tool cover`,
 * the figure counts statements (not lines), and a block listed twice (`-coverpkg`, several packages)
 * is one block whose counts add up.
 */


const MODE = /^mode: (set|count|atomic)$/;
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
async function parseGoProfile(chunks, file) {
    const map = new Map();
    let sawMode = false;
    await (0,coverage_text.forEachLine)(chunks, (raw, n) => {
        const line = raw.trim();
        if (line === '')
            return;
        if (MODE.test(line)) {
            // Profiles concatenated with `cat` repeat the mode line; tolerated.
            sawMode = true;
            return;
        }
        if (!sawMode)
            throw new model/* ReportError */.$g(file, `line ${n}: expected \`mode: set|count|atomic\` first`);
        const m = BLOCK.exec(line);
        if (!m)
            throw new model/* ReportError */.$g(file, `line ${n}: not a coverprofile block \`${line.slice(0, 80)}\``);
        const [, path, sl, sc, el, ec, statements, count] = m;
        const target = map.get(path) ?? (0,model/* emptyFile */.sX)();
        map.set(path, target);
        const key = `${sl}.${sc},${el}.${ec}`;
        const seen = target.units.get(key);
        if (seen && seen.weight !== Number(statements))
            throw new model/* ReportError */.$g(file, `line ${n}: block ${path}:${key} listed with different statement counts`);
        (0,model/* addUnit */._V)(target, key, Number(statements), Number(count));
    });
    if (!sawMode)
        throw new model/* ReportError */.$g(file, 'is empty (no `mode:` line)');
    if (map.size === 0)
        throw new model/* ReportError */.$g(file, 'lists no blocks');
    return map;
}

;// CONCATENATED MODULE: ./src/coverage/istanbul.ts
/**
 * Istanbul's JSON reports. `coverage-final.json` maps files to statement maps and hit counts; a
 * line's count is the largest count of the statements that start on it, as istanbul-lib-coverage's
 * `getLineCoverage()` computes it. `coverage-summary.json` only has per-file totals (`"pct"` may be
 * `"Unknown"` where there is nothing to count: the counts are used, never the percentages).
 */


async function parseJson(chunks, file) {
    const text = await (0,coverage_text.allText)(chunks);
    if (text.trim() === '')
        throw new model/* ReportError */.$g(file, 'is empty');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new model/* ReportError */.$g(file, `is not valid JSON: ${error.message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new model/* ReportError */.$g(file, 'is not a JSON object');
    return data;
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
async function parseIstanbulFinal(chunks, file) {
    const data = await parseJson(chunks, file);
    const map = new Map();
    for (const [key, entry] of Object.entries(data)) {
        if (!isObject(entry) || !isObject(entry.statementMap) || !isObject(entry.s))
            throw new model/* ReportError */.$g(file, `the entry for ${key} has no statementMap and s`);
        const path = typeof entry.path === 'string' ? entry.path : key;
        const lines = new Map();
        for (const [id, count] of Object.entries(entry.s)) {
            const loc = entry.statementMap[id];
            const line = loc?.start?.line;
            if (typeof line !== 'number' || typeof count !== 'number')
                continue;
            const previous = lines.get(line);
            if (previous === undefined || previous < count)
                lines.set(line, count);
        }
        const target = map.get(path) ?? (0,model/* emptyFile */.sX)();
        for (const [line, count] of lines) {
            const seen = target.units.get(String(line));
            if (seen)
                seen.hits = Math.max(seen.hits, count);
            else
                target.units.set(String(line), { weight: 1, hits: count });
        }
        map.set(path, target);
    }
    if (map.size === 0)
        throw new model/* ReportError */.$g(file, 'lists no files');
    return map;
}
async function parseIstanbulSummary(chunks, file) {
    const data = await parseJson(chunks, file);
    const map = new Map();
    const read = (key, entry) => {
        const lines = isObject(entry) ? entry.lines : undefined;
        if (!isObject(lines) || typeof lines.total !== 'number' || typeof lines.covered !== 'number')
            throw new model/* ReportError */.$g(file, `the entry for ${key} has no lines.total and lines.covered`);
        return { total: lines.total, covered: Math.min(lines.covered, lines.total) };
    };
    for (const [key, entry] of Object.entries(data)) {
        if (key === 'total')
            continue;
        map.set(key, { units: new Map(), totals: read(key, entry) });
    }
    if (map.size === 0) {
        // Only the grand total (e.g. a summary written without per-file entries).
        if (!('total' in data))
            throw new model/* ReportError */.$g(file, 'has no "total" and no file entries');
        map.set('(total)', { units: new Map(), totals: read('total', data.total) });
    }
    return map;
}

;// CONCATENATED MODULE: ./src/coverage/lcov.ts
/**
 * lcov tracefiles (geninfo(1) "TRACEFILE FORMAT"): `SF:` opens a source file, `DA:<line>,<hits>`
 * records one line, `end_of_record` closes it. Like `lcov --summary`, the figure comes from the DA
 * records; `LF`/`LH` are used only for a file that has no DA record at all.
 */


async function parseLcov(chunks, file) {
    const map = new Map();
    let path;
    let lf;
    let lh;
    const close = () => {
        if (path === undefined)
            return;
        const target = map.get(path) ?? (0,model/* emptyFile */.sX)();
        map.set(path, target);
        if (target.units.size === 0 && lf !== undefined) {
            const previous = target.totals;
            const covered = Math.min(lh ?? 0, lf);
            if (!previous || covered > previous.covered)
                target.totals = { total: lf, covered };
        }
        path = lf = lh = undefined;
    };
    await (0,coverage_text.forEachLine)(chunks, (raw, n) => {
        const line = raw.trim();
        if (line === '')
            return;
        if (line === 'end_of_record')
            return close();
        const colon = line.indexOf(':');
        const tag = colon === -1 ? line : line.slice(0, colon);
        const value = line.slice(colon + 1);
        const need = () => {
            if (path === undefined)
                throw new model/* ReportError */.$g(file, `line ${n}: ${tag} record before any SF record`);
        };
        switch (tag) {
            case 'SF':
                close();
                if (value.trim() === '')
                    throw new model/* ReportError */.$g(file, `line ${n}: SF record without a path`);
                path = value.trim();
                map.set(path, map.get(path) ?? (0,model/* emptyFile */.sX)());
                return;
            case 'DA': {
                need();
                const [lineText, hitsText] = value.split(',');
                const lineNo = Number(lineText);
                const hits = Number(hitsText);
                if (!Number.isInteger(lineNo) || lineNo < 0 || hitsText === undefined || !Number.isFinite(hits))
                    throw new model/* ReportError */.$g(file, `line ${n}: malformed DA record \`${line.slice(0, 80)}\``);
                (0,model/* addUnit */._V)(map.get(path), String(lineNo), 1, Math.max(0, hits));
                return;
            }
            case 'LF':
            case 'LH': {
                need();
                const count = Number(value);
                if (!Number.isInteger(count) || count < 0)
                    throw new model/* ReportError */.$g(file, `line ${n}: malformed ${tag} record \`${line.slice(0, 80)}\``);
                if (tag === 'LF')
                    lf = count;
                else
                    lh = count;
                return;
            }
            default:
                // TN, VER, FN, FNDA, FNF, FNH, BRDA, BRF, BRH …: not line coverage.
                return;
        }
    });
    close();
    if (map.size === 0)
        throw new model/* ReportError */.$g(file, 'holds no SF record (no source file)');
    return map;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/coverage/paths.ts
/** Source paths as reports spell them → paths relative to the repository root. */

/**
 * Absolute paths lose the workspace they were measured in: GITHUB_WORKSPACE, a hosted runner's
 * `…/<repo>/<repo>/` (Linux `/home/runner/work`, macOS `/Users/runner/work`, Windows `D:\a`,
 * containers `/__w`), or a Docker action's `/github/workspace/`. `./`, `\` and `..` are tidied.
 */
function normalisePath(raw, ctx) {
    let path = raw
        .trim()
        .replace(/^file:\/\//, '')
        .replace(/\\/g, '/');
    const absolute = /^([A-Za-z]:)?\//.test(path);
    if (absolute) {
        const workspace = ctx.workspace?.replace(/\\/g, '/').replace(/\/+$/, '');
        const marker = `/${ctx.repo}/${ctx.repo}/`;
        if (workspace && path.startsWith(`${workspace}/`))
            path = path.slice(workspace.length + 1);
        else if (path.startsWith('/github/workspace/'))
            path = path.slice('/github/workspace/'.length);
        else if (ctx.repo && path.includes(marker))
            path = path.slice(path.indexOf(marker) + marker.length);
    }
    const tidy = external_node_path_.posix.normalize(path);
    return tidy.startsWith('./') ? tidy.slice(2) : tidy;
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/coverage/xml.ts
/**
 * The XML formats, read with a streaming SAX parser (saxes): a 100 MB report is never held as a
 * document. External DTDs are never fetched and no entity is expanded beyond XML's own five.
 *
 * Cobertura (coverage-04.dtd): `<class filename>` holds `<lines><line number hits>`; the same lines
 * repeat under `<methods>`, which are not counted again. Filenames are relative to `<source>`.
 * JaCoCo (report.dtd): `<package name>` holds `<sourcefile name>` with `<line nr mi ci>`; a line is
 * covered when it has a covered instruction (ci > 0), as JaCoCo's LINE counter counts it.
 */



async function parseXml(chunks, file, handler) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const stack = [];
    let failure;
    parser.on('error', err => {
        failure ??= err;
    });
    parser.on('opentag', tag => {
        if (stack.length === 0 && tag.name !== handler.root)
            throw new model/* ReportError */.$g(file, `the root element is <${tag.name}>, not <${handler.root}>`);
        stack.push(tag.name);
        handler.open(tag, stack);
    });
    parser.on('closetag', tag => {
        handler.close?.(tag.name, stack);
        stack.pop();
    });
    if (handler.text)
        parser.on('text', t => handler.text(t, stack));
    try {
        for await (const chunk of chunks) {
            parser.write(chunk);
            if (failure)
                break;
        }
        if (!failure)
            parser.close();
    }
    catch (error) {
        if (error instanceof model/* ReportError */.$g)
            throw error;
        failure ??= error;
    }
    if (failure)
        throw new model/* ReportError */.$g(file, `is not well-formed XML: ${failure.message.split('\n')[0]}`);
    if (stack.length > 0)
        throw new model/* ReportError */.$g(file, 'ends before its root element closes');
}
const attr = (tag, name) => tag.attributes[name];
async function parseCobertura(chunks, file) {
    const map = new Map();
    const sources = [];
    let source = '';
    let current;
    let sawRoot = false;
    await parseXml(chunks, file, {
        root: 'coverage',
        open(tag, stack) {
            sawRoot = true;
            const parent = stack[stack.length - 2];
            if (tag.name === 'source')
                source = '';
            else if (tag.name === 'class') {
                current = attr(tag, 'filename');
                if (!current)
                    throw new model/* ReportError */.$g(file, `<class name="${attr(tag, 'name') ?? ''}"> has no filename`);
                map.set(current, map.get(current) ?? (0,model/* emptyFile */.sX)());
            }
            else if (tag.name === 'line' && parent === 'lines' && stack[stack.length - 3] === 'class') {
                const number = Number(attr(tag, 'number'));
                const hits = Number(attr(tag, 'hits'));
                if (!Number.isInteger(number) || !Number.isFinite(hits))
                    throw new model/* ReportError */.$g(file, `a <line> in ${current} has no valid number/hits`);
                (0,model/* addUnit */._V)(map.get(current), String(number), 1, Math.max(0, hits));
            }
        },
        text(text, stack) {
            if (stack[stack.length - 1] === 'source')
                source += text;
        },
        close(name) {
            if (name === 'source' && source.trim() !== '')
                sources.push(source.trim());
            if (name === 'class')
                current = undefined;
        }
    });
    if (!sawRoot)
        throw new model/* ReportError */.$g(file, 'is empty');
    if (map.size === 0)
        throw new model/* ReportError */.$g(file, 'lists no <class> (no source file)');
    // With one <source>, filenames are relative to it; with several, which one is unknowable.
    if (sources.length !== 1)
        return map;
    const base = sources[0].replace(/\\/g, '/');
    return new Map([...map].map(([path, cov]) => [
        /^([A-Za-z]:)?[\\/]/.test(path) ? path : external_node_path_.posix.join(base, path.replace(/\\/g, '/')),
        cov
    ]));
}
async function parseJacoco(chunks, file) {
    const map = new Map();
    let pkg = '';
    let current;
    let sawRoot = false;
    await parseXml(chunks, file, {
        root: 'report',
        open(tag, stack) {
            sawRoot = true;
            const parent = stack[stack.length - 2];
            if (tag.name === 'package')
                pkg = attr(tag, 'name') ?? '';
            else if (tag.name === 'sourcefile') {
                const name = attr(tag, 'name');
                if (!name)
                    throw new model/* ReportError */.$g(file, `a <sourcefile> in package ${pkg} has no name`);
                current = pkg ? `${pkg}/${name}` : name;
                map.set(current, map.get(current) ?? (0,model/* emptyFile */.sX)());
            }
            else if (tag.name === 'line' && parent === 'sourcefile' && current) {
                const nr = Number(attr(tag, 'nr'));
                const mi = Number(attr(tag, 'mi') ?? 0);
                const ci = Number(attr(tag, 'ci') ?? 0);
                if (!Number.isInteger(nr) || !Number.isFinite(mi) || !Number.isFinite(ci))
                    throw new model/* ReportError */.$g(file, `a <line> in ${current} has no valid nr/mi/ci`);
                if (mi + ci > 0)
                    (0,model/* addUnit */._V)(map.get(current), String(nr), 1, ci);
            }
            else if (tag.name === 'counter' &&
                parent === 'sourcefile' &&
                current &&
                attr(tag, 'type') === 'LINE') {
                const missed = Number(attr(tag, 'missed'));
                const covered = Number(attr(tag, 'covered'));
                if (Number.isFinite(missed) && Number.isFinite(covered))
                    map.get(current).totals = { total: missed + covered, covered };
            }
        },
        close(name) {
            if (name === 'sourcefile')
                current = undefined;
            if (name === 'package')
                pkg = '';
        }
    });
    if (!sawRoot)
        throw new model/* ReportError */.$g(file, 'is empty');
    if (map.size === 0)
        throw new model/* ReportError */.$g(file, 'lists no <sourcefile> (no source file, or no debug information)');
    return map;
}

;// CONCATENATED MODULE: ./src/coverage/read.ts








const DEFAULT_LIMITS = { fileBytes: 256 * 1024 * 1024 };
const PARSERS = {
    lcov: parseLcov,
    cobertura: parseCobertura,
    jacoco: parseJacoco,
    'istanbul-final': parseIstanbulFinal,
    go: parseGoProfile,
    'istanbul-summary': parseIstanbulSummary
};
/** No usable report among the files (as opposed to a report that is broken: ReportError). */
class NoReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'NoReportError';
    }
}
async function sniff(file, limit) {
    let prefix = '';
    for await (const chunk of (0,coverage_text.textChunks)(await file.open(), file.name, limit)) {
        prefix += chunk;
        if (prefix.length >= SNIFF_CHARS)
            break;
    }
    return { format: detectFormat(prefix), empty: prefix.trim() === '' };
}
async function readCoverage(files, options) {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const allowed = (0,model/* formatsFor */.sW)(options.format);
    const seen = [];
    for (const file of files)
        seen.push({ file, ...(await sniff(file, limits.fileBytes)) });
    const chosen = allowed.find(f => seen.some(s => s.format === f));
    // A file that is a report by its name but not by its content is broken, unless another format won.
    const broken = seen.find(s => {
        const named = formatByName(s.file.name);
        return (s.format === undefined &&
            named !== undefined &&
            allowed.includes(named) &&
            (!chosen || named === chosen));
    });
    if (broken) {
        const expected = model/* FORMAT_LABEL */.fm[formatByName(broken.file.name)];
        throw new model/* ReportError */.$g(broken.file.name, broken.empty ? 'is empty' : `is not a readable ${expected} report`);
    }
    if (!chosen) {
        const names = seen.map(s => s.file.name);
        const listed = names.length === 0
            ? 'no files'
            : `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
        const other = seen.find(s => s.format !== undefined);
        const why = other
            ? `only ${model/* FORMAT_LABEL */.fm[other.format]} reports, but \`format\` asks for ${allowed.map(f => model/* FORMAT_LABEL */.fm[f]).join(' or ')}`
            : 'no coverage report in a known format';
        throw new NoReportError(`${why} (${listed})`);
    }
    const merged = new Map();
    const reports = [];
    for (const { file } of seen.filter(s => s.format === chosen)) {
        if (file.size !== undefined && file.size > limits.fileBytes)
            throw new model/* ReportError */.$g(file.name, `is ${(0,coverage_text.megabytes)(file.size)} unpacked, more than the ${(0,coverage_text.megabytes)(limits.fileBytes)} limit for one report; refused`);
        const map = await PARSERS[chosen]((0,coverage_text.textChunks)(await file.open(), file.name, limits.fileBytes), file.name);
        (0,model/* mergeInto */.Pz)(merged, map, p => normalisePath(p, options.paths));
        reports.push(file.name);
    }
    const { covered, total, files: sourceFiles } = (0,model/* totals */.Sd)(merged);
    if (total === 0) {
        throw new model/* ReportError */.$g(reports.join(', '), 'counts no lines at all (nothing was instrumented)');
    }
    return { covered, total, percent: (covered * 100) / total, format: chosen, reports, sourceFiles };
}


/***/ }),

/***/ 2447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allText: () => (/* binding */ allText),
/* harmony export */   forEachLine: () => (/* binding */ forEachLine),
/* harmony export */   fromString: () => (/* binding */ fromString),
/* harmony export */   megabytes: () => (/* binding */ megabytes),
/* harmony export */   textChunks: () => (/* binding */ textChunks)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3307);

/** Bytes as "12.5 MB" (decimal megabytes, as GitHub shows artifact sizes). */
function megabytes(bytes) {
    return `${Number((bytes / 1e6).toFixed(1))} MB`;
}
/**
 * Decoded UTF-8 text of a stream, chunk by chunk (a byte-order mark is dropped). Stops with a
 * ReportError naming `file` once more than `limit` bytes arrived; the stream is destroyed when the
 * consumer stops early.
 */
async function* textChunks(stream, file, limit) {
    const decoder = new TextDecoder('utf-8');
    let bytes = 0;
    try {
        for await (const chunk of stream) {
            bytes += chunk.length;
            if (bytes > limit)
                throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(file, `unpacks to more than ${megabytes(limit)}, the limit for one report; refused`);
            const text = decoder.decode(chunk, { stream: true });
            if (text)
                yield text;
        }
        const tail = decoder.decode();
        if (tail)
            yield tail;
    }
    finally {
        stream.destroy();
    }
}
/** Calls `onLine` for every line (without its line ending), numbered from 1. */
async function forEachLine(chunks, onLine) {
    let rest = '';
    let n = 0;
    for await (const chunk of chunks) {
        const text = rest + chunk;
        let start = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
            onLine(text.charCodeAt(i - 1) === 13 ? text.slice(start, i - 1) : text.slice(start, i), ++n);
            start = i + 1;
        }
        rest = text.slice(start);
    }
    if (rest !== '')
        onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, n + 1);
}
/** All of the text (for JSON formats, bounded by the caller's byte limit). */
async function allText(chunks) {
    const parts = [];
    for await (const chunk of chunks)
        parts.push(chunk);
    return parts.join('');
}
/** A string as a one-chunk source (tests, and reports already in memory). */
async function* fromString(text) {
    yield text;
}


/***/ })

};

//# sourceMappingURL=988.index.js.map