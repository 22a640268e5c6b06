export const id = 273;
export const ids = [273];
export const modules = {

/***/ 4273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ARCHIVE_BYTES: () => (/* reexport */ MAX_ARCHIVE_BYTES),
  evaluateCoverage: () => (/* binding */ evaluateCoverage),
  firstPercentage: () => (/* reexport */ firstPercentage)
});

;// CONCATENATED MODULE: ./src/coverage/model.ts
/**
 * The shared model of every coverage format: per source file, the measured units (a line, or a Go
 * block) with their weight (1 per line; a Go block's statement count) and hits. Merging adds hits
 * per unit, so a line covered by any report is covered; the figure is covered weight / total weight.
 */
/** The report formats, in the order used when an artifact holds several (docs/check-types.md). */
const FORMAT_ORDER = [
    'lcov',
    'cobertura',
    'jacoco',
    'istanbul-final',
    'go',
    'istanbul-summary'
];
const FORMAT_LABEL = {
    lcov: 'lcov',
    cobertura: 'Cobertura',
    jacoco: 'JaCoCo',
    'istanbul-final': 'Istanbul coverage-final.json',
    go: 'Go coverprofile',
    'istanbul-summary': 'Istanbul coverage-summary.json'
};
/** The formats a `format:` option admits, in preference order. */
function formatsFor(option) {
    if (option === undefined || option === 'auto')
        return FORMAT_ORDER;
    if (option === 'istanbul')
        return ['istanbul-final', 'istanbul-summary'];
    return [option];
}
const emptyFile = () => ({ units: new Map() });
/** Adds a unit's hits; the same unit seen again (a second report, a duplicate block) sums. */
function addUnit(file, key, weight, hits) {
    const seen = file.units.get(key);
    if (seen)
        seen.hits += hits;
    else
        file.units.set(key, { weight, hits });
}
/** A report that cannot be used: names the file (inside the artifact or workspace) and the problem. */
class ReportError extends Error {
    file;
    problem;
    constructor(file, problem) {
        super(`${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
        this.name = 'ReportError';
    }
}
/** Merges `from` into `into` under normalised paths; per-unit when both sides have units. */
function mergeInto(into, from, normalise) {
    for (const [raw, file] of from) {
        const path = normalise(raw);
        const target = into.get(path);
        if (!target) {
            into.set(path, {
                units: new Map([...file.units].map(([k, u]) => [k, { ...u }])),
                totals: file.totals && { ...file.totals }
            });
            continue;
        }
        for (const [key, unit] of file.units)
            addUnit(target, key, unit.weight, unit.hits);
        if (file.totals) {
            // Totals cannot be merged line by line: the larger covered count is a lower bound of the union.
            const t = target.totals;
            if (!t ||
                file.totals.covered > t.covered ||
                (file.totals.covered === t.covered && file.totals.total > t.total))
                target.totals = { ...file.totals };
        }
    }
}
/** Covered and total weight over every file: units where a file has them, else its totals. */
function totals(map) {
    let covered = 0;
    let total = 0;
    for (const file of map.values()) {
        if (file.units.size > 0) {
            for (const unit of file.units.values()) {
                total += unit.weight;
                if (unit.hits > 0)
                    covered += unit.weight;
            }
        }
        else if (file.totals) {
            total += file.totals.total;
            covered += file.totals.covered;
        }
    }
    return { covered, total, files: map.size };
}
/**
 * A percentage with one decimal, rounded as C's printf rounds it (ties to even, which is what
 * `lcov --summary` and `go tool cover` print). When that rounding would hide which side of
 * `threshold` the figure is on (79.96 → "80.0"), more decimals are shown.
 */
function formatPercent(value, threshold) {
    for (let digits = 1; digits <= 4; digits++) {
        const text = roundHalfEven(value, digits);
        if (threshold === undefined || value < threshold === Number(text) < threshold)
            return text;
    }
    return String(value);
}
function roundHalfEven(value, digits) {
    const scale = 10 ** digits;
    const scaled = value * scale;
    const floor = Math.floor(scaled);
    if (scaled - floor === 0.5)
        return ((floor % 2 === 0 ? floor : floor + 1) / scale).toFixed(digits);
    return value.toFixed(digits);
}
/** A threshold as the checklist wrote it: 80 → "80", 80.5 → "80.5". */
const formatThreshold = (value) => String(value);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/github/api-error.ts
var api_error = __webpack_require__(3660);
// EXTERNAL MODULE: ./src/github/shapes.ts
var shapes = __webpack_require__(6133);
;// CONCATENATED MODULE: ./src/github/artifacts.ts
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
        const runs = await gateway.readAll(ENDPOINTS.runs, { head_sha: sha, exclude_pull_requests: true }, shapes/* RunsPageShape */.zb, page => page.workflow_runs);
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
    const page = await gateway.cached(`artifacts-named:${name}`, () => gateway.read(ENDPOINTS.repoArtifacts, { name, per_page: 100 }, shapes/* ArtifactsPageShape */.Ix));
    const onCommit = (list) => list.filter(a => a.name === name && a.workflow_run?.head_sha === sha).sort(newestFirst);
    const hits = onCommit(page.artifacts);
    if (hits.length > 0)
        return { found: true, artifact: hits[0] };
    const runs = await commitRuns(gateway, sha);
    if (page.artifacts.length < page.total_count) {
        for (const run of runs) {
            const list = await gateway.cached(`run-artifacts:${run.id}:${name}`, () => gateway.readAll(ENDPOINTS.runArtifacts, { run_id: run.id, name }, shapes/* ArtifactsPageShape */.Ix, p => p.artifacts));
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
        throw (0,api_error/* toApiError */.Gv)(error, endpoint);
    }
    let body = response.data;
    const status = response.status;
    if (status >= 300 && status < 400) {
        await body?.cancel().catch(() => { });
        const location = response.headers.location;
        if (!location)
            throw new api_error/* ApiError */.hD(endpoint, status, 'redirect without a Location header');
        let blob;
        try {
            blob = await fetch(location, { redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
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
        throw new api_error/* ApiError */.hD(endpoint, status, 'answered with JSON instead of the archive');
    }
    if (!body)
        throw new Error('the download had no content');
    let bytes = 0;
    const limit = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            if (bytes > maxBytes)
                done(new Error(`the archive is larger than ${Math.round(maxBytes / 1e6)} MB; refused`));
            else
                done(null, chunk);
        }
    });
    await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(body), limit, (0,external_node_fs_.createWriteStream)(file));
}
/** The merge base of a PR's head with its base (what the PR's diff is taken against). */
function mergeBase(gateway, base, head) {
    return gateway.cached(`merge-base:${base}...${head}`, async () => {
        const data = await gateway.read(ENDPOINTS.compare, { basehead: `${base}...${head}`, per_page: 1 }, shapes/* CompareShape */.Xp);
        return data.merge_base_commit.sha;
    });
}

// EXTERNAL MODULE: ./src/text/phrase.ts
var phrase = __webpack_require__(8878);
// EXTERNAL MODULE: ./src/evaluate/outcome.ts
var outcome = __webpack_require__(6071);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/coverage/text.ts

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
                throw new ReportError(file, `unpacks to more than ${megabytes(limit)}, the limit for one report; refused`);
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

;// CONCATENATED MODULE: ./src/coverage/zip.ts
/**
 * A zip archive on disk as report files (yauzl): the central directory is read first, so the
 * declared unpacked sizes are known before anything is inflated; an archive that declares more
 * than the limit is refused whole (zip bombs), and yauzl stops any entry that inflates to more
 * than it declared. Entries are read one at a time, as streams.
 */


const DEFAULT_ZIP_LIMITS = { unpackedBytes: 1024 * 1024 * 1024, entries: 10_000 };
/** The archive is unusable (refused, corrupt); the message says why. */
class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
async function openZip(path, limits = DEFAULT_ZIP_LIMITS) {
    const zip = await new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => err || !z
        ? reject(new ZipError(`not a readable zip archive: ${err?.message ?? 'unknown error'}`))
        : resolve(z)));
    try {
        if (zip.entryCount > limits.entries)
            throw new ZipError(`holds ${zip.entryCount} entries, more than the limit of ${limits.entries}; refused`);
        const entries = await new Promise((resolve, reject) => {
            const list = [];
            let declared = 0;
            zip.on('entry', (entry) => {
                declared += entry.uncompressedSize;
                if (declared > limits.unpackedBytes) {
                    reject(new ZipError(`unpacks to more than ${megabytes(limits.unpackedBytes)} (at ${entry.fileName}); refused as a possible zip bomb`));
                    return;
                }
                if (!entry.fileName.endsWith('/'))
                    list.push(entry);
                zip.readEntry();
            });
            zip.on('end', () => resolve(list));
            zip.on('error', (err) => reject(new ZipError(`is corrupt: ${err.message}`)));
            zip.readEntry();
        });
        const files = entries.map(entry => ({
            name: entry.fileName,
            size: entry.uncompressedSize,
            open: () => new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => err || !stream
                ? reject(new ZipError(`${entry.fileName}: ${err?.message ?? 'cannot be read'}`))
                : resolve(stream)))
        }));
        return { files, close: () => zip.close() };
    }
    catch (error) {
        zip.close();
        throw error;
    }
}

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
    await forEachLine(chunks, (raw, n) => {
        const line = raw.trim();
        if (line === '')
            return;
        if (MODE.test(line)) {
            // Profiles concatenated with `cat` repeat the mode line; tolerated.
            sawMode = true;
            return;
        }
        if (!sawMode)
            throw new ReportError(file, `line ${n}: expected \`mode: set|count|atomic\` first`);
        const m = BLOCK.exec(line);
        if (!m)
            throw new ReportError(file, `line ${n}: not a coverprofile block \`${line.slice(0, 80)}\``);
        const [, path, sl, sc, el, ec, statements, count] = m;
        const target = map.get(path) ?? emptyFile();
        map.set(path, target);
        const key = `${sl}.${sc},${el}.${ec}`;
        const seen = target.units.get(key);
        if (seen && seen.weight !== Number(statements))
            throw new ReportError(file, `line ${n}: block ${path}:${key} listed with different statement counts`);
        addUnit(target, key, Number(statements), Number(count));
    });
    if (!sawMode)
        throw new ReportError(file, 'is empty (no `mode:` line)');
    if (map.size === 0)
        throw new ReportError(file, 'lists no blocks');
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
    const text = await allText(chunks);
    if (text.trim() === '')
        throw new ReportError(file, 'is empty');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ReportError(file, `is not valid JSON: ${error.message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new ReportError(file, 'is not a JSON object');
    return data;
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
async function parseIstanbulFinal(chunks, file) {
    const data = await parseJson(chunks, file);
    const map = new Map();
    for (const [key, entry] of Object.entries(data)) {
        if (!isObject(entry) || !isObject(entry.statementMap) || !isObject(entry.s))
            throw new ReportError(file, `the entry for ${key} has no statementMap and s`);
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
        const target = map.get(path) ?? emptyFile();
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
        throw new ReportError(file, 'lists no files');
    return map;
}
async function parseIstanbulSummary(chunks, file) {
    const data = await parseJson(chunks, file);
    const map = new Map();
    const read = (key, entry) => {
        const lines = isObject(entry) ? entry.lines : undefined;
        if (!isObject(lines) || typeof lines.total !== 'number' || typeof lines.covered !== 'number')
            throw new ReportError(file, `the entry for ${key} has no lines.total and lines.covered`);
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
            throw new ReportError(file, 'has no "total" and no file entries');
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
        const target = map.get(path) ?? emptyFile();
        map.set(path, target);
        if (target.units.size === 0 && lf !== undefined) {
            const previous = target.totals;
            const covered = Math.min(lh ?? 0, lf);
            if (!previous || covered > previous.covered)
                target.totals = { total: lf, covered };
        }
        path = lf = lh = undefined;
    };
    await forEachLine(chunks, (raw, n) => {
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
                throw new ReportError(file, `line ${n}: ${tag} record before any SF record`);
        };
        switch (tag) {
            case 'SF':
                close();
                if (value.trim() === '')
                    throw new ReportError(file, `line ${n}: SF record without a path`);
                path = value.trim();
                map.set(path, map.get(path) ?? emptyFile());
                return;
            case 'DA': {
                need();
                const [lineText, hitsText] = value.split(',');
                const lineNo = Number(lineText);
                const hits = Number(hitsText);
                if (!Number.isInteger(lineNo) || lineNo < 0 || hitsText === undefined || !Number.isFinite(hits))
                    throw new ReportError(file, `line ${n}: malformed DA record \`${line.slice(0, 80)}\``);
                addUnit(map.get(path), String(lineNo), 1, Math.max(0, hits));
                return;
            }
            case 'LF':
            case 'LH': {
                need();
                const count = Number(value);
                if (!Number.isInteger(count) || count < 0)
                    throw new ReportError(file, `line ${n}: malformed ${tag} record \`${line.slice(0, 80)}\``);
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
        throw new ReportError(file, 'holds no SF record (no source file)');
    return map;
}

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
            throw new ReportError(file, `the root element is <${tag.name}>, not <${handler.root}>`);
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
        if (error instanceof ReportError)
            throw error;
        failure ??= error;
    }
    if (failure)
        throw new ReportError(file, `is not well-formed XML: ${failure.message.split('\n')[0]}`);
    if (stack.length > 0)
        throw new ReportError(file, 'ends before its root element closes');
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
                    throw new ReportError(file, `<class name="${attr(tag, 'name') ?? ''}"> has no filename`);
                map.set(current, map.get(current) ?? emptyFile());
            }
            else if (tag.name === 'line' && parent === 'lines' && stack[stack.length - 3] === 'class') {
                const number = Number(attr(tag, 'number'));
                const hits = Number(attr(tag, 'hits'));
                if (!Number.isInteger(number) || !Number.isFinite(hits))
                    throw new ReportError(file, `a <line> in ${current} has no valid number/hits`);
                addUnit(map.get(current), String(number), 1, Math.max(0, hits));
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
        throw new ReportError(file, 'is empty');
    if (map.size === 0)
        throw new ReportError(file, 'lists no <class> (no source file)');
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
                    throw new ReportError(file, `a <sourcefile> in package ${pkg} has no name`);
                current = pkg ? `${pkg}/${name}` : name;
                map.set(current, map.get(current) ?? emptyFile());
            }
            else if (tag.name === 'line' && parent === 'sourcefile' && current) {
                const nr = Number(attr(tag, 'nr'));
                const mi = Number(attr(tag, 'mi') ?? 0);
                const ci = Number(attr(tag, 'ci') ?? 0);
                if (!Number.isInteger(nr) || !Number.isFinite(mi) || !Number.isFinite(ci))
                    throw new ReportError(file, `a <line> in ${current} has no valid nr/mi/ci`);
                if (mi + ci > 0)
                    addUnit(map.get(current), String(nr), 1, ci);
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
        throw new ReportError(file, 'is empty');
    if (map.size === 0)
        throw new ReportError(file, 'lists no <sourcefile> (no source file, or no debug information)');
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
    for await (const chunk of textChunks(await file.open(), file.name, limit)) {
        prefix += chunk;
        if (prefix.length >= SNIFF_CHARS)
            break;
    }
    return { format: detectFormat(prefix), empty: prefix.trim() === '' };
}
async function readCoverage(files, options) {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const allowed = formatsFor(options.format);
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
        const expected = FORMAT_LABEL[formatByName(broken.file.name)];
        throw new ReportError(broken.file.name, broken.empty ? 'is empty' : `is not a readable ${expected} report`);
    }
    if (!chosen) {
        const names = seen.map(s => s.file.name);
        const listed = names.length === 0
            ? 'no files'
            : `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
        const other = seen.find(s => s.format !== undefined);
        const why = other
            ? `only ${FORMAT_LABEL[other.format]} reports, but \`format\` asks for ${allowed.map(f => FORMAT_LABEL[f]).join(' or ')}`
            : 'no coverage report in a known format';
        throw new NoReportError(`${why} (${listed})`);
    }
    const merged = new Map();
    const reports = [];
    for (const { file } of seen.filter(s => s.format === chosen)) {
        if (file.size !== undefined && file.size > limits.fileBytes)
            throw new ReportError(file.name, `is ${megabytes(file.size)} unpacked, more than the ${megabytes(limits.fileBytes)} limit for one report; refused`);
        const map = await PARSERS[chosen](textChunks(await file.open(), file.name, limits.fileBytes), file.name);
        mergeInto(merged, map, p => normalisePath(p, options.paths));
        reports.push(file.name);
    }
    const { covered, total, files: sourceFiles } = totals(merged);
    if (total === 0) {
        throw new ReportError(reports.join(', '), 'counts no lines at all (nothing was instrumented)');
    }
    return { covered, total, percent: (covered * 100) / total, format: chosen, reports, sourceFiles };
}

;// CONCATENATED MODULE: ./src/evaluate/coverage/reading.ts




/** Most bytes of an artifact archive the gate downloads. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
/** The figure of report files (merged per source file), as the reader shows it. */
async function measure(files, format, ctx) {
    const figure = await readCoverage(files, {
        format,
        paths: { repo: ctx.gateway.repo.repo, workspace: process.env.GITHUB_WORKSPACE }
    });
    const merged = figure.reports.length > 1 ? `, ${figure.reports.length} reports merged` : '';
    return {
        percent: figure.percent,
        unit: figure.format === 'go' ? 'statement' : 'line',
        detail: `${FORMAT_LABEL[figure.format]}${merged}: ${figure.covered} of ${figure.total}`
    };
}
/** A report that cannot be used is `unknown`, naming the file and what is wrong with it. */
function reportProblem(problem, source) {
    const fix = 'Check the report the workflow writes (run the coverage tool locally and look at the file).';
    if (problem instanceof ReportError)
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `could not verify: ${(0,phrase/* code */.aY)(problem.file)} in ${source} ${problem.problem}`,
            fix
        };
    if (problem instanceof NoReportError)
        return { state: 'unknown', summary: (0,phrase/* say */.cv) `could not verify: ${source} holds ${problem.message}`, fix };
    if (problem instanceof ZipError)
        return { state: 'unknown', summary: (0,phrase/* say */.cv) `could not verify: ${source} ${problem.message}`, fix };
    return {
        state: 'unknown',
        summary: (0,phrase/* say */.cv) `could not verify: ${source} could not be read: ${problem.message}`,
        fix: 'Re-run the job; report the error if it persists.'
    };
}

;// CONCATENATED MODULE: ./src/evaluate/coverage/artifact.ts
// The `artifact` source: reports in a workflow artifact of the commit's runs.









const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
async function readArtifact(name, format, ctx, sha, role) {
    const short = sha.slice(0, 7);
    let lookup;
    try {
        lookup = await findArtifact(ctx.gateway, name, sha);
    }
    catch (error) {
        return { outcome: (0,outcome/* unknownFromError */.J)(error, error.endpoint ?? 'artifacts', 'actions: read') };
    }
    if (!lookup.found) {
        const running = lookup.runs.filter(r => r.status !== 'completed' && r.id !== ctx.runner.runId);
        if (role === 'head' && (running.length > 0 || ctx.waiting)) {
            const why = running.length > 0
                ? `${plural(running.length, 'workflow run')} still going`
                : 'waiting for it (`wait-timeout`)';
            return {
                outcome: {
                    state: 'pending',
                    summary: (0,phrase/* say */.cv) `no artifact named ${(0,phrase/* code */.aY)(name)} on ${short} yet; ${why}`,
                    url: running[0]?.html_url
                }
            };
        }
        return {
            outcome: {
                state: role === 'head' ? 'fail' : 'unknown',
                summary: (0,phrase/* say */.cv) `no artifact named ${(0,phrase/* code */.aY)(name)} was uploaded by the ${plural(lookup.runs.length, 'workflow run')} on ${short}`,
                fix: 'Check that a workflow on this commit uploads the report with actions/upload-artifact under that exact name.'
            }
        };
    }
    const artifact = lookup.artifact;
    const runId = artifact.workflow_run?.id;
    const url = runId
        ? `${ctx.runner.serverUrl}/${ctx.gateway.repo.owner}/${ctx.gateway.repo.repo}/actions/runs/${runId}`
        : undefined;
    const source = (0,phrase/* say */.cv) `artifact ${(0,phrase/* code */.aY)(name)}`;
    if (artifact.expired)
        return { outcome: expired(name, url) };
    const measured = await ctx.gateway.cached(`coverage:artifact:${artifact.id}:${format ?? 'auto'}`, () => measureArtifact(artifact, format, ctx));
    if ('problem' in measured) {
        const { problem } = measured;
        if (problem instanceof api_error/* ApiError */.hD && problem.status === 410)
            return { outcome: expired(name, url) };
        if (problem instanceof api_error/* ApiError */.hD)
            return { outcome: { ...(0,outcome/* unknownFromError */.J)(problem, problem.endpoint, 'actions: read'), url } };
        return { outcome: { ...reportProblem(problem, source), url } };
    }
    return { figure: { ...measured, source, url } };
}
function expired(name, url) {
    return {
        state: 'unknown',
        summary: (0,phrase/* say */.cv) `could not verify: the artifact ${(0,phrase/* code */.aY)(name)} has expired`,
        fix: 'Re-run the workflow that uploads it, or keep it longer (`retention-days` of actions/upload-artifact).',
        url
    };
}
async function measureArtifact(artifact, format, ctx) {
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(ctx.runner.runnerTemp || (0,external_node_os_.tmpdir)(), 'readiness-coverage-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'artifact.zip');
        await downloadArtifact(ctx.gateway, artifact, file, MAX_ARCHIVE_BYTES);
        const zip = await openZip(file);
        try {
            return await measure(zip.files, format, ctx);
        }
        finally {
            zip.close();
        }
    }
    catch (error) {
        return { problem: error };
    }
    finally {
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/evaluate/checks.ts + 1 modules
var checks = __webpack_require__(742);
// EXTERNAL MODULE: ./src/evaluate/own-job.ts
var own_job = __webpack_require__(5429);
;// CONCATENATED MODULE: ./src/evaluate/coverage/status.ts





const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
/** The first percentage in a text, as written ("Coverage: 81.25% (+0.4%)" → "81.25"). */
function firstPercentage(text) {
    const m = /(\d+(?:\.\d+)?)\s?%/.exec(text);
    return m && Number(m[1]) <= 100 ? m[1] : undefined;
}
async function readStatus(name, ctx, sha, role) {
    const short = sha.slice(0, 7);
    let runs;
    let statuses;
    try {
        ;
        [runs, statuses] = await Promise.all([
            ctx.gateway.cached(`check-runs-named:${sha}:${name}`, () => ctx.gateway.readAll(CHECK_RUNS, { ref: sha, check_name: name, filter: 'all' }, shapes/* NamedRunsShape */.bp, p => p.check_runs)),
            ctx.gateway.statuses(sha)
        ]);
    }
    catch (error) {
        const endpoint = error.endpoint ?? CHECK_RUNS;
        return {
            outcome: (0,outcome/* unknownFromError */.J)(error, endpoint, endpoint.includes('statuses') ? 'statuses: read' : 'checks: read')
        };
    }
    const run = runs
        .filter(r => r.name === name)
        .sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id)[0];
    const status = (0,checks/* latestStatuses */.wD)(statuses.filter(s => (0,checks/* contextKey */.hx)(s.context) === (0,checks/* contextKey */.hx)(name)))[0];
    let text;
    let url;
    let kind;
    if (run) {
        url = run.html_url ?? run.details_url ?? undefined;
        kind = 'check';
        if (run.status !== 'completed')
            return {
                outcome: {
                    state: role === 'head' ? 'pending' : 'unknown',
                    summary: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(name)} is still running on ${short}`,
                    url
                }
            };
        text = [run.output?.title, run.output?.summary, run.output?.text].filter(Boolean).join('\n');
    }
    else if (status) {
        url = status.target_url ?? undefined;
        kind = 'status';
        if (status.state === 'pending')
            return {
                outcome: {
                    state: role === 'head' ? 'pending' : 'unknown',
                    summary: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(name)} is still pending on ${short}`,
                    url
                }
            };
        text = status.description ?? '';
    }
    else {
        if (role === 'head') {
            let stillRunning = false;
            try {
                const isOwn = await (0,own_job/* ownJobFilter */.C_)(ctx);
                stillRunning = (await ctx.gateway.checkRuns(sha)).some(r => r.status !== 'completed' && !isOwn(r) && r.name !== ctx.settings.checkName);
            }
            catch {
                // Only decides pending over fail; the outcome below says what is missing either way.
            }
            if (stillRunning || ctx.waiting)
                return {
                    outcome: {
                        state: 'pending',
                        summary: (0,phrase/* say */.cv) `no check or status named ${(0,phrase/* code */.aY)(name)} on ${short} yet; other checks are still running`
                    }
                };
        }
        return {
            outcome: {
                state: role === 'head' ? 'fail' : 'unknown',
                summary: (0,phrase/* say */.cv) `no check or status named ${(0,phrase/* code */.aY)(name)} on ${short}`,
                fix: 'Check that the coverage job or service still reports under that name.'
            }
        };
    }
    const written = firstPercentage(text);
    if (written === undefined) {
        return {
            outcome: {
                state: 'unknown',
                summary: (0,phrase/* say */.cv) `could not verify: the ${kind} ${(0,phrase/* code */.aY)(name)} on ${short} holds no percentage in its ${kind === 'check' ? 'title or summary' : 'description'}`,
                fix: 'Make the coverage step report its figure there (e.g. "Coverage: 81.2%"), or use the `artifact` source.',
                url
            }
        };
    }
    return {
        figure: {
            percent: Number(written),
            asWritten: written,
            unit: 'line',
            detail: 'as reported',
            source: (0,phrase/* say */.cv) `the ${kind} ${(0,phrase/* code */.aY)(name)}`,
            url
        }
    };
}

;// CONCATENATED MODULE: ./src/coverage/workspace.ts
/** Report files in the workspace (the `path` source): one file, or every file under a directory. */



const MAX_FILES = 10_000;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** The files at `path` inside `workspace`; a path that leaves the workspace is refused. */
async function workspaceFiles(workspace, path) {
    const root = (0,external_node_path_.resolve)(workspace);
    const target = (0,external_node_path_.resolve)(root, path);
    if (target !== root && !target.startsWith(root + external_node_path_.sep))
        return { found: false, reason: 'is outside the workspace' };
    let stat;
    try {
        stat = await (0,external_node_fs_promises_.lstat)(target);
    }
    catch {
        return { found: false, reason: 'does not exist in the workspace' };
    }
    const file = (full, size) => ({
        name: (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/'),
        size,
        open: async () => (0,external_node_fs_.createReadStream)(full)
    });
    if (stat.isFile())
        return { found: true, files: [file(target, stat.size)] };
    if (!stat.isDirectory())
        return { found: false, reason: 'is neither a file nor a directory' };
    const files = [];
    const walk = async (dir) => {
        for (const entry of (await (0,external_node_fs_promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
            if (files.length >= MAX_FILES)
                return;
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
                await walk(full);
            else if (entry.isFile())
                files.push(file(full, (await (0,external_node_fs_promises_.lstat)(full)).size));
        }
    };
    await walk(target);
    return { found: true, files };
}

;// CONCATENATED MODULE: ./src/evaluate/coverage/workspace.ts



async function readWorkspace(path, format, ctx) {
    const workspace = process.env.GITHUB_WORKSPACE;
    const fix = 'The `path` source reads the workspace of the job that runs the gate: run the gate as a step after the tests in that job, or upload the report and use `artifact`.';
    if (!workspace)
        return { outcome: { state: 'unknown', summary: ['could not verify: GITHUB_WORKSPACE is not set'], fix } };
    const found = await workspaceFiles(workspace, path);
    if (!found.found)
        return { outcome: { state: 'fail', summary: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} ${found.reason}`, fix } };
    const source = (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} in the workspace`;
    try {
        const measured = await measure(found.files, format, ctx);
        if ('problem' in measured)
            throw measured.problem;
        return {
            figure: {
                ...measured,
                source,
                url: `${ctx.runner.serverUrl}/${ctx.gateway.repo.owner}/${ctx.gateway.repo.repo}/actions/runs/${ctx.runner.runId}`
            }
        };
    }
    catch (error) {
        return { outcome: reportProblem(error, source) };
    }
}

;// CONCATENATED MODULE: ./src/evaluate/coverage.ts









/**
 * `coverage` (docs/check-types.md): the line coverage from one source is at least `min`, and with `max-drop`
 * (on PRs) at most that many points below the figure at the PR's merge base from the same source.
 */
async function evaluateCoverage(check, ctx) {
    const head = await readAt(check, ctx, ctx.target.sha, 'head');
    if ('outcome' in head)
        return head.outcome;
    const { figure } = head;
    const shown = figure.asWritten ?? formatPercent(figure.percent, check.min);
    const what = (0,phrase/* say */.cv) `${figure.unit} coverage (${figure.detail}) from ${figure.source}`;
    if (figure.percent < check.min) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${shown}% < ${formatThreshold(check.min)}% ${what}`,
            url: figure.url
        };
    }
    const pass = (0,phrase/* say */.cv) `${shown}% ≥ ${formatThreshold(check.min)}% ${what}`;
    const maxDrop = check['max-drop'];
    if (maxDrop === undefined)
        return { state: 'pass', summary: pass, url: figure.url };
    const pr = ctx.target.pr;
    if (!pr)
        return {
            state: 'pass',
            summary: (0,phrase/* say */.cv) `${pass}; ${(0,phrase/* code */.aY)('max-drop')} applies to pull requests only`,
            url: figure.url
        };
    let base;
    try {
        base = await mergeBase(ctx.gateway, pr.baseSha || pr.baseRef, pr.headSha);
    }
    catch (error) {
        return (0,outcome/* unknownFromError */.J)(error, ENDPOINTS.compare, 'contents: read');
    }
    const short = base.slice(0, 7);
    const before = await readAt(check, ctx, base, 'base');
    if ('outcome' in before) {
        return {
            ...before.outcome,
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `${shown}% ${figure.unit} coverage, but no figure at the merge base ${short} to check ${(0,phrase/* code */.aY)('max-drop')} against: ${before.outcome.summary}`,
            url: figure.url
        };
    }
    const drop = before.figure.percent - figure.percent;
    const baseShown = before.figure.asWritten ?? formatPercent(before.figure.percent);
    if (drop > maxDrop + 1e-9) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${shown}% is ${formatPercent(drop)} points below ${baseShown}% at the merge base ${short} (${(0,phrase/* code */.aY)('max-drop')} ${formatThreshold(maxDrop)}) — ${what}`,
            url: figure.url
        };
    }
    const change = drop > 0
        ? `${formatPercent(drop)} points below`
        : drop < 0
            ? `${formatPercent(-drop)} points above`
            : 'same as';
    return {
        state: 'pass',
        summary: (0,phrase/* say */.cv) `${pass}; ${change} ${baseShown}% at the merge base ${short}`,
        url: figure.url
    };
}
async function readAt(check, ctx, sha, role) {
    if (check.artifact !== undefined)
        return readArtifact(check.artifact, check.format, ctx, sha, role);
    if (check.status !== undefined)
        return readStatus(check.status, ctx, sha, role);
    if (role === 'base') {
        return {
            outcome: {
                state: 'unknown',
                summary: ['a workspace file has no figure at the merge base'],
                fix: 'Use the `artifact` or `status` source for `max-drop`, or remove `max-drop`.'
            }
        };
    }
    return readWorkspace(check.path, check.format, ctx);
}


/***/ })

};

//# sourceMappingURL=273.index.js.map