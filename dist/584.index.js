export const id = 584;
export const ids = [584];
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


/***/ })

};

//# sourceMappingURL=584.index.js.map