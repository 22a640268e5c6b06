export const id = 317;
export const ids = [317];
export const modules = {

/***/ 8317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gateway: () => (/* binding */ Gateway)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3660);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3043);
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6133);




/** A file, a symlink or a submodule it describes, or the listing it answers for a directory. */
const ContentShape = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .FileShape */ .cR,
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('symlink'), target: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('submodule'), submodule_git_url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }))
]);
/**
 * Every read of GitHub evidence goes through here. Each distinct question is asked once per gateway
 * (concurrent evaluators share the same promise); a poll for pending work uses a fresh gateway.
 * Every response is shape-checked: a malformed one is an ApiError, never an empty list.
 */
class Gateway {
    gh;
    repo;
    cache = new Map();
    constructor(
    /** The client, for evidence readers that need more than JSON (e.g. artifact downloads). */
    gh, repo) {
        this.gh = gh;
        this.repo = repo;
    }
    /**
     * The answer to `key`, loaded once per gateway. Evidence readers for other check types build on
     * `cached`, `read` and `readAll`, so every read shares the cache and the shape checks.
     */
    cached(key, load) {
        let hit = this.cache.get(key);
        if (!hit) {
            hit = load();
            this.cache.set(key, hit);
        }
        return hit;
    }
    /** One JSON response, shape-checked; failures are ApiErrors naming the endpoint. */
    async read(endpoint, params, shape) {
        try {
            const response = await this.gh.request(endpoint, { ...this.repo, ...params });
            return parseShape(endpoint, shape, response.data);
        }
        catch (error) {
            throw (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(error, endpoint);
        }
    }
    /** Every page: follows Link rel="next" (page numbers or cursors alike), 100 items a page (see paging.ts). */
    readAll(endpoint, params, shape, pick) {
        return (0,_paging_js__WEBPACK_IMPORTED_MODULE_1__/* .readPages */ .n4)(this.gh, endpoint, { ...this.repo, ...params }, data => pick(parseShape(endpoint, shape, data)));
    }
    commit(ref) {
        return this.cached(`commit:${ref}`, () => this.read('GET /repos/{owner}/{repo}/commits/{ref}', { ref }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .CommitShape */ .$D));
    }
    pull(pullNumber) {
        return this.cached(`pull:${pullNumber}`, () => this.read('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: pullNumber }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .PullShape */ .Do));
    }
    /** Whether `heads/x` or `tags/x` exists (the git refs API answers 404 when not). */
    refExists(ref) {
        return this.cached(`ref:${ref}`, async () => {
            try {
                await this.read('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .RefShape */ .HQ);
                return true;
            }
            catch (error) {
                if (error.status === 404)
                    return false;
                throw error;
            }
        });
    }
    /** The check runs of one check suite, every page. */
    suiteRuns(suiteId) {
        return this.cached(`suite-runs:${suiteId}`, () => this.readAll('GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs', { check_suite_id: suiteId, filter: 'all' }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckRunPageShape */ .I$, page => page.check_runs));
    }
    /** PRs whose head is this commit (the commits/{sha}/pulls endpoint), every page. */
    pullsForCommit(sha) {
        return this.cached(`pulls-for:${sha}`, () => this.readAll('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .PullShape */ .Do.array(), p => p));
    }
    file(path, ref) {
        return this.cached(`file:${ref}:${path}`, async () => {
            let file;
            try {
                file = await this.read('GET /repos/{owner}/{repo}/contents/{path}', { path, ref }, ContentShape);
            }
            catch (error) {
                // GitHub sends x-accepted-github-permissions on every answer to app and fine-grained tokens,
                // so it says nothing here: a token without contents access gets 403, a missing file 404.
                if (error.status === 404)
                    return { found: false, reason: 'missing' };
                throw error;
            }
            if (Array.isArray(file))
                return { found: false, reason: 'directory', entries: file.map(e => e.name) };
            if (file.type === 'symlink')
                return { found: false, reason: 'symlink', target: file.target };
            if (file.type === 'submodule')
                return { found: false, reason: 'submodule', repository: file.submodule_git_url };
            if (file.encoding !== 'base64' || file.content === undefined)
                return { found: false, reason: 'too-large' };
            return {
                found: true,
                text: Buffer.from(file.content, 'base64').toString('utf8'),
                url: file.html_url ?? undefined
            };
        });
    }
    checkRuns(sha) {
        return this.cached(`check-runs:${sha}`, () => this.readAll('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', 
        // filter=all: the gate picks the latest run per (app, name) itself, by start time then id.
        { ref: sha, filter: 'all' }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckRunPageShape */ .I$, page => page.check_runs));
    }
    statuses(sha) {
        return this.cached(`statuses:${sha}`, () => this.readAll('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .CommitStatusShape */ .$U.array(), page => page));
    }
    defaultBranch() {
        return this.cached('repo', async () => (await this.read('GET /repos/{owner}/{repo}', {}, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .RepositoryShape */ .Q8)).default_branch);
    }
    reviews(pullNumber) {
        return this.cached(`reviews:${pullNumber}`, () => this.readAll('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { pull_number: pullNumber }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .ReviewShape */ .AI.array(), p => p));
    }
    /** A person's permission on the repository (admin, write, read or none), from all their grants. */
    collaboratorPermission(username) {
        return this.cached(`permission:${username}`, () => this.read('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { username }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .CollaboratorPermissionShape */ .pH));
    }
    /** The active rules of a branch from every ruleset (readable without admin rights). */
    branchRules(branch) {
        return this.cached(`rules:${branch}`, () => this.readAll('GET /repos/{owner}/{repo}/rules/branches/{branch}', { branch }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .BranchRuleShape */ .E5.array(), p => p));
    }
    /** Classic branch protection; `undefined` when GitHub says the branch is not protected. */
    classicProtection(branch) {
        return this.cached(`protection:${branch}`, async () => {
            try {
                return await this.read('GET /repos/{owner}/{repo}/branches/{branch}/protection', { branch }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .ClassicProtectionShape */ .PZ);
            }
            catch (error) {
                const e = (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(error, 'GET /repos/{owner}/{repo}/branches/{branch}/protection');
                if (e.status === 404 && /not protected/i.test(e.message))
                    return undefined;
                throw e;
            }
        });
    }
    /** The jobs of a workflow run, of every attempt (`filter=all`): a re-run's earlier attempts too. */
    runJobs(runId) {
        return this.cached(`jobs:${runId}`, () => this.readAll('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { run_id: runId, filter: 'all' }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .JobsPageShape */ .vs, page => page.jobs));
    }
}
function parseShape(endpoint, shape, data) {
    const parsed = shape.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(endpoint, undefined, `unexpected response shape at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
    }
    return parsed.data;
}


/***/ }),

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pB: () => (/* binding */ bodyFingerprint),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export parseJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reading a JSON answer's body. Octokit parses each one with json-with-bigint, which (before Node
 * 22) first runs a regular expression with a callback over the whole text: on a busy PR, most of
 * the gate's CPU went there. JSON.parse reads every number GitHub sends exactly (ids are far below
 * 2^53). An integer above 2^53, which JSON.parse would round, leaves the body unread instead: the
 * caller's shape check then fails, so nothing is ever judged on a rounded id.
 */

/** Digit runs long enough to be an integer beyond 2^53 (16 digits or more), wherever they stand. */
const LONG_DIGITS = /\d{16}/;
/** The body of an answer Octokit left unparsed (a web ReadableStream), read as Octokit would have. */
async function readBody(body, contentType) {
    if (!isStream(body))
        return body;
    const response = new Response(body);
    const type = (contentType ?? '').toLowerCase();
    if (!/^application\/(scim\+)?json\b/.test(type)) {
        // As Octokit does: text for text/* or UTF-8, bytes otherwise.
        return !contentType || type.startsWith('text/') || /charset=utf-8/.test(type)
            ? response.text()
            : response.arrayBuffer();
    }
    const text = await response.text();
    const data = parseJson(text);
    if (typeof data === 'object' && data !== null)
        bodyHashes.set(data, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex'));
    return data;
}
/** A SHA-256 of the text each parsed body was read from: how paging tells a repeated page. */
const bodyHashes = new WeakMap();
/** The body's fingerprint: the hash of the text it was read from, or of its JSON when read elsewhere. */
function bodyFingerprint(data) {
    const known = typeof data === 'object' && data !== null ? bodyHashes.get(data) : undefined;
    return known ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(data)).digest('hex');
}
/** JSON.parse, or the text itself when it is no JSON or holds an integer JSON.parse would round. */
function parseJson(text) {
    try {
        if (!LONG_DIGITS.test(text))
            return JSON.parse(text);
        return JSON.parse(text, (_key, value) => {
            if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
                throw new RangeError('an integer beyond 2^53');
            }
            return value;
        });
    }
    catch {
        return text;
    }
}
function isStream(body) {
    return typeof body?.getReader === 'function';
}


/***/ }),

/***/ 3043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ PagingError),
/* harmony export */   n4: () => (/* binding */ readPages)
/* harmony export */ });
/* unused harmony exports PER_PAGE, MAX_PAGES, PAGE_CONCURRENCY, numberedPages, urlKey, nextLink */
/* harmony import */ var _api_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3660);
/* harmony import */ var _json_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);


/**
 * Reading a list page by page, the one way every list is read. Link rel="next" is followed only on
 * the API's own origin: Octokit sends the token with any absolute URL, so a Link to another host
 * would hand it over. A page seen before (the same next URL, or the same items again) ends the list
 * instead of counting its items twice.
 *
 * When the first page's Link numbers the pages (rel="next" is page 2 and rel="last" page N of the
 * same URL), pages 2…N are requested PAGE_CONCURRENCY at a time instead of one after another; they
 * are still taken in order, each only where the page before it points, so the list ends where it
 * would have ended read one by one, and no URL is requested twice.
 */
const PER_PAGE = 100;
/** A bound on pagination, so a broken Link header cannot loop forever (100 × 100 = 10,000 items). */
const MAX_PAGES = 100;
/**
 * Pages of one list in flight at once: a handful, as GitHub's guidance on concurrent requests asks
 * (the throttling plugin also caps a client at 10 requests in flight).
 */
const PAGE_CONCURRENCY = 5;
/** A list that could not be read to its end for a reason of its own, with its own fix. */
class PagingError extends _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD {
    fix;
    constructor(endpoint, message, fix) {
        super(endpoint, undefined, message);
        this.fix = fix;
        this.name = 'PagingError';
    }
    explain() {
        return { reason: `${this.endpoint}: ${this.message}`, fix: this.fix };
    }
}
/**
 * Every item of a list: `pick` takes the items out of one page's body (and may throw on a malformed
 * one). Request failures become ApiErrors naming `endpoint`.
 */
async function readPages(gh, endpoint, params, pick) {
    const origin = new URL(gh.request.endpoint.DEFAULTS.baseUrl).origin;
    const read = async (url) => {
        let response;
        try {
            response = url
                ? await gh.request(`GET ${url}`)
                : await gh.request(endpoint, { ...params, per_page: params.per_page ?? PER_PAGE });
        }
        catch (error) {
            return { url: url ?? '', fingerprint: '', items: [], failure: (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(error, endpoint) };
        }
        const page = {
            url: response.url,
            fingerprint: (0,_json_body_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyFingerprint */ .pB)(response.data),
            items: [],
            next: linkTo('next', response.headers.link, response.url),
            last: linkTo('last', response.headers.link, response.url)
        };
        try {
            page.items = pick(response.data);
        }
        catch (error) {
            page.failure = error;
        }
        return page;
    };
    // Pages requested ahead of need, by their URL's key; `stop` ends requesting more of them.
    const ahead = new Map();
    let stop = () => { };
    const items = [];
    const seenUrls = new Set();
    const seenPages = new Set();
    let page = await read();
    try {
        for (let count = 1;; count++) {
            if (page.failure !== undefined && !page.fingerprint)
                throw page.failure;
            seenUrls.add(urlKey(new URL(page.url)));
            if (seenPages.has(page.fingerprint))
                return items;
            seenPages.add(page.fingerprint);
            if (page.failure !== undefined)
                throw page.failure;
            items.push(...page.items);
            const next = page.next;
            if (!next)
                return items;
            if (next.origin !== origin) {
                throw new PagingError(endpoint, `the next page (Link rel="next") is on another host, ${next.host}, not the API's ${new URL(origin).host}; the gate does not send its token there`, "GitHub's Link headers point at the API host itself: check `GITHUB_API_URL` and any proxy between the runner and GitHub that rewrites headers.");
            }
            if (seenUrls.has(urlKey(next)))
                return items;
            if (count === 1) {
                const numbered = numberedPages(next, page.last);
                if (numbered && numbered.length + 1 > MAX_PAGES) {
                    throw new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(endpoint, undefined, `more than ${MAX_PAGES} pages (${numbered.length + 1}); stopped reading`);
                }
                if (numbered)
                    stop = requestAhead(numbered, read, ahead);
            }
            if (count >= MAX_PAGES)
                throw new _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(endpoint, undefined, `more than ${MAX_PAGES} pages; stopped reading`);
            page = await (ahead.get(urlKey(next)) ?? read(next.href));
        }
    }
    finally {
        stop();
    }
}
/**
 * Requests `urls` at most PAGE_CONCURRENCY at a time, in order, each entered in `ahead` at once
 * (so nothing requests it a second time); returns the function that stops requesting more.
 */
function requestAhead(urls, read, ahead) {
    let stopped = false;
    const starts = [];
    for (const url of urls) {
        ahead.set(urlKey(url), new Promise(resolve => starts.push(() => void read(url.href).then(resolve).finally(startNext))));
    }
    let started = 0;
    function startNext() {
        if (!stopped && started < starts.length)
            starts[started++]();
    }
    for (let i = 0; i < PAGE_CONCURRENCY; i++)
        startNext();
    return () => {
        stopped = true;
    };
}
/**
 * Pages 2…N when `next` and `last` are the same URL but for `page` (2 and N), as GitHub numbers
 * pages; undefined for any other paging (cursors), which is read one page after another.
 */
function numberedPages(next, last) {
    if (!last || next.searchParams.get('page') !== '2')
        return undefined;
    const n = Number(last.searchParams.get('page'));
    if (!Number.isInteger(n) || n < 2)
        return undefined;
    const withPage = (k) => {
        const url = new URL(next);
        url.searchParams.set('page', String(k));
        return url;
    };
    if (urlKey(withPage(n)) !== urlKey(last))
        return undefined;
    return Array.from({ length: n - 1 }, (_, i) => (i === 0 ? next : withPage(i + 2)));
}
/** A URL's identity for paging: its origin, path and query parameters in any order or encoding. */
function urlKey(url) {
    const query = [...url.searchParams].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
    return `${url.origin}${url.pathname}?${new URLSearchParams(query).toString()}`;
}
/** The rel="next" URL of a Link header, if any. */
function nextLink(link) {
    return relLink('next', link);
}
function relLink(rel, link) {
    return link
        ?.split(',')
        .map(part => new RegExp(`<([^>]+)>\\s*;\\s*rel="${rel}"`).exec(part))
        .find(Boolean)?.[1];
}
/** A Link header's `rel` URL, resolved against the page's own URL. */
function linkTo(rel, link, base) {
    const href = relLink(rel, link);
    return href === undefined ? undefined : new URL(href, base);
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
/* harmony export */   PZ: () => (/* binding */ ClassicProtectionShape),
/* harmony export */   Q8: () => (/* binding */ RepositoryShape),
/* harmony export */   S4: () => (/* binding */ CreatedShape),
/* harmony export */   U5: () => (/* binding */ CodeScanningAlertShape),
/* harmony export */   Xp: () => (/* binding */ CompareShape),
/* harmony export */   bp: () => (/* binding */ NamedRunsShape),
/* harmony export */   cR: () => (/* binding */ FileShape),
/* harmony export */   jf: () => (/* binding */ SecretScanningAlertShape),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   pH: () => (/* binding */ CollaboratorPermissionShape),
/* harmony export */   qI: () => (/* binding */ DependabotAlertShape),
/* harmony export */   uJ: () => (/* binding */ CodeScanningAnalysisShape),
/* harmony export */   vs: () => (/* binding */ JobsPageShape),
/* harmony export */   zb: () => (/* binding */ RunsPageShape)
/* harmony export */ });
/* unused harmony exports CheckRunShape, JobShape, ArtifactShape, WorkflowRunShape, NamedRunShape */
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
    user: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable()
});
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


/***/ })

};

//# sourceMappingURL=317.index.js.map