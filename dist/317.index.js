export const id = 317;
export const ids = [317,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BACKGROUND: () => (/* binding */ BACKGROUND),
/* harmony export */   BACKGROUND_IN_FLIGHT: () => (/* binding */ BACKGROUND_IN_FLIGHT),
/* harmony export */   MAX_IN_FLIGHT: () => (/* binding */ MAX_IN_FLIGHT),
/* harmony export */   WRITE_BURST: () => (/* binding */ WRITE_BURST),
/* harmony export */   bareRetryAfter: () => (/* binding */ bareRetryAfter),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   patienceFromEnv: () => (/* binding */ patienceFromEnv)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4730);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1015);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5038);







/**
 * plugin-retry retries every failure of status ≥ 400 outside `doNotRetry`, and Octokit reports a
 * request that got no answer as a 500: a refused connection leaves here as it is (no status), so it
 * is not retried. Registered before plugin-retry, so this error hook sees the failure first.
 */
function refusalIsFinal(octokit) {
    octokit.hook.error('request', error => {
        const { cause, request } = error;
        // `request` kept: plugin-retry's failure listener reads it.
        if (cause instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .NetworkError */ .Dr && cause.kind === 'refused')
            throw Object.assign(cause, { request });
        throw error;
    });
}
/**
 * Reads the success bodies the gate reads itself (see json-body.ts) inside plugin-retry, so that an
 * answer whose time limit runs out midway is retried and worded like one that never came: as
 * Octokit reports a request with no answer, a 500 whose cause is the transport's timeout.
 */
function readsBodies(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        const response = await request(options);
        if (!options.request || !parsesJson.has(options.request))
            return response;
        const body = response.data;
        try {
            response.data = await (0,_json_body_js__WEBPACK_IMPORTED_MODULE_1__/* .readBody */ .x8)(body, response.headers['content-type']);
        }
        catch (error) {
            const timeout = (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .bodyTimeout */ .IX)(body, error);
            if (!timeout)
                throw error;
            // RequestError copies the options: plugin-retry rewrites the copy's `request`, not the one
            // `parsesJson` knows.
            const failure = new _octokit_request_error__WEBPACK_IMPORTED_MODULE_3__/* .RequestError */ .G(timeout.message, 500, { request: options });
            failure.cause = timeout;
            throw failure;
        }
        return response;
    });
}
/**
 * Octokit with the official retry and throttling plugins: the one client every caller uses. Hooks
 * registered later wrap the earlier ones, so bodies are read within each try.
 */
const GateOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_4__/* .Octokit */ .E.plugin(refusalIsFinal, readsBodies, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
/** Reads `READINESS_GATE_RETRIES`, `…_RETRY_BASE_MS`, `…_TIMEOUT_MS`, `…_MAX_RATE_LIMIT_WAIT`, `…_BUDGET_SECONDS`. */
function patienceFromEnv(env = process.env) {
    const num = (name, fallback) => {
        const value = Number(env[`READINESS_GATE_${name}`]);
        return Number.isFinite(value) && value >= 0 ? value : fallback;
    };
    return {
        retries: num('RETRIES', 3),
        retryBaseMs: num('RETRY_BASE_MS', 1000),
        timeoutMs: num('TIMEOUT_MS', 30_000),
        maxRateLimitWaitSeconds: num('MAX_RATE_LIMIT_WAIT', 60),
        budgetSeconds: num('BUDGET_SECONDS', 600)
    };
}
/** Writes a client may make at once before the one-a-second pace applies (see `writePace`). */
const WRITE_BURST = 3;
/**
 * When plugin-throttling lets writes go. GitHub asks integrations that make many writes to wait a
 * second between them; the plugin's default spaced every write of a run a second after the one
 * before, which cost a run its whole second for the two or three writes it makes. A token bucket
 * instead: WRITE_BURST writes at once, then one a second (one token back a second, up to the burst),
 * so many writes still come a second apart. Secondary rate limits are still waited out by the plugin.
 */
function writePace() {
    return new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({
        maxConcurrent: 1,
        minTime: 0,
        reservoir: WRITE_BURST,
        reservoirIncreaseInterval: 1000,
        reservoirIncreaseAmount: 1,
        reservoirIncreaseMaximum: WRITE_BURST
    });
}
/**
 * Requests out at once, MAX_IN_FLIGHT. plugin-throttling's own `global` group allows 10 and is
 * module-wide; this one belongs to the client (one per token, as GitHub counts), as the paces do.
 */
function inFlightLimit() {
    return new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: MAX_IN_FLIGHT });
}
/**
 * plugin-throttling's pace for writes that notify people (a new comment): one every 3 s. Its own
 * group is module-wide, so in one process (tests, the bench, a CLI gating one target after another)
 * the first comment of a run waited on the previous run's; this one belongs to the client, as the
 * write pace does, and keeps the same spacing within a run.
 */
function notificationPace() {
    return new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: 3000 });
}
function createGitHub(options) {
    const p = options.patience ?? patienceFromEnv();
    const deadline = Date.now() + p.budgetSeconds * 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < p.retries &&
            retryAfter <= p.maxRateLimitWaitSeconds &&
            Date.now() + retryAfter * 1000 < deadline;
        options.log(`${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return retrying;
    };
    const secondary = onLimit('Secondary');
    const octokit = new GateOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'readiness-gate',
        // Failed requests surface as errors the gate explains; Octokit's own error lines would only be noise.
        log: { debug: () => { }, info: () => { }, warn: options.log, error: () => { } },
        // Not `request: { retries }`: plugin-retry then retries every failure, 403 and 404 included.
        // 429 is left to the throttling plugin, which honours `retry-after`; plugin-retry would retry it
        // on its own schedule (1 s, 4 s, 9 s) and ignore what GitHub asked for.
        retry: {
            retries: p.retries,
            retryAfterBaseValue: p.retryBaseMs,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            onRateLimit: onLimit('Primary'),
            onSecondaryRateLimit: secondary,
            retryAfterBaseValue: p.retryBaseMs,
            // `global` is read by the plugin (it falls back to its own group) but missing from its types.
            ...{ global: inFlightLimit() },
            write: writePace(),
            notifications: notificationPace()
        },
        request: { fetch: (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubFetch */ .uT)(options.baseUrl, p.timeoutMs, options.onRefused) }
    });
    // plugin-throttling retries a 429 only when its message names a secondary rate limit or
    // x-ratelimit-remaining is 0; GitHub (or a proxy in front of it) may answer a bare 429 with
    // Retry-After, which asks for the same wait.
    octokit.hook.wrap('request', async (request, options) => {
        for (let retryCount = 0;; retryCount++) {
            try {
                return await request(options);
            }
            catch (error) {
                const wait = bareRetryAfter(error);
                if (wait === undefined || !secondary(wait, options, octokit, retryCount))
                    throw error;
                await new Promise(resolve => setTimeout(resolve, wait * p.retryBaseMs));
            }
        }
    });
    octokit.hook.before('request', options => {
        // Every request shares the `request` object of Octokit's defaults, and plugin-retry and
        // plugin-throttling keep their retry counts in it: without a copy, one request's retries
        // lengthen the next one's backoff (4 tries left a count of 4, so the next failure waited 25 s).
        options.request = { ...options.request };
        // Success bodies are read by `readsBodies` (unless the caller streams the body itself).
        if (options.request.parseSuccessResponseBody !== false) {
            options.request.parseSuccessResponseBody = false;
            parsesJson.add(options.request);
        }
        if (Date.now() > deadline) {
            throw new Error(`the gate's time budget (${p.budgetSeconds}s) is spent; ${options.method} ${options.url} was not sent`);
        }
    });
    backgroundLane(octokit);
    return octokit;
}
/**
 * Requests a client has in flight at once (its `global` group in plugin-throttling, which queues the
 * rest in order of arrival). GitHub's secondary rate limit allows at most 100 concurrent requests
 * per user or app, REST and GraphQL together: 16 leaves room for the other jobs on the same token
 * (an audit matrix of several repositories at once), and lets a PR with 5,000 comments and 3,000
 * check runs read its 80 pages in about 6 round trips instead of 8 (at the plugin's default, 10).
 */
const MAX_IN_FLIGHT = 16;
/** Asks for a read that may wait for an idle moment (`request: BACKGROUND`, see `backgroundLane`). */
const BACKGROUND = { background: true };
/** Background reads out at once: a quarter of MAX_IN_FLIGHT is always free for the verdict's reads. */
const BACKGROUND_IN_FLIGHT = (MAX_IN_FLIGHT * 3) / 4;
/**
 * Reads marked BACKGROUND (what publishing needs later, read while the checklist is evaluated) are
 * sent only while fewer than MAX_IN_FLIGHT requests are out, and at most BACKGROUND_IN_FLIGHT of
 * them: they fill idle slots and never hold the slots the verdict's own reads need. Registered
 * after the plugins, so it wraps the throttling plugin (whose queue serves in order of arrival).
 */
function backgroundLane(octokit) {
    let inFlight = 0;
    let background = 0;
    const waiting = [];
    octokit.hook.wrap('request', async (request, options) => {
        const isBackground = Boolean(options.request?.background);
        if (isBackground) {
            while (inFlight >= MAX_IN_FLIGHT || background >= BACKGROUND_IN_FLIGHT) {
                await new Promise(resolve => waiting.push(resolve));
            }
            background++;
        }
        inFlight++;
        try {
            return await request(options);
        }
        finally {
            inFlight--;
            if (isBackground)
                background--;
            waiting.shift()?.();
        }
    });
}
/** The requests whose success body the gate reads itself (see json-body.ts), by their `request` options. */
const parsesJson = new WeakSet();
/**
 * The seconds a 429 asks to wait (`Retry-After`: seconds or an HTTP date) when plugin-throttling
 * did not already handle it; undefined for anything else.
 */
function bareRetryAfter(error) {
    const e = error;
    const headers = e.response?.headers ?? {};
    const value = headers['retry-after'];
    if (e.status !== 429 || value === undefined)
        return undefined;
    if (/\bsecondary rate\b/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}


/***/ }),

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
    /** Every comment of an issue or PR, every page. */
    issueComments(issue) {
        return this.cached(`comments:${issue}`, () => this.readAll('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue }, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .CommentShape */ .Br.array(), page => page));
    }
    /**
     * A person's membership of an organisation team: `active`, `pending`, or `none` on 404 (which is
     * also what a token that may not read teams gets); other refusals are ApiErrors.
     */
    teamMembership(org, teamSlug, username) {
        const endpoint = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
        return this.cached(`team:${org}/${teamSlug}:${username}`.toLowerCase(), async () => {
            try {
                const response = await this.gh.request(endpoint, { org, team_slug: teamSlug, username });
                return parseShape(endpoint, _shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .TeamMembershipShape */ .LX, response.data).state;
            }
            catch (error) {
                if (error instanceof _api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD)
                    throw error;
                const apiError = (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(error, endpoint);
                if (apiError.status === 404)
                    return 'none';
                throw apiError;
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
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8321);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__);
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
    // Read as Response's text() and arrayBuffer() would, without the global Response: it loads Node's
    // own copy of undici, a second HTTP stack beside the bundled one (about 20 ms of a run).
    const type = (contentType ?? '').toLowerCase();
    if (!/^application\/(scim\+)?json\b/.test(type)) {
        // As Octokit does: text for text/* or UTF-8, bytes otherwise.
        return !contentType || type.startsWith('text/') || /charset=utf-8/.test(type)
            ? (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(body)
            : (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.arrayBuffer)(body);
    }
    const text = await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(body);
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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/* harmony import */ var _json_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7778);



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
 * Pages of one list in flight at once (the client has at most MAX_IN_FLIGHT requests out; a
 * background list takes only idle slots, so two long lists share them).
 */
const PAGE_CONCURRENCY = 12;
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
async function readPages(gh, endpoint, params, pick, 
/** A list needed only later (see BACKGROUND): its pages take only idle slots. */
options = {}) {
    const origin = new URL(gh.request.endpoint.DEFAULTS.baseUrl).origin;
    const request = options.background ? { request: _client_js__WEBPACK_IMPORTED_MODULE_1__.BACKGROUND } : {};
    const read = async (url) => {
        let response;
        try {
            response = url
                ? await gh.request(`GET ${url}`, request)
                : await gh.request(endpoint, { ...params, per_page: params.per_page ?? PER_PAGE, ...request });
        }
        catch (error) {
            return { url: url ?? '', fingerprint: '', items: [], failure: (0,_api_error_js__WEBPACK_IMPORTED_MODULE_0__/* .toApiError */ .Gv)(error, endpoint) };
        }
        const page = {
            url: response.url,
            fingerprint: (0,_json_body_js__WEBPACK_IMPORTED_MODULE_2__/* .bodyFingerprint */ .pB)(response.data),
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
/* harmony export */   LX: () => (/* binding */ TeamMembershipShape),
/* harmony export */   NV: () => (/* binding */ DeploymentShape),
/* harmony export */   PZ: () => (/* binding */ ClassicProtectionShape),
/* harmony export */   Q8: () => (/* binding */ RepositoryShape),
/* harmony export */   RE: () => (/* binding */ DeploymentStatusShape),
/* harmony export */   S4: () => (/* binding */ CreatedShape),
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
/* unused harmony exports CheckRunShape, JobShape, ReactionShape, ArtifactShape, WorkflowRunShape, WorkflowRunDetailShape, NamedRunShape, BlameRangeShape */
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


/***/ })

};

//# sourceMappingURL=317.index.js.map