export const id = 758;
export const ids = [758];
export const modules = {

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  audit: () => (/* binding */ audit)
});

// UNUSED EXPORTS: exitCodeOf

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors/config-error.ts
var config_error = __webpack_require__(1126);
// EXTERNAL MODULE: ./src/text/command-line.ts
var command_line = __webpack_require__(681);
;// CONCATENATED MODULE: ./src/event/target.ts

const AUDIT_EVENTS = new Set(['workflow_dispatch', 'schedule', 'push']);
const ZERO_SHA = /^0+$/;
const none = (notice) => ({ targets: [], notice: `Readiness gate: ${notice}` });
/** A closed (or merged) PR has nothing left to gate, whichever event names it: a notice, nothing posted. */
function closedPulls(numbers) {
    const list = numbers.map(n => `#${n}`).join(', ');
    return none(numbers.length === 1
        ? `PR ${list} is closed; nothing to gate.`
        : `PRs ${list} are closed; nothing to gate.`);
}
/** Turns the event into the commit(s) to gate (the table in docs/events.md). */
async function resolveTargets(ctx, settings, gateway) {
    const p = ctx.payload;
    const repoName = `${ctx.owner}/${ctx.repo}`;
    switch (ctx.eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'pull_request_review': {
            const pr = readPull(p.pull_request, repoName);
            if (!pr)
                return none(`the ${ctx.eventName} payload has no pull_request; nothing was posted.`);
            // `types: [closed]`, or a review left on a closed PR.
            if (p.pull_request.state === 'closed')
                return closedPulls([pr.number]);
            const honourHead = ctx.eventName === 'pull_request' && settings.checklistRef === 'head';
            const warnings = settings.checklistRef === 'head' && !honourHead
                ? [
                    `checklist-ref: head is honoured on pull_request only; on ${ctx.eventName} the checklist is read from the base branch ${pr.baseRef}.`
                ]
                : [];
            return { targets: [pullTarget(pr, settings, honourHead)], warnings };
        }
        case 'issue_comment':
            return commentTargets(ctx, settings, gateway, repoName);
        case 'workflow_run':
        case 'check_suite':
            return suiteTargets(ctx.eventName, p, settings, gateway, repoName);
        case 'merge_group':
            return mergeGroupTarget(p, settings);
        default:
            if (AUDIT_EVENTS.has(ctx.eventName))
                return auditTarget(ctx, settings, gateway);
            return none(`the \`${ctx.eventName || '(none)'}\` event is not one the gate evaluates; nothing was posted. See docs/events.md.`);
    }
}
function pullTarget(pr, settings, useHead = false) {
    return {
        kind: 'pull-request',
        sha: pr.headSha,
        pr,
        checklistRef: useHead ? pr.headSha : pr.baseRef,
        checklistRefLabel: useHead
            ? `${pr.headSha.slice(0, 7)} (head of #${pr.number})`
            : `${pr.baseRef} (base of #${pr.number})`,
        statusName: settings.checkName,
        branch: pr.baseRef
    };
}
/**
 * A person's new comment on a PR re-evaluates it, and so does editing or deleting a comment that is
 * or was a `/readiness` command. On the launch issue (`signoff-issue`) such a comment re-runs the
 * audit. Events a bot caused (the gate's own comment edits included) never do: no loops.
 */
async function commentTargets(ctx, settings, gateway, repoName) {
    const p = ctx.payload;
    const issue = p.issue;
    const comment = p.comment;
    const sender = p.sender;
    const before = p.changes?.body?.from;
    const action = String(p.action);
    const isCommand = (0,command_line/* mayHoldCommands */.P)(comment?.body) || (0,command_line/* mayHoldCommands */.P)(before);
    if (!['created', 'edited', 'deleted'].includes(action))
        return none(`comment ${action}; only new, edited or deleted comments re-evaluate.`);
    const bot = [comment?.user, sender].find(u => u?.type === 'Bot' && (action === 'created' || u === sender));
    if (bot)
        return none(`comment by the bot ${bot.login ?? ''} ignored (no loops).`);
    if (issue?.number && !issue.pull_request) {
        if (settings.signoffIssue !== undefined && issue.number === settings.signoffIssue && isCommand)
            return auditTarget(ctx, settings, gateway);
        return none('the comment is not on a pull request or the launch issue; nothing was posted.');
    }
    if (!issue?.number)
        return none('the comment is not on a pull request; nothing was posted.');
    if (action !== 'created' && !isCommand)
        return none(`comment ${action}; it is not and was not a /readiness command, so nothing changes.`);
    const pull = await gateway.pull(issue.number);
    if (pull.state !== 'open')
        return closedPulls([pull.number]);
    return { targets: [pullTarget(fromApi(pull, repoName), settings)], warnings: [] };
}
/**
 * `workflow_run` / `check_suite` completed: re-evaluate every open PR whose head is that commit.
 * Fork PRs are missing from the payload's `pull_requests`, so an empty list is looked up by SHA.
 */
async function suiteTargets(event, p, settings, gateway, repoName) {
    const suite = (event === 'workflow_run' ? p.workflow_run : p.check_suite);
    if (p.action !== 'completed')
        return none(`${event} ${String(p.action)}: only completed runs re-evaluate PRs.`);
    const sha = suite?.head_sha;
    if (!sha)
        return none(`the ${event} payload has no head_sha; nothing was posted.`);
    if (event === 'check_suite' && typeof suite.id === 'number') {
        // A suite that holds only the gate's own check runs completes because the gate posted: answering
        // it would re-run the gate forever.
        const own = new Set([settings.checkName, `${settings.checkName} (audit)`]);
        const runs = await gateway.suiteRuns(suite.id);
        if (runs.length > 0 && runs.every(r => own.has(r.name))) {
            return none("this check suite holds only the gate's own verdict; ignored so the gate never re-runs itself.");
        }
    }
    const listed = (suite.pull_requests ?? [])
        .map(pr => pr.number)
        .filter((n) => typeof n === 'number');
    const numbers = listed.length > 0 ? listed : (await gateway.pullsForCommit(sha)).map(pr => pr.number);
    const pulls = await Promise.all([...new Set(numbers)].map(n => gateway.pull(n)));
    const atHead = pulls.filter(pr => pr.head.sha === sha);
    const current = atHead.filter(pr => pr.state === 'open');
    if (current.length === 0) {
        const closed = atHead.map(pr => pr.number);
        if (closed.length > 0)
            return closedPulls(closed.sort((a, b) => a - b));
        return none(`no open pull request has ${sha.slice(0, 7)} as its head; nothing was posted.`);
    }
    return { targets: current.map(pr => pullTarget(fromApi(pr, repoName), settings)), warnings: [] };
}
/** A merge queue waits for the required check on the merge group's head SHA: post it there. */
function mergeGroupTarget(p, settings) {
    const group = p.merge_group;
    if (!group?.head_sha || !group.base_ref)
        return none('the merge_group payload has no head_sha; nothing was posted.');
    const base = group.base_ref.replace(/^refs\/heads\//, '');
    // gh-readonly-queue/<base>/pr-<number>-<sha>: the PR at the head of this group.
    const queued = /\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref ?? '');
    return {
        targets: [
            {
                kind: 'merge-group',
                sha: group.head_sha,
                checklistRef: base,
                checklistRefLabel: `${base} (base of the merge group)`,
                statusName: settings.checkName,
                branch: base,
                ...(queued ? { queuedPr: Number(queued[1]) } : {})
            }
        ],
        warnings: []
    };
}
async function auditTarget(ctx, settings, gateway) {
    const statusName = `${settings.checkName} (audit)`;
    let sha;
    let label;
    let auditedRef;
    if (settings.ref) {
        try {
            sha = (await gateway.commit(settings.ref)).sha;
        }
        catch (e) {
            const status = e.status;
            if (status !== 404 && status !== 422)
                throw e;
            return {
                targets: [],
                error: `Readiness gate: input \`ref\` is \`${settings.ref}\`, which names no branch, tag or commit of ${ctx.owner}/${ctx.repo}; nothing was posted. Fix: set \`ref\` to an existing branch, tag or SHA.`
            };
        }
        label = settings.ref === sha ? sha.slice(0, 7) : `${settings.ref} (${sha.slice(0, 7)})`;
        auditedRef = await fullRefOf(settings.ref, gateway);
    }
    else {
        // GITHUB_SHA is the commit (for an annotated tag, the tagged commit, where `after` is the tag object).
        const deleted = ctx.payload.deleted === true ||
            (typeof ctx.payload.after === 'string' && ZERO_SHA.test(ctx.payload.after));
        sha = ctx.sha;
        if (ctx.eventName === 'push' && deleted)
            return none('this push deleted the ref; there is no commit to audit.');
        if (!sha)
            return none('GITHUB_SHA is not set; there is no commit to audit.');
        const ref = ctx.ref.replace(/^refs\/(heads|tags)\//, '');
        label = ref ? `${ref} (${sha.slice(0, 7)})` : sha.slice(0, 7);
        if (/^refs\/(heads|tags)\//.test(ctx.ref))
            auditedRef = ctx.ref;
    }
    const branch = auditedRef?.startsWith('refs/heads/') ? auditedRef.slice('refs/heads/'.length) : undefined;
    return {
        targets: [
            { kind: 'audit', sha, checklistRef: sha, checklistRefLabel: label, statusName, branch, auditedRef }
        ],
        warnings: []
    };
}
/** `main` → `refs/heads/main`, `v1.2.0` → `refs/tags/v1.2.0`, a SHA → undefined (asking GitHub which it is). */
async function fullRefOf(ref, gateway) {
    if (/^refs\/(heads|tags)\//.test(ref))
        return ref;
    if (/^[0-9a-f]{7,40}$/.test(ref))
        return undefined;
    for (const kind of ['heads', 'tags']) {
        if (await gateway.refExists(`${kind}/${ref}`))
            return `refs/${kind}/${ref}`;
    }
    return undefined;
}
function fromApi(pr, repoName) {
    return {
        number: pr.number,
        title: pr.title,
        author: pr.user?.login ?? '',
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        fork: (pr.head.repo?.full_name ?? '') !== repoName
    };
}
/** Reads the fields the gate needs from a webhook's pull_request object, tolerating older payloads. */
function readPull(raw, repoFullName) {
    const pr = raw;
    if (!pr?.number || !pr.head?.sha || !pr.base?.ref)
        return undefined;
    return {
        number: pr.number,
        title: pr.title ?? '',
        author: pr.user?.login ?? '',
        headSha: pr.head.sha,
        headRef: pr.head.ref ?? '',
        baseRef: pr.base.ref,
        baseSha: pr.base.sha ?? '',
        fork: (pr.head.repo?.full_name ?? '') !== repoFullName
    };
}

;// CONCATENATED MODULE: ./src/event/named-target.ts

/**
 * The target a person names (the CLI's `--pr` / `--ref`), built the way the action builds it from an
 * event: a PR is judged by its base branch's checklist, as on `pull_request`; a ref is an audit, as
 * on `workflow_dispatch` with the `ref` input.
 */
async function namedTarget(runner, settings, reads, named) {
    if (named.pr !== undefined) {
        let pull;
        try {
            pull = await reads.pull(named.pr);
        }
        catch (e) {
            if (e.status !== 404)
                throw e;
            return { error: `${runner.owner}/${runner.repo} has no pull request #${named.pr}.` };
        }
        const warnings = pull.state === 'open' ? [] : [`PR #${pull.number} is ${pull.state}; it is audited as it stands.`];
        return { target: pullTarget(fromApi(pull, `${runner.owner}/${runner.repo}`), settings), warnings };
    }
    const ref = named.ref ?? (await reads.defaultBranch());
    try {
        await reads.commit(ref);
    }
    catch (e) {
        const status = e.status;
        if (status !== 404 && status !== 422)
            throw e;
        return { error: `\`${ref}\` names no branch, tag or commit of ${runner.owner}/${runner.repo}.` };
    }
    const resolved = await resolveTargets({ ...runner, eventName: 'workflow_dispatch', payload: {} }, { ...settings, ref }, reads);
    if ('error' in resolved)
        return { error: resolved.error };
    if ('notice' in resolved)
        return { error: resolved.notice };
    return { target: resolved.targets[0], warnings: resolved.warnings };
}

// EXTERNAL MODULE: ./src/checklist/duration.ts
var duration = __webpack_require__(2334);
;// CONCATENATED MODULE: ./src/checklist/diff.ts

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };
/**
 * Compares the base checklist with the PR's own copy. The gate always judges by the base copy;
 * this only tells reviewers what the PR would change once merged, relaxations first.
 */
function diffChecklists(base, head) {
    const before = flatten(base);
    const after = flatten(head);
    const changes = [];
    for (const [id, b] of before) {
        const h = after.get(id);
        if (!h) {
            changes.push({ kind: 'removed', id, title: b.item.title });
            continue;
        }
        changes.push(...compareItems(b, h));
    }
    for (const [id, h] of after)
        if (!before.has(id))
            changes.push({ kind: 'added', id, title: h.item.title });
    changes.push(...compareSettings(base, head));
    // A change not provably stricter is read like a relaxation: right after them.
    const order = ['removed', 'relaxed', 'changed', 'added', 'tightened'];
    return changes.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind));
}
function flatten(checklist) {
    const out = new Map();
    const visit = (item, parentRequired) => {
        const required = parentRequired && item.required;
        out.set(item.id, { item, required });
        item.items?.forEach(child => visit(child, required));
    };
    checklist.sections.forEach(s => s.items.forEach(i => visit(i, true)));
    return out;
}
function compareItems(b, h) {
    const { id } = b.item;
    const title = b.item.title;
    const out = [];
    const add = (kind, detail) => out.push({ kind, id, title, detail });
    if (b.required && !h.required)
        add('relaxed', 'no longer required');
    if (!b.required && h.required)
        add('tightened', 'now required');
    if (b.item.check && !h.item.check)
        add('relaxed', `\`${b.item.check.type}\` check removed`);
    if (!b.item.check && h.item.check)
        add('tightened', `\`${h.item.check.type}\` check added`);
    if (b.item.check && h.item.check) {
        if (b.item.check.type !== h.item.check.type)
            add('relaxed', `check changed from \`${b.item.check.type}\` to \`${h.item.check.type}\``);
        else
            for (const [kind, detail] of compareChecks(b.item.check, h.item.check))
                add(kind, detail);
    }
    const bo = b.item.owners ?? [];
    const ho = h.item.owners ?? [];
    const newOwners = ho.filter(o => !bo.includes(o));
    // More people who may sign off is a relaxation; fewer only changes who answers.
    if (newOwners.length > 0)
        add('relaxed', `may now be signed off by ${newOwners.join(', ')}`);
    else if (bo.length !== ho.length)
        add('changed', `owner now ${ho.join(', ') || 'none'}`);
    const bs = b.item.signoff;
    const hs = h.item.signoff;
    if (!bs && hs)
        add('relaxed', `sign-off added (by ${hs.by} on ${hs.date})`);
    // Markdown: a box checked in the PR's copy becomes a sign-off by whoever commits it to the base.
    const manual = !h.item.check && !h.item.items;
    if (manual && !hs && h.item.checkbox?.checked && !b.item.checkbox?.checked)
        add('relaxed', 'box checked (a sign-off once merged)');
    else if (bs && hs && (bs.by !== hs.by || bs.date !== hs.date || bs.expires !== hs.expires)) {
        add(later(hs.expires, bs.expires) ? 'relaxed' : 'changed', `sign-off changed (by ${hs.by} on ${hs.date}${hs.expires ? `, expires ${hs.expires}` : ''})`);
    }
    return out;
}
/** Top-level settings of sign-offs and waivers: who may, for how long, and what is waived. */
function compareSettings(base, head) {
    const out = [];
    const add = (kind, id, detail) => out.push({ kind, id, title: 'checklist setting', detail });
    const added = (head.approvers ?? []).filter(a => !(base.approvers ?? []).includes(a));
    if (added.length > 0)
        add('relaxed', 'approvers', `adds ${added.join(', ')}: they may sign off and waive anything`);
    if (!base.selfSignoff && head.selfSignoff)
        add('relaxed', 'self-signoff', 'allowed: a PR author may sign off their own PR');
    const bAge = base.signoffMaxAge;
    const hAge = head.signoffMaxAge;
    if (bAge !== hAge) {
        const longer = hAge === undefined || (bAge !== undefined && (0,duration/* durationMs */.pc)(hAge) > (0,duration/* durationMs */.pc)(bAge));
        add(longer ? 'relaxed' : 'tightened', 'signoff-max-age', `${bAge ?? 'none'} → ${hAge ?? 'none'}`);
    }
    const key = (w) => `${w.item} until ${w.until}`;
    const before = new Set((base.waivers ?? []).map(key));
    for (const w of head.waivers ?? [])
        if (!before.has(key(w)))
            add('relaxed', 'waivers', `waives \`${w.item}\` until ${w.until} (by ${w.by})`);
    return out;
}
/** `a` expires later than `b` (undefined is never). */
function later(a, b) {
    if (a === b)
        return false;
    if (a === undefined)
        return true;
    return b !== undefined && a > b;
}
/**
 * What changed in one check's parameters. Known rules classify the parameters they understand
 * (relaxed, or tightened only when provably stricter); every other parameter that differs is
 * reported as `changed`, so no edit of a check goes unmentioned, parameters added later included.
 */
function compareChecks(b, h) {
    const out = knownRules(b, h);
    const before = b;
    const after = h;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
        if (key === 'type' || RULED[b.type].includes(key))
            continue;
        if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
            out.push(['changed', `\`${key}\` ${shown(before[key])} → ${shown(after[key])}`]);
    }
    return out;
}
/** The parameters each check type's known rules cover; the rest are compared generically. */
const RULED = {
    checks: ['name', 'allow'],
    coverage: ['min', 'max-drop', 'artifact', 'status', 'path'],
    'code-scanning': ['max', 'severity', 'tool'],
    dependabot: ['max', 'severity'],
    'secret-scanning': ['max'],
    file: ['path', 'contains', 'not-contains', 'match', 'absent'],
    reviews: ['min', 'fresh'],
    'branch-rules': ['require-checks', 'require-reviews'],
    items: ['items', 'sections'],
    http: ['max-ms', 'tls-days', 'headers', 'redirects-to-https', 'follow'],
    workflow: ['allow', 'max-age'],
    deployment: ['max-age', 'sha', 'protected'],
    metric: ['min', 'max', 'max-age']
};
function shown(v) {
    if (v === undefined)
        return 'unset';
    if (Array.isArray(v))
        return `[${v.map(shown).join(', ')}]`;
    return `\`${String(v)}\``;
}
function knownRules(b, h) {
    const out = [];
    const lower = (key, x, y, dflt) => {
        const [from, to] = [x ?? dflt, y ?? dflt];
        if (to < from)
            out.push(['relaxed', `\`${key}\` ${from} → ${to}`]);
        if (to > from)
            out.push(['tightened', `\`${key}\` ${from} → ${to}`]);
    };
    const higherIsLooser = (key, x, y, dflt) => {
        const [from, to] = [x ?? dflt, y ?? dflt];
        if (to > from)
            out.push(['relaxed', `\`${key}\` ${from} → ${to}`]);
        if (to < from)
            out.push(['tightened', `\`${key}\` ${from} → ${to}`]);
    };
    const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    const dropped = (key, x, y) => {
        const gone = x.filter(v => !y.includes(v));
        if (gone.length > 0)
            out.push(['relaxed', `\`${key}\` no longer lists ${gone.map(g => `\`${g}\``).join(', ')}`]);
        const added = y.filter(v => !x.includes(v));
        if (added.length > 0)
            out.push(['changed', `\`${key}\` now lists ${added.map(g => `\`${g}\``).join(', ')}`]);
    };
    /** `{ key: true | value }` maps (`match`, `headers`): a key dropped, or a value turned into "any", relaxes. */
    const keyed = (name, x, y) => {
        const gone = Object.keys(x).filter(k => !(k in y));
        if (gone.length > 0)
            out.push(['relaxed', `\`${name}\` no longer checks ${gone.map(g => `\`${g}\``).join(', ')}`]);
        for (const k of Object.keys(y)) {
            if (!(k in x))
                out.push(['changed', `\`${name}\` now checks \`${k}\``]);
            else if (x[k] !== true && y[k] === true)
                out.push(['relaxed', `\`${name}\` \`${k}\` ${shown(x[k])} → any value`]);
            else if (x[k] !== y[k])
                out.push(['changed', `\`${name}\` \`${k}\` ${shown(x[k])} → ${shown(y[k])}`]);
        }
    };
    const severity = (x, y) => {
        const [from, to] = [x ?? 'high', y ?? 'high'];
        if (SEVERITY_RANK[to] > SEVERITY_RANK[from])
            out.push(['relaxed', `\`severity\` ${from} → ${to} (fewer alerts count)`]);
        if (SEVERITY_RANK[to] < SEVERITY_RANK[from])
            out.push(['tightened', `\`severity\` ${from} → ${to}`]);
    };
    // A longer `max-age` accepts older evidence; none at all accepts any age.
    const maxAge = (x, y) => {
        if (x === y)
            return;
        const [from, to] = [
            x === undefined ? Infinity : (0,duration/* durationMs */.pc)(x),
            y === undefined ? Infinity : (0,duration/* durationMs */.pc)(y)
        ];
        const words = `\`max-age\` ${x ?? 'unset'} → ${y ?? 'unset'}`;
        out.push([to > from ? 'relaxed' : to < from ? 'tightened' : 'changed', words]);
    };
    const bound = (key, x, y) => {
        if (x === y)
            return;
        const open = key === 'min' ? -Infinity : Infinity;
        const [from, to] = [x ?? open, y ?? open];
        const looser = key === 'min' ? to < from : to > from;
        out.push([looser ? 'relaxed' : 'tightened', `\`${key}\` ${x ?? 'unset'} → ${y ?? 'unset'}`]);
    };
    switch (b.type) {
        case 'workflow': {
            const hc = h;
            const [allowB, allowH] = [b.allow ?? ['success'], hc.allow ?? ['success']];
            const widened = allowH.filter(c => !allowB.includes(c));
            if (widened.length > 0)
                out.push(['relaxed', `\`allow\` widened with ${widened.map(c => `\`${c}\``).join(', ')}`]);
            else if (allowB.some(c => !allowH.includes(c)))
                out.push(['tightened', '`allow` narrowed']);
            maxAge(b['max-age'], hc['max-age']);
            break;
        }
        case 'deployment': {
            const hc = h;
            maxAge(b['max-age'], hc['max-age']);
            if (b.protected && !hc.protected)
                out.push(['relaxed', '`protected` turned off']);
            if (!b.protected && hc.protected)
                out.push(['tightened', '`protected` turned on']);
            const [shaB, shaH] = [b.sha ?? 'any', hc.sha ?? 'any'];
            if (shaB !== shaH)
                out.push([shaH === 'any' ? 'relaxed' : 'tightened', `\`sha\` ${shaB} → ${shaH}`]);
            break;
        }
        case 'metric': {
            const hc = h;
            bound('min', b.min, hc.min);
            bound('max', b.max, hc.max);
            maxAge(b['max-age'], hc['max-age']);
            break;
        }
        case 'checks': {
            const hc = h;
            dropped('name', list(b.name), list(hc.name));
            const allowB = b.allow ?? ['success', 'neutral', 'skipped'];
            const allowH = hc.allow ?? ['success', 'neutral', 'skipped'];
            const widened = allowH.filter(c => !allowB.includes(c));
            const narrowed = allowB.filter(c => !allowH.includes(c));
            if (widened.length > 0)
                out.push(['relaxed', `\`allow\` widened with ${widened.map(c => `\`${c}\``).join(', ')}`]);
            else if (narrowed.length > 0)
                out.push(['tightened', `\`allow\` no longer accepts ${narrowed.map(c => `\`${c}\``).join(', ')}`]);
            break;
        }
        case 'coverage': {
            const hc = h;
            lower('min', b.min, hc.min, 0);
            if (hc['max-drop'] !== undefined || b['max-drop'] !== undefined) {
                higherIsLooser('max-drop', b['max-drop'], hc['max-drop'], Infinity);
            }
            if (b.artifact !== hc.artifact || b.status !== hc.status || b.path !== hc.path)
                out.push(['changed', 'coverage source changed']);
            break;
        }
        case 'code-scanning':
        case 'dependabot': {
            const hc = h;
            higherIsLooser('max', b.max, hc.max, 0);
            severity(b.severity, hc.severity);
            if (b.type === 'code-scanning') {
                // Naming a tool counts only its alerts: fewer than every tool's.
                const [from, to] = [b.tool, hc.tool];
                if (from === undefined && to !== undefined)
                    out.push(['relaxed', `\`tool\` narrowed to \`${to}\``]);
                else if (from !== undefined && to === undefined)
                    out.push(['tightened', '`tool` removed (every tool counts)']);
                else if (from !== to)
                    out.push(['changed', `\`tool\` ${from} → ${to}`]);
            }
            break;
        }
        case 'secret-scanning':
            higherIsLooser('max', b.max, h.max, 0);
            break;
        case 'file': {
            const hc = h;
            dropped('path', list(b.path), list(hc.path));
            dropped('contains', list(b.contains), list(hc.contains));
            dropped('not-contains', list(b['not-contains']), list(hc['not-contains']));
            if (b.absent && !hc.absent)
                out.push(['relaxed', '`absent` removed']);
            if (!b.absent && hc.absent)
                out.push(['changed', '`absent: true` added']);
            keyed('match', b.match ?? {}, hc.match ?? {});
            break;
        }
        case 'reviews': {
            const hc = h;
            lower('min', b.min, hc.min, 1);
            if (b.fresh && !hc.fresh)
                out.push(['relaxed', '`fresh` turned off']);
            if (!b.fresh && hc.fresh)
                out.push(['tightened', '`fresh` turned on']);
            break;
        }
        case 'items': {
            const hc = h;
            dropped('items', list(b.items), list(hc.items));
            dropped('sections', list(b.sections), list(hc.sections));
            break;
        }
        case 'http': {
            const hc = h;
            higherIsLooser('max-ms', b['max-ms'], hc['max-ms'], Infinity);
            lower('tls-days', b['tls-days'], hc['tls-days'], 0);
            keyed('headers', b.headers ?? {}, hc.headers ?? {});
            if (b['redirects-to-https'] && !hc['redirects-to-https'])
                out.push(['relaxed', '`redirects-to-https` removed']);
            if (!b['redirects-to-https'] && hc['redirects-to-https'])
                out.push(['tightened', '`redirects-to-https` added']);
            if (!b.follow && hc.follow)
                out.push(['relaxed', '`follow` turned on (a redirect is no longer judged itself)']);
            if (b.follow && !hc.follow)
                out.push(['changed', '`follow` turned off']);
            break;
        }
        case 'branch-rules': {
            const hc = h;
            dropped('require-checks', b['require-checks'] ?? [], hc['require-checks'] ?? []);
            lower('require-reviews', b['require-reviews'], hc['require-reviews'], 0);
            break;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/github/api-error.ts
var api_error = __webpack_require__(3660);
// EXTERNAL MODULE: ./src/checklist/parse-file.ts
var parse_file = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/github/shapes.ts
var shapes = __webpack_require__(6133);
;// CONCATENATED MODULE: ./src/github/blame.ts


/** How the blame read is named in errors and in the permissions table. */
const BLAME_ENDPOINT = 'POST /graphql (blame)';
// GitHub's REST API has no blame; GraphQL's Commit.blame answers every range at once (no paging).
const QUERY = `query ($owner: String!, $name: String!, $expression: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Commit {
        blame(path: $path) {
          ranges { startingLine endingLine commit { oid url committedDate author { name user { login } } } }
        }
      }
    }
  }
}`;
/** The blame of `path` at `ref` (a branch or a SHA), read once per gateway. */
function fileBlame(gateway, ref, path) {
    return gateway.cached(`blame:${ref}:${path}`, async () => {
        let data;
        try {
            data = await gateway.gh.graphql(QUERY, {
                owner: gateway.repo.owner,
                name: gateway.repo.repo,
                expression: ref,
                path
            });
        }
        catch (error) {
            // GraphQL answers 200 with `errors`; their type is what a REST status would have said.
            const first = error.errors?.[0];
            if (first) {
                const status = first.type === 'FORBIDDEN' ? 403 : first.type === 'NOT_FOUND' ? 404 : undefined;
                throw new api_error/* ApiError */.hD(BLAME_ENDPOINT, status, first.message ?? 'GraphQL error');
            }
            throw (0,api_error/* toApiError */.Gv)(error, BLAME_ENDPOINT);
        }
        const parsed = shapes/* BlameShape */.lW.safeParse(data);
        if (!parsed.success)
            throw new api_error/* ApiError */.hD(BLAME_ENDPOINT, undefined, 'the answer did not have the expected shape');
        const ranges = parsed.data.repository?.object?.blame?.ranges;
        if (!ranges)
            throw new api_error/* ApiError */.hD(BLAME_ENDPOINT, 404, `no commit \`${ref}\` in the repository`);
        return ranges;
    });
}
/** The range that holds `line`, if the blame covers it. */
function rangeOf(ranges, line) {
    return ranges.find(r => r.startingLine <= line && line <= r.endingLine);
}

// EXTERNAL MODULE: ./src/text/phrase.ts
var phrase = __webpack_require__(8878);
;// CONCATENATED MODULE: ./src/gate/checkbox-signoffs.ts



/**
 * A checked box (`- [x]`) on a manual item of a Markdown checklist is a sign-off by the author of the
 * commit that last changed that line, dated by that commit and linked to it: the GraphQL blame of the
 * file says who. Only the copy the gate judges by counts (the base branch's on PRs): a box checked in
 * a PR's own copy signs nothing off. When the blame cannot be read the item is `unknown`, never a pass.
 */
async function attributeCheckedBoxes(checklist, gateway, path, target) {
    const checked = leaves(checklist).filter(i => i.checkbox?.checked && !i.check && !i.signoff);
    if (checked.length === 0)
        return checklist;
    if (target.pr && target.checklistRef === target.pr.headSha) {
        const unverified = {
            state: 'manual',
            reason: (0,phrase/* say */.cv) `the box is checked in the PR's own copy of ${(0,phrase/* code */.aY)(path)}, which signs nothing off`,
            fix: `Check the box on ${target.pr.baseRef}: a checked box is a sign-off by the author of the commit that checked it there.`
        };
        for (const item of checked)
            item.checkbox = { checked: true, unverified };
        return checklist;
    }
    let ranges;
    try {
        ranges = await fileBlame(gateway, target.checklistRef, path);
    }
    catch (error) {
        const { reason, fix } = (0,api_error/* explainApiError */.cU)((0,api_error/* toApiError */.Gv)(error, BLAME_ENDPOINT), 'contents: read');
        const unverified = {
            state: 'unknown',
            reason: (0,phrase/* say */.cv) `the box is checked, but who checked it could not be read (the blame of ${(0,phrase/* code */.aY)(path)}): ${reason}`,
            fix
        };
        for (const item of checked)
            item.checkbox = { checked: true, unverified };
        return checklist;
    }
    for (const item of checked) {
        const range = rangeOf(ranges, item.line);
        const login = range?.commit.author?.user?.login;
        if (!range || !login) {
            item.checkbox = {
                checked: true,
                unverified: {
                    state: 'unknown',
                    reason: range
                        ? (0,phrase/* say */.cv) `the box is checked in commit ${(0,phrase/* link */.nf)(range.commit.oid.slice(0, 7), range.commit.url)}, whose author (${range.commit.author?.name ?? 'unnamed'}) is no GitHub account`
                        : (0,phrase/* say */.cv) `the box is checked, but the blame of ${(0,phrase/* code */.aY)(path)} does not cover line ${item.line}`,
                    fix: 'Check the box in a commit authored by the person who signs off, with an email linked to their GitHub account.'
                }
            };
            continue;
        }
        item.signoff = {
            by: `@${login}`,
            date: new Date(range.commit.committedDate).toISOString().slice(0, 10),
            note: `checked the box in ${range.commit.oid.slice(0, 7)}`,
            url: range.commit.url
        };
    }
    return checklist;
}
function leaves(checklist) {
    const out = [];
    const visit = (item) => (item.items ? item.items.forEach(visit) : out.push(item));
    checklist.sections.forEach(s => s.items.forEach(visit));
    return out;
}

;// CONCATENATED MODULE: ./src/gate/load-checklist.ts



/** Reads the checklist through the contents API at the target's checklist ref, then parses it. */
async function loadChecklist(gateway, path, target, today) {
    const where = { file: path, ref: target.checklistRefLabel };
    let file;
    try {
        file = await gateway.file(path, target.checklistRef);
    }
    catch (error) {
        const { reason, fix } = (0,api_error/* explainApiError */.cU)((0,api_error/* toApiError */.Gv)(error, 'GET /repos/{owner}/{repo}/contents/{path}'), 'contents: read');
        return { ok: false, errors: [{ ...where, message: `the checklist could not be read: ${reason}`, fix }] };
    }
    if (!file.found)
        return { ok: false, errors: [{ ...where, ...whyNotFound(file, path, target) }] };
    const parsed = await (0,parse_file/* parseChecklistFile */._)(file.text, { ...where, today });
    if (!parsed.ok || !(0,parse_file/* isMarkdownPath */.B)(path))
        return parsed;
    return { ok: true, checklist: await attributeCheckedBoxes(parsed.checklist, gateway, path, target) };
}
/** Why the checklist path is no checklist file, and the fix. */
function whyNotFound(file, path, target) {
    const reason = file.reason;
    if (file.reason === 'directory') {
        const yaml = file.entries.filter(name => /\.(ya?ml|md)$/i.test(name)).map(name => `\`${path}/${name}\``);
        return {
            message: `\`${path}\` is a directory, not a checklist file`,
            fix: yaml.length > 0
                ? `Point the \`checklist\` input at the checklist file in it: ${yaml.slice(0, 5).join(', ')}.`
                : 'Point the `checklist` input at the checklist file (YAML or Markdown).'
        };
    }
    if (file.reason === 'symlink') {
        return {
            message: `\`${path}\` is a symbolic link to \`${file.target}\`, which GitHub does not follow: it leads out of the repository, to a directory, or to nothing`,
            fix: `Commit the checklist itself at \`${path}\`, or set the \`checklist\` input to the file's real path (GitHub follows a link only to a file in the same repository).`
        };
    }
    if (file.reason === 'submodule') {
        return {
            message: `\`${path}\` is a git submodule (${file.repository}), not a file: the gate reads the checklist from this repository only`,
            fix: `Commit the checklist file in this repository and set the \`checklist\` input to its path.`
        };
    }
    if (reason === 'too-large') {
        return {
            message: `\`${path}\` is larger than 1 MB`,
            fix: 'Split the checklist or remove long descriptions.'
        };
    }
    const base = target.kind === 'pull-request'
        ? ` The gate reads the checklist from the PR's base branch so that a PR cannot weaken its own gate: if this PR adds \`${path}\`, merge it into ${target.pr?.baseRef} first (or in a separate PR).`
        : '';
    return {
        message: `no checklist file \`${path}\``,
        fix: `Commit a checklist at \`${path}\` (see checklist/production.yml for a complete example), or set the \`checklist\` input to its path.${base}`
    };
}

;// CONCATENATED MODULE: ./src/gate/checklist-edit.ts




/**
 * Reads the PR head's copy of the checklist (for this notice only: the verdict is always judged by
 * the base copy) and lists what it adds, removes or relaxes. Undefined when there is nothing to say.
 */
async function checklistEdit(gateway, path, target, base, today) {
    const pr = target.pr;
    if (!pr || target.checklistRef === pr.headSha)
        return undefined;
    let file;
    try {
        file = await gateway.file(path, pr.headSha);
    }
    catch {
        return undefined; // The notice is a courtesy; the verdict does not depend on it.
    }
    const ref = `${pr.headSha.slice(0, 7)} (head of #${pr.number})`;
    if (!file.found && file.reason === 'missing')
        return { status: 'deleted' };
    // A directory, a link or a submodule in its place is no checklist either: say which.
    if (!file.found)
        return {
            status: 'invalid',
            error: (0,config_error/* formatConfigError */.Y)({ file: path, ref, ...whyNotFound(file, path, target) })
        };
    const parsed = await (0,parse_file/* parseChecklistFile */._)(file.text, { file: path, ref, today });
    if (!parsed.ok)
        return { status: 'invalid', error: (0,config_error/* formatConfigError */.Y)(parsed.errors[0]) };
    const changes = diffChecklists(base, parsed.checklist);
    return changes.length > 0 ? { status: 'changed', changes } : undefined;
}

// EXTERNAL MODULE: ./src/checklist/lookup.ts
var lookup = __webpack_require__(2628);
// EXTERNAL MODULE: ./src/checklist/semantics.ts
var semantics = __webpack_require__(3441);
;// CONCATENATED MODULE: ./src/attestations/model.ts
/** `@org/team` + login → the lookup key of `memberships`. */
const membershipKey = (team, login) => `${team.replace(/^@/, '').toLowerCase()}|${login.toLowerCase()}`;
const noAttestations = (where = '') => ({
    signoffs: new Map(),
    waivers: new Map(),
    judgements: [],
    reactions: [],
    where
});

;// CONCATENATED MODULE: ./src/attestations/apply.ts
/**
 * Applies the commands of a PR's (or launch issue's) comments in posting order: pure, so every rule
 * of who may do what is tested with plain values. Team memberships are asked beforehand
 * (`membershipQuestions`) and passed in; an answer that could not be read refuses, never allows.
 */





const MEMBERS_FIX = (0,phrase/* say */.cv) `set the input ${(0,phrase/* code */.aY)('members-token')} to a GitHub App or fine-grained token with Organization "Members: read" (GITHUB_TOKEN cannot read team membership)`;
/** The comments in posting order (oldest first; ties by id). */
const inPostingOrder = (comments) => [...comments].sort((a, b) => a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1);
const isTeam = (who) => who.includes('/');
const sameLogin = (who, login) => who.replace(/^@/, '').toLowerCase() === login.toLowerCase();
/** The team memberships to read before `applyCommands`: [`@org/team`, login] pairs. */
function membershipQuestions(checklist, comments) {
    const pairs = new Map();
    const approvers = checklist.approvers ?? [];
    for (const c of comments) {
        if (!countsAsPerson(c))
            continue;
        for (const command of c.commands) {
            if (command.verb === 'invalid' || command.verb === 'recheck')
                continue;
            const owners = command.ids.flatMap(id => {
                const found = (0,lookup/* findItem */.Rm)(checklist, id);
                return found ? (0,lookup/* leavesOf */.wf)(found).flatMap(l => l.item.owners ?? []) : [];
            });
            const people = command.verb === 'waive' || command.verb === 'unwaive' ? approvers : [...approvers, ...owners];
            for (const team of people.filter(isTeam))
                pairs.set(membershipKey(team, c.login), [team, c.login]);
        }
    }
    return [...pairs.values()];
}
const countsAsPerson = (c) => c.userType === 'User';
/** Whether `login` is one of `people`; when not, why (naming teams that could not be read). */
function isOneOf(login, people, ctx) {
    const unread = [];
    for (const who of people) {
        if (!isTeam(who)) {
            if (sameLogin(who, login))
                return { ok: true };
            continue;
        }
        const answer = ctx.memberships.get(membershipKey(who, login));
        if (answer === 'active')
            return { ok: true };
        if (answer === undefined)
            unread.push({ team: who, why: 'not asked' });
        else if (typeof answer === 'object')
            unread.push({ team: who, why: answer.unreadable });
        // A 404 to a token that may not read teams looks exactly like "not a member".
        else if (answer === 'none' && !ctx.membersToken)
            unread.push({ team: who, why: 'GitHub answered 404' });
    }
    return { ok: false, unread };
}
function notAllowed(login, role, unread) {
    const base = (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(`@${login}`)} is not ${role}`;
    if (unread.length === 0)
        return base;
    const teams = (0,phrase/* join */.fj)(unread.map(u => (0,phrase/* code */.aY)(u.team)));
    const why = [...new Set(unread.map(u => u.why))].join('; ');
    return (0,phrase/* say */.cv) `${base}, or their membership of ${teams} could not be read (${why}): ${MEMBERS_FIX}`;
}
/** Applies every command of `comments` (any order given; posting order used). */
function applyCommands(comments, ctx) {
    const { checklist } = ctx;
    const approvers = checklist.approvers ?? [];
    // The schema accepted the duration, so it reads.
    const maxAgeMs = checklist.signoffMaxAge ? (0,duration/* durationMs */.pc)(checklist.signoffMaxAge) : undefined;
    const today = new Date(ctx.now).toISOString().slice(0, 10);
    const out = {
        signoffs: new Map(),
        waivers: new Map(),
        judgements: [],
        reactions: [],
        where: ctx.where
    };
    for (const comment of inPostingOrder(comments)) {
        const { commands } = comment;
        if (commands.length === 0)
            continue;
        const judged = [];
        const judge = (command, reason) => judged.push({
            commentId: comment.id,
            url: comment.url,
            by: comment.login,
            at: comment.createdAt,
            command: command.text,
            applied: reason === undefined,
            reason
        });
        for (const command of commands) {
            if (!countsAsPerson(comment)) {
                judge(command, (0,phrase/* say */.cv) `posted by ${(0,phrase/* code */.aY)(comment.login)}, not a person: only people's commands count`);
                continue;
            }
            if (comment.updatedAt !== comment.createdAt) {
                judge(command, (0,phrase/* say */.cv) `edited after posting: post the command again`);
                continue;
            }
            if (command.verb === 'invalid') {
                judge(command, (0,phrase/* say */.cv) `${command.problem}`);
                continue;
            }
            if (command.verb === 'recheck') {
                judge(command);
                continue;
            }
            const resolved = [];
            const unknown = command.ids.filter(id => {
                const found = (0,lookup/* findItem */.Rm)(checklist, id);
                if (found)
                    resolved.push(found);
                return !found;
            });
            if (unknown.length > 0) {
                judge(command, (0,phrase/* say */.cv) `unknown id ${(0,phrase/* join */.fj)(unknown.map(id => (0,phrase/* code */.aY)(id.slice(0, 80))))}: use an item id or path of the checklist`);
                continue;
            }
            const isAuthor = ctx.author !== undefined && sameLogin(ctx.author, comment.login);
            if ((command.verb === 'sign-off' || command.verb === 'waive') && isAuthor && !checklist.selfSignoff) {
                judge(command, (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(`@${comment.login}`)} wrote this PR and may not ${command.verb === 'waive' ? 'waive' : 'sign off'} its items (separation of duties); the checklist may set ${(0,phrase/* code */.aY)('self-signoff: allowed')}`);
                continue;
            }
            const reason = command.verb === 'sign-off' || command.verb === 'revoke'
                ? signOffOrRevoke(command, resolved, comment, ctx, approvers, out, maxAgeMs)
                : waiveOrUnwaive(command, resolved, comment, ctx, approvers, out, today);
            judge(command, reason);
        }
        out.judgements.push(...judged);
        const content = judged.every(j => j.applied) ? '+1' : 'confused';
        // Each reaction is a paced write: a comment already carrying this one (from an earlier run, as a
        // rule) is not asked again, so a PR's runs do not slow down with its number of commands.
        if ((comment.reacted?.[content] ?? 0) === 0)
            out.reactions.push({ commentId: comment.id, content });
    }
    return out;
}
function signOffOrRevoke(command, resolved, comment, ctx, approvers, out, maxAgeMs) {
    // Each named item: a manual leaf the commenter may sign off, or a group standing for every such leaf.
    const targets = [];
    for (const entry of resolved) {
        const manual = (0,lookup/* leavesOf */.wf)(entry).filter(l => !l.item.check);
        if (manual.length === 0)
            return (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(entry.item.id)} is checked by evidence, not signed off`;
        const allowed = manual.filter(l => isOneOf(comment.login, [...(l.item.owners ?? []), ...approvers], ctx).ok);
        if (allowed.length === 0) {
            const leaf = manual[0];
            const check = isOneOf(comment.login, [...(leaf.item.owners ?? []), ...approvers], ctx);
            const owners = leaf.item.owners ?? [];
            const role = owners.length > 0
                ? (0,phrase/* say */.cv) `an owner of ${(0,phrase/* code */.aY)(entry.item.id)} (${(0,phrase/* join */.fj)(owners.map(o => (0,phrase/* code */.aY)(o)))}) nor an approver`
                : (0,phrase/* say */.cv) `an approver (${(0,phrase/* code */.aY)(entry.item.id)} has no owner)`;
            return notAllowed(comment.login, role, check.ok ? [] : check.unread);
        }
        // A leaf named directly must be allowed; a group stands for the leaves the commenter may sign off.
        targets.push(...allowed);
    }
    const expired = maxAgeMs !== undefined && ctx.now - Date.parse(comment.createdAt) > maxAgeMs;
    for (const leaf of targets) {
        if (command.verb === 'revoke')
            out.signoffs.delete(leaf.path);
        else
            out.signoffs.set(leaf.path, {
                by: comment.login,
                at: comment.createdAt,
                url: comment.url,
                note: command.note,
                expired
            });
    }
    return undefined;
}
function waiveOrUnwaive(command, resolved, comment, ctx, approvers, out, today) {
    const may = isOneOf(comment.login, approvers, ctx);
    if (!may.ok) {
        const role = approvers.length > 0
            ? (0,phrase/* say */.cv) `an approver (${(0,phrase/* join */.fj)(approvers.map(a => (0,phrase/* code */.aY)(a)))}); only approvers ${command.verb}`
            : (0,phrase/* say */.cv) `an approver: the checklist names no ${(0,phrase/* code */.aY)('approvers')}, so nobody may ${command.verb} by comment`;
        return notAllowed(comment.login, role, may.unread);
    }
    const leaves = resolved.flatMap(lookup/* leavesOf */.wf).filter(l => command.verb === 'unwaive' || l.required);
    if (leaves.length === 0)
        return (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(resolved[0].item.id)} is advisory: it never blocks, so there is nothing to waive`;
    if (command.verb === 'unwaive') {
        for (const leaf of leaves)
            out.waivers.delete(leaf.path);
        return undefined;
    }
    const given = comment.createdAt.slice(0, 10);
    const latest = (0,semantics/* addDays */.fi)(given, semantics/* MAX_WAIVER_DAYS */.kl);
    if (command.until > latest)
        return (0,phrase/* say */.cv) `until ${command.until} is more than ${semantics/* MAX_WAIVER_DAYS */.kl} days after the waiver was given (${given}): waive until ${latest} at the latest`;
    if (command.until < today)
        return (0,phrase/* say */.cv) `until ${command.until} is already past`;
    for (const leaf of leaves) {
        out.waivers.set(leaf.path, {
            by: comment.login,
            at: comment.createdAt,
            until: command.until,
            reason: command.reason,
            source: 'comment',
            url: comment.url
        });
    }
    return undefined;
}
/** Every leaf path, for callers that list what a checklist holds. */
const leafPaths = (checklist) => allLeaves(checklist).map(l => l.path);

;// CONCATENATED MODULE: ./src/attestations/read.ts




/** Where commands are read from: the PR itself (also when it is in a merge queue), or an audit's launch issue. */
function commandIssue(target, signoffIssue) {
    if (target.pr)
        return target.pr.number;
    if (target.queuedPr !== undefined)
        return target.queuedPr;
    return target.kind === 'audit' ? signoffIssue : undefined;
}
/** Sign-offs and waivers by comment; a failed read is a warning and no attestations (fail closed). */
async function readAttestations(checklist, target, issue, reads, now) {
    if (issue === undefined)
        return { attestations: noAttestations() };
    const where = target.kind === 'audit' ? `launch issue #${issue}` : `#${issue}`;
    let listed;
    let author = target.pr?.author;
    try {
        // A queued PR's author is not in the merge_group event: the separation of duties needs it.
        if (target.queuedPr !== undefined)
            author = (await reads.gateway.pull(issue)).user?.login ?? '';
        listed = await (reads.comments ?? reads.gateway.issueComments(issue));
    }
    catch (error) {
        const { reason, fix } = (0,api_error/* explainApiError */.cU)((0,api_error/* toApiError */.Gv)(error, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'));
        return {
            attestations: noAttestations(where),
            warning: `Sign-offs by comment on ${where} could not be read (${reason}); none were counted. ${fix}`
        };
    }
    const candidates = listed
        .filter(c => c.body !== undefined && (0,command_line/* mayHoldCommands */.P)(c.body) && c.user !== null)
        // The gate's own sticky comment quotes refused commands; it is never a command.
        .filter(c => !c.body?.startsWith('<!-- readiness-gate'));
    // The GFM parser loads only when some comment may hold a command: most PRs have none.
    const { commandsIn } = candidates.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(927), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 9097)) : { commandsIn: () => [] };
    const comments = candidates.map(c => ({
        id: c.id,
        url: c.html_url,
        login: c.user?.login ?? '',
        userType: c.user?.type ?? '',
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        body: c.body ?? '',
        commands: commandsIn(c.body ?? ''),
        ...(c.reactions ? { reacted: c.reactions } : {})
    }));
    const memberships = new Map();
    await Promise.all(membershipQuestions(checklist, comments).map(async ([team, login]) => {
        const [org, slug] = team.replace(/^@/, '').split('/');
        try {
            memberships.set(membershipKey(team, login), await reads.members.teamMembership(org, slug, login));
        }
        catch (error) {
            const apiError = (0,api_error/* toApiError */.Gv)(error, 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}');
            memberships.set(membershipKey(team, login), {
                unreadable: `GitHub answered ${apiError.status || apiError.message}`
            });
        }
    }));
    const attestations = applyCommands(comments, {
        checklist,
        author,
        memberships,
        membersToken: reads.membersToken,
        now,
        where
    });
    return { attestations };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
;// CONCATENATED MODULE: ./src/github/json-body.ts
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
            ? (0,consumers_.text)(body)
            : (0,consumers_.arrayBuffer)(body);
    }
    const text = await (0,consumers_.text)(body);
    const data = parseJson(text);
    if (typeof data === 'object' && data !== null)
        bodyHashes.set(data, (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'));
    return data;
}
/** A SHA-256 of the text each parsed body was read from: how paging tells a repeated page. */
const bodyHashes = new WeakMap();
/** The body's fingerprint: the hash of the text it was read from, or of its JSON when read elsewhere. */
function bodyFingerprint(data) {
    const known = typeof data === 'object' && data !== null ? bodyHashes.get(data) : undefined;
    return known ?? (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(data)).digest('hex');
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

// EXTERNAL MODULE: ./src/github/transport.ts
var transport = __webpack_require__(5038);
;// CONCATENATED MODULE: ./src/github/client.ts







/**
 * plugin-retry retries every failure of status ≥ 400 outside `doNotRetry`, and Octokit reports a
 * request that got no answer as a 500: a refused connection leaves here as it is (no status), so it
 * is not retried. Registered before plugin-retry, so this error hook sees the failure first.
 */
function refusalIsFinal(octokit) {
    octokit.hook.error('request', error => {
        const { cause, request } = error;
        // `request` kept: plugin-retry's failure listener reads it.
        if (cause instanceof transport/* NetworkError */.Dr && cause.kind === 'refused')
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
            response.data = await readBody(body, response.headers['content-type']);
        }
        catch (error) {
            const timeout = (0,transport/* bodyTimeout */.IX)(body, error);
            if (!timeout)
                throw error;
            // RequestError copies the options: plugin-retry rewrites the copy's `request`, not the one
            // `parsesJson` knows.
            const failure = new request_error_dist_src/* RequestError */.G(timeout.message, 500, { request: options });
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
const GateOctokit = dist_src/* Octokit */.E.plugin(refusalIsFinal, readsBodies, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
    return new (light_default()).Group({
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
    return new (light_default()).Group({ maxConcurrent: MAX_IN_FLIGHT });
}
/**
 * plugin-throttling's pace for writes that notify people (a new comment): one every 3 s. Its own
 * group is module-wide, so in one process (tests, the bench, a CLI gating one target after another)
 * the first comment of a run waited on the previous run's; this one belongs to the client, as the
 * write pace does, and keeps the same spacing within a run.
 */
function notificationPace() {
    return new (light_default()).Group({ maxConcurrent: 1, minTime: 3000 });
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
        request: { fetch: (0,transport/* gitHubFetch */.uT)(options.baseUrl, p.timeoutMs, options.onRefused) }
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

;// CONCATENATED MODULE: ./src/github/paging.ts



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
class PagingError extends api_error/* ApiError */.hD {
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
    const request = options.background ? { request: BACKGROUND } : {};
    const read = async (url) => {
        let response;
        try {
            response = url
                ? await gh.request(`GET ${url}`, request)
                : await gh.request(endpoint, { ...params, per_page: params.per_page ?? PER_PAGE, ...request });
        }
        catch (error) {
            return { url: url ?? '', fingerprint: '', items: [], failure: (0,api_error/* toApiError */.Gv)(error, endpoint) };
        }
        const page = {
            url: response.url,
            fingerprint: bodyFingerprint(response.data),
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
                    throw new api_error/* ApiError */.hD(endpoint, undefined, `more than ${MAX_PAGES} pages (${numbered.length + 1}); stopped reading`);
                }
                if (numbered)
                    stop = requestAhead(numbered, read, ahead);
            }
            if (count >= MAX_PAGES)
                throw new api_error/* ApiError */.hD(endpoint, undefined, `more than ${MAX_PAGES} pages; stopped reading`);
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

;// CONCATENATED MODULE: ./src/github/gateway.ts




/** A file, a symlink or a submodule it describes, or the listing it answers for a directory. */
const ContentShape = schemas/* union */.KCZ([
    shapes/* FileShape */.cR,
    schemas/* object */.Ikc({ type: schemas/* literal */.euz('symlink'), target: schemas/* string */.YjP() }),
    schemas/* object */.Ikc({ type: schemas/* literal */.euz('submodule'), submodule_git_url: schemas/* string */.YjP() }),
    schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP() }))
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
            throw (0,api_error/* toApiError */.Gv)(error, endpoint);
        }
    }
    /** Every page: follows Link rel="next" (page numbers or cursors alike), 100 items a page (see paging.ts). */
    readAll(endpoint, params, shape, pick) {
        return readPages(this.gh, endpoint, { ...this.repo, ...params }, data => pick(parseShape(endpoint, shape, data)));
    }
    commit(ref) {
        return this.cached(`commit:${ref}`, () => this.read('GET /repos/{owner}/{repo}/commits/{ref}', { ref }, shapes/* CommitShape */.$D));
    }
    pull(pullNumber) {
        return this.cached(`pull:${pullNumber}`, () => this.read('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: pullNumber }, shapes/* PullShape */.Do));
    }
    /** Whether `heads/x` or `tags/x` exists (the git refs API answers 404 when not). */
    refExists(ref) {
        return this.cached(`ref:${ref}`, async () => {
            try {
                await this.read('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref }, shapes/* RefShape */.HQ);
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
        return this.cached(`comments:${issue}`, () => this.readAll('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue }, shapes/* CommentShape */.Br.array(), page => page));
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
                return parseShape(endpoint, shapes/* TeamMembershipShape */.LX, response.data).state;
            }
            catch (error) {
                if (error instanceof api_error/* ApiError */.hD)
                    throw error;
                const apiError = (0,api_error/* toApiError */.Gv)(error, endpoint);
                if (apiError.status === 404)
                    return 'none';
                throw apiError;
            }
        });
    }
    /** The check runs of one check suite, every page. */
    suiteRuns(suiteId) {
        return this.cached(`suite-runs:${suiteId}`, () => this.readAll('GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs', { check_suite_id: suiteId, filter: 'all' }, shapes/* CheckRunPageShape */.I$, page => page.check_runs));
    }
    /** PRs whose head is this commit (the commits/{sha}/pulls endpoint), every page. */
    pullsForCommit(sha) {
        return this.cached(`pulls-for:${sha}`, () => this.readAll('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: sha }, shapes/* PullShape */.Do.array(), p => p));
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
        { ref: sha, filter: 'all' }, shapes/* CheckRunPageShape */.I$, page => page.check_runs));
    }
    statuses(sha) {
        return this.cached(`statuses:${sha}`, () => this.readAll('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha }, shapes/* CommitStatusShape */.$U.array(), page => page));
    }
    defaultBranch() {
        return this.cached('repo', async () => (await this.read('GET /repos/{owner}/{repo}', {}, shapes/* RepositoryShape */.Q8)).default_branch);
    }
    reviews(pullNumber) {
        return this.cached(`reviews:${pullNumber}`, () => this.readAll('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { pull_number: pullNumber }, shapes/* ReviewShape */.AI.array(), p => p));
    }
    /** A person's permission on the repository (admin, write, read or none), from all their grants. */
    collaboratorPermission(username) {
        return this.cached(`permission:${username}`, () => this.read('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { username }, shapes/* CollaboratorPermissionShape */.pH));
    }
    /** The active rules of a branch from every ruleset (readable without admin rights). */
    branchRules(branch) {
        return this.cached(`rules:${branch}`, () => this.readAll('GET /repos/{owner}/{repo}/rules/branches/{branch}', { branch }, shapes/* BranchRuleShape */.E5.array(), p => p));
    }
    /** Classic branch protection; `undefined` when GitHub says the branch is not protected. */
    classicProtection(branch) {
        return this.cached(`protection:${branch}`, async () => {
            try {
                return await this.read('GET /repos/{owner}/{repo}/branches/{branch}/protection', { branch }, shapes/* ClassicProtectionShape */.PZ);
            }
            catch (error) {
                const e = (0,api_error/* toApiError */.Gv)(error, 'GET /repos/{owner}/{repo}/branches/{branch}/protection');
                if (e.status === 404 && /not protected/i.test(e.message))
                    return undefined;
                throw e;
            }
        });
    }
    /** The jobs of a workflow run, of every attempt (`filter=all`): a re-run's earlier attempts too. */
    runJobs(runId) {
        return this.cached(`jobs:${runId}`, () => this.readAll('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { run_id: runId, filter: 'all' }, shapes/* JobsPageShape */.vs, page => page.jobs));
    }
}
function parseShape(endpoint, shape, data) {
    const parsed = shape.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new api_error/* ApiError */.hD(endpoint, undefined, `unexpected response shape at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
    }
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/publish/handled-later.ts
/**
 * A read started before anyone awaits it. Marked handled at once, so that a failure while the run is
 * busy elsewhere is not an unhandled rejection (which ends a Node process); whoever awaits the
 * promise later still gets the failure, and explains it then.
 */
function handledLater(promise) {
    promise.catch(() => { });
    return promise;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(9093);
;// CONCATENATED MODULE: ./src/publish/log.ts

/**
 * A value from outside the gate (a check name, a file path, an API message) made safe for the job log:
 * the runner reads any line that starts with `::` as a workflow command (`::add-mask::`,
 * `::set-output`, `::stop-commands::` …), so line breaks become spaces and a leading `::` is broken.
 */
function logSafe(text) {
    return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/^(\s*):/, '$1\u200b:');
}
/** One line in the job log, whatever it holds. */
function logLine(text) {
    core/* info */.pq(logSafe(text));
}

// EXTERNAL MODULE: ./src/text/markdown.ts + 1 modules
var markdown = __webpack_require__(6370);
// EXTERNAL MODULE: ./src/verdict/states.ts
var states = __webpack_require__(6143);
;// CONCATENATED MODULE: ./src/report/report.ts



/** How many refused commands the report keeps: the latest. */
const MAX_REFUSED = 10;
function baseOf(b) {
    return {
        version: 1,
        title: b.title ?? 'Production readiness',
        checklist: b.checklist,
        target: {
            repo: b.repo,
            sha: b.target.sha,
            pr: b.target.pr?.number ?? null,
            kind: b.target.kind,
            name: b.target.statusName
        },
        run_url: b.runUrl ?? null,
        checklist_edit: b.edit ?? null,
        refused_commands: (b.judgements ?? [])
            .filter(j => !j.applied)
            .slice(-MAX_REFUSED)
            .map((j) => ({
            by: j.by,
            at: j.at,
            url: j.url,
            command: j.command,
            reason: (0,phrase/* plainText */.wh)(j.reason ?? []),
            reason_parts: j.reason ?? []
        }))
    };
}
function buildReport(evaluation, base) {
    const summaries = (0,markdown/* markdownsOf */.Sg)(evaluation.leaves.map(l => l.outcome.summary));
    const items = evaluation.leaves.map((l, i) => ({
        id: l.item.id,
        path: l.path,
        line: l.item.line,
        title: l.item.title,
        section: l.section,
        groups: l.groups,
        owner: l.item.owner ?? null,
        required: l.required,
        state: l.outcome.state,
        summary: summaries[i],
        summary_parts: l.outcome.summary,
        url: l.outcome.url ?? null,
        fix: l.outcome.fix ?? null,
        ...(l.outcome.signoff ? { signoff: l.outcome.signoff } : {}),
        ...(l.waiver ? { waiver: l.waiver } : {})
    }));
    return {
        ...baseOf(base),
        result: evaluation.verdict,
        counts: (0,states/* countStates */.c0)(items.map(i => i.state)),
        items,
        errors: [],
        warnings: base.warnings ?? []
    };
}
/** A configuration error is a failing verdict whose text is the error. */
function buildErrorReport(errors, base) {
    return { ...baseOf(base), result: 'fail', counts: (0,states/* countStates */.c0)([]), items: [], errors, warnings: [] };
}

// EXTERNAL MODULE: ./src/checklist/references.ts
var references = __webpack_require__(616);
;// CONCATENATED MODULE: ./src/evaluate/glob.ts
/**
 * Check-name globs as docs/check-types.md defines them: case-sensitive, `*` any run of characters (spaces and
 * `/` included), `?` one character, everything else literal. Hand-written on purpose: path-glob
 * libraries give `/`, `[]`, `{}` and `()` meanings that break on names like `test (ubuntu, 20)`.
 */
function globToRegExp(glob) {
    const body = [...glob]
        .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`, 's');
}
/** Each glob's matcher, built once: a checklist names a few globs, a busy commit has thousands of runs. */
const matchers = new Map();
/** The matcher of `glob` (the same function every time); a glob without `*` or `?` is the name itself. */
function globMatcher(glob) {
    let matcher = matchers.get(glob);
    if (!matcher) {
        if (/[*?]/.test(glob)) {
            const re = globToRegExp(glob);
            matcher = name => re.test(name);
        }
        else {
            matcher = name => name === glob;
        }
        matchers.set(glob, matcher);
    }
    return matcher;
}
function globMatches(glob, name) {
    return globMatcher(glob)(name);
}

;// CONCATENATED MODULE: ./src/evaluate/own-job.ts
/**
 * The check runs that are the gate's own job, which are never evidence: the job still running now,
 * and the same job in this run's earlier attempts (a re-run's attempt 1 failed or passed because of
 * the gate, not of anything it checks). With `actions: read`, the jobs API of every attempt names
 * them precisely (the in-progress job on this runner, then every job of the run with its name);
 * without it, runs named after GITHUB_JOB that are in progress or link to this workflow run stand in.
 */
async function ownJobFilter(ctx) {
    const { runner } = ctx;
    if (runner.runId > 0) {
        try {
            const ids = ownCheckRunIds(await ctx.gateway.runJobs(runner.runId), runner);
            if (ids.size > 0)
                return run => ids.has(run.id);
        }
        catch {
            // No `actions: read`: fall back to the job's name below.
        }
    }
    const job = runner.job;
    const linksHere = linksToRun(runner.runId);
    return run => job !== '' &&
        (run.name === job || run.name.startsWith(`${job} (`)) &&
        (run.status !== 'completed' || linksHere(run));
}
/**
 * The check-run ids of the gate's own job in every attempt of this run: the current attempt's
 * in-progress job on this runner, and every job of the run (any attempt) with the same name.
 */
function ownCheckRunIds(jobs, runner) {
    const mine = jobs.filter(j => (j.run_attempt ?? runner.runAttempt) === runner.runAttempt &&
        j.status !== 'completed' &&
        (!runner.runnerName || j.runner_name === runner.runnerName));
    const names = new Set(mine.map(j => j.name));
    return new Set(jobs
        .filter(j => mine.includes(j) || names.has(j.name))
        .map(j => Number(j.check_run_url?.split('/').pop()))
        .filter(Number.isFinite));
}
/** Whether a check run links to workflow run `runId`, as an Actions job's does: `…/actions/runs/<run id>/job/<job id>`. */
function linksToRun(runId) {
    if (runId <= 0)
        return () => false;
    const pattern = new RegExp(`/actions/runs/${runId}(/|$)`);
    return run => [run.details_url, run.html_url].some(url => typeof url === 'string' && pattern.test(url));
}
/** Whether a check run on the gated commit other than the gate's own job or verdict is still going. */
async function othersStillRunning(ctx) {
    const own = new Set([ctx.settings.checkName, `${ctx.settings.checkName} (audit)`]);
    const [runs, isOwnJob] = await Promise.all([ctx.gateway.checkRuns(ctx.target.sha), ownJobFilter(ctx)]);
    return runs.some(r => r.status !== 'completed' && !own.has(r.name) && !isOwnJob(r));
}

;// CONCATENATED MODULE: ./src/evaluate/outcome.ts



/** The time `max-age` is measured at. */
const nowOf = (ctx) => ctx.now ?? Date.now();
/** A failed read is `unknown`, with the reason and the exact fix; never a pass. */
function unknownFromError(error, endpoint, permission) {
    const { reason, fix } = error instanceof PagingError ? error.explain() : (0,api_error/* explainApiError */.cU)((0,api_error/* toApiError */.Gv)(error, endpoint), permission);
    return { state: 'unknown', summary: (0,phrase/* say */.cv) `could not verify: ${reason}`, fix };
}

;// CONCATENATED MODULE: ./src/evaluate/checks.ts




/** GitHub's required checks count these as success. */
const DEFAULT_ALLOW = ['success', 'neutral', 'skipped'];
/** `checks` (docs/check-types.md): every glob matches some run or status, and the latest of each is allowed. */
async function evaluateChecks(check, ctx) {
    const { sha } = ctx.target;
    let commit;
    try {
        commit = await ctx.gateway.cached(`checks-evidence:${sha}`, () => commitEvidence(ctx));
    }
    catch (error) {
        const e = error;
        const permission = e.endpoint?.includes('statuses') ? 'statuses: read' : 'checks: read';
        return unknownFromError(error, e.endpoint ?? 'check runs', permission);
    }
    const { evidence, stillRunning } = commit;
    const allow = check.allow ?? DEFAULT_ALLOW;
    const ok = (e) => e.result !== 'pending' && (e.from === 'run' ? allow.includes(e.result) : e.result === 'success');
    const globs = Array.isArray(check.name) ? check.name : [check.name];
    const hits = globs.map(g => matching(commit, g));
    const unmatched = globs.filter((_, i) => hits[i].length === 0);
    const matched = [...new Set(hits.flat())].sort((a, b) => a - b).map(i => evidence[i]);
    const failing = matched.filter(e => !ok(e) && e.result !== 'pending');
    const pending = matched.filter(e => e.result === 'pending');
    const short = sha.slice(0, 7);
    if (failing.length > 0) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${(0,phrase/* list */.p_)(failing.map(e => (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(e.name)} (${e.result})`))} ${failing.length === 1 ? 'is' : 'are'} not ${allow.join('/')}`,
            url: failing[0].url
        };
    }
    if (unmatched.length > 0) {
        const names = (0,phrase/* list */.p_)(unmatched.map(g => (0,phrase/* code */.aY)(g)));
        if (stillRunning || ctx.waiting) {
            const why = stillRunning
                ? (0,phrase/* say */.cv) `other checks are still running`
                : (0,phrase/* say */.cv) `waiting for it (${(0,phrase/* code */.aY)('wait-timeout')})`;
            return { state: 'pending', summary: (0,phrase/* say */.cv) `no check named ${names} has reported yet on ${short}; ${why}` };
        }
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `no check named ${names} ran on ${short}`,
            fix: 'Check that the job or status still has that name (a renamed job must be renamed in the checklist too).'
        };
    }
    if (pending.length > 0) {
        return {
            state: 'pending',
            summary: (0,phrase/* say */.cv) `${(0,phrase/* list */.p_)(pending.map(e => (0,phrase/* code */.aY)(e.name)))} still running`,
            url: pending[0].url
        };
    }
    return {
        state: 'pass',
        summary: (0,phrase/* say */.cv) `${(0,phrase/* list */.p_)(matched.map(e => (0,phrase/* code */.aY)(e.name)))}: ${matched.length === 1 ? 'passed' : 'all passed'}`
    };
}
/**
 * The latest run of every name and the latest status of every context, leaving out the gate's own
 * job and verdict: what every `checks` item of the commit matches its globs against.
 */
async function commitEvidence(ctx) {
    const { sha } = ctx.target;
    // The gate's own job is looked up beside the lists, not after their last page.
    const [runs, statuses, isOwnJob] = await Promise.all([
        ctx.gateway.checkRuns(sha),
        ctx.gateway.statuses(sha),
        ownJobFilter(ctx)
    ]);
    const ownNames = new Set([ctx.settings.checkName, `${ctx.settings.checkName} (audit)`]);
    const ownContexts = new Set([...ownNames].map(contextKey));
    const others = statuses.filter(s => !ownContexts.has(contextKey(s.context)));
    const spellings = contextSpellings(others);
    const theirs = runs.filter(r => !ownNames.has(r.name) && !isOwnJob(r));
    return {
        evidence: [
            ...latestRuns(theirs).map(fromRun),
            ...latestStatuses(others).map(s => fromStatus(s, spellings.get(contextKey(s.context)) ?? [s.context]))
        ],
        stillRunning: theirs.some(r => r.status !== 'completed'),
        matches: new Map()
    };
}
/**
 * The evidence (indices, in order) a glob matches; each glob is matched against the commit once,
 * and only against the names that start with its literal start (`build (12, ` of `build (12, *)`).
 */
function matching(commit, glob) {
    let found = commit.matches.get(glob);
    if (found)
        return found;
    commit.byName ??= commit.evidence
        .flatMap((e, index) => e.names.map(name => ({ name, index })))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = commit.byName;
    const prefix = glob.slice(0, glob.search(/[*?]|$/));
    // The first name not sorting before the prefix; every name with the prefix follows it.
    let lo = 0;
    for (let hi = names.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (names[mid].name < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    const matches = globMatcher(glob);
    const hits = new Set();
    for (let i = lo; i < names.length && names[i].name.startsWith(prefix); i++) {
        if (matches(names[i].name))
            hits.add(names[i].index);
    }
    found = [...hits].sort((a, b) => a - b);
    commit.matches.set(glob, found);
    return found;
}
/** The latest run per (app, name): the one started last, then the highest id (a re-run replaces). */
function latestRuns(runs) {
    const latest = new Map();
    for (const run of runs) {
        const key = `${run.app?.id ?? 0}\u0000${run.name}`;
        const seen = latest.get(key);
        if (!seen || compareRuns(run, seen) > 0)
            latest.set(key, run);
    }
    return [...latest.values()];
}
function compareRuns(a, b) {
    const ta = a.started_at ?? '';
    const tb = b.started_at ?? '';
    return ta === tb ? a.id - b.id : ta < tb ? -1 : 1;
}
/** GitHub compares status contexts case-insensitively: `CI/test` updates `ci/test`. */
function contextKey(context) {
    return context.toLowerCase();
}
/**
 * The latest status per context (case-insensitive, as GitHub groups them), by creation time then id:
 * a later `CI/test` failure replaces an earlier `ci/test` success.
 */
function latestStatuses(statuses) {
    const latest = new Map();
    for (const s of statuses) {
        const key = contextKey(s.context);
        const seen = latest.get(key);
        if (!seen || s.created_at > seen.created_at || (s.created_at === seen.created_at && s.id > seen.id)) {
            latest.set(key, s);
        }
    }
    return [...latest.values()];
}
/** Every spelling of each context (by its case-insensitive key), for matching globs case-sensitively. */
function contextSpellings(statuses) {
    const spellings = new Map();
    for (const s of statuses) {
        const list = spellings.get(contextKey(s.context)) ?? [];
        if (!list.includes(s.context))
            list.push(s.context);
        spellings.set(contextKey(s.context), list);
    }
    return spellings;
}
function fromRun(run) {
    const url = run.html_url ?? run.details_url ?? undefined;
    const result = run.status !== 'completed' ? 'pending' : (run.conclusion ?? 'none');
    return { name: run.name, names: [run.name], result, from: 'run', url };
}
/** A context's latest status; `names` are all its spellings, so `ci/test` still finds a later `CI/test`. */
function fromStatus(status, names) {
    const url = status.target_url ?? undefined;
    const result = status.state === 'pending' ? 'pending' : status.state === 'success' ? 'success' : 'failure';
    return { name: status.context, names, result, from: 'status', url };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/text/needle.ts + 1 modules
var needle = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/text/selector.ts
var text_selector = __webpack_require__(2878);
;// CONCATENATED MODULE: ./src/evaluate/file.ts





/** Aliases expanded at most this many times while reading a file for `match` (no "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Longest value quoted back in a summary. */
const SHOWN = 60;
/** What the contents API said a path is, when it is no readable file. */
function notAFile(file) {
    switch (file.reason) {
        case 'missing':
            return ['does not exist'];
        case 'directory':
            return ['is a directory, not a file'];
        case 'symlink':
            return (0,phrase/* say */.cv) `is a symbolic link to ${(0,phrase/* code */.aY)(file.target)} that GitHub does not follow (out of the repository, to a directory, or to nothing)`;
        case 'submodule':
            return (0,phrase/* say */.cv) `is a git submodule (${(0,phrase/* code */.aY)(file.repository)}), not a file`;
        case 'too-large':
            return ['is larger than 1 MB'];
    }
}
const many = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/**
 * `file` (docs/check-types.md): every path exists at the gated commit, contains each `contains`
 * needle, none of the `not-contains` needles, and satisfies every `match` selector; with
 * `absent: true`, no path exists.
 */
async function evaluateFile(check, ctx) {
    const paths = many(check.path);
    const needles = many(check.contains);
    const forbidden = many(check['not-contains']);
    const short = ctx.target.sha.slice(0, 7);
    const problems = [];
    let url;
    for (const path of paths) {
        let file;
        try {
            file = await ctx.gateway.file(path, ctx.target.sha);
        }
        catch (error) {
            return unknownFromError(error, 'GET /repos/{owner}/{repo}/contents/{path}', 'contents: read');
        }
        if (check.absent) {
            // Anything at the path (a directory, a link, a large file) is there: only "missing" is absent.
            if (file.found) {
                url = file.url;
                problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} exists`);
            }
            else if (file.reason !== 'missing')
                problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} exists (${notAFile(file)})`);
            continue;
        }
        if (!file.found) {
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} ${notAFile(file)}`);
            continue;
        }
        url ??= file.url;
        const missing = needles.filter(n => !(0,needle/* containsNeedle */.RB)(file.text, n));
        const present = forbidden.filter(n => (0,needle/* containsNeedle */.RB)(file.text, n));
        if (missing.length > 0 || present.length > 0)
            url = file.url;
        if (missing.length > 0)
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} does not contain ${(0,phrase/* join */.fj)(missing.map(phrase/* code */.aY))}`);
        if (present.length > 0)
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} contains ${(0,phrase/* join */.fj)(present.map(phrase/* code */.aY))}`);
        if (check.match) {
            const found = matchProblems(file.text, check.match);
            if ('unreadable' in found) {
                return {
                    state: 'unknown',
                    summary: (0,phrase/* say */.cv) `could not read ${(0,phrase/* code */.aY)(path)} as YAML or JSON at ${short}: ${(0,phrase/* code */.aY)(found.unreadable)}`,
                    url: file.url,
                    fix: '`match` reads YAML and JSON files: correct the file, or check it with `contains` instead.'
                };
            }
            if (found.problems.length > 0) {
                url = file.url;
                problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)}: ${(0,phrase/* join */.fj)(found.problems, '; ')}`);
            }
        }
    }
    if (problems.length > 0)
        return { state: 'fail', summary: (0,phrase/* say */.cv) `${(0,phrase/* join */.fj)(problems, '; ')} at ${short}`, url };
    const names = (0,phrase/* join */.fj)(paths.map(p => (0,phrase/* code */.aY)(p)));
    if (check.absent) {
        return {
            state: 'pass',
            summary: (0,phrase/* phrase */.MZ)(names, ` ${paths.length === 1 ? 'does' : 'do'} not exist at ${short}`)
        };
    }
    const what = needles.length > 0 || forbidden.length > 0 || check.match
        ? ` and ${paths.length === 1 ? 'holds' : 'hold'} what is required`
        : '';
    return { state: 'pass', summary: (0,phrase/* phrase */.MZ)(names, ` ${paths.length === 1 ? 'exists' : 'exist'}${what}`), url };
}
/** What a document breaks of `match`, or why it cannot be read. */
function matchProblems(text, match) {
    let doc;
    try {
        // YAML 1.2 reads JSON too; one document only.
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: MAX_ALIAS_COUNT, uniqueKeys: true });
    }
    catch (error) {
        return { unreadable: String(error.message).split('\n')[0] };
    }
    const problems = [];
    for (const [selector, expected] of Object.entries(match)) {
        const parsed = (0,text_selector/* parseSelector */.Pl)(selector);
        if (!parsed.ok)
            throw new Error(`invalid selector ${selector}`); // refused at validation
        const { found, missing } = (0,text_selector/* select */.Lt)(doc, parsed.steps);
        if (found.length === 0 && missing.length === 0) {
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(selector)} selects nothing`);
            continue;
        }
        if (missing.length > 0)
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* list */.p_)(missing.map(m => (0,phrase/* code */.aY)(m)))} ${missing.length === 1 ? 'is' : 'are'} missing`);
        if (expected === true)
            continue;
        const wrong = found.filter(n => {
            const v = (0,text_selector/* scalarText */.ws)(n.value);
            return v === undefined || !(0,needle/* valueIsNeedle */.rx)(v, expected);
        });
        if (wrong.length > 0) {
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* list */.p_)(wrong.map(n => (0,phrase/* phrase */.MZ)((0,phrase/* code */.aY)(n.path), ' is ', file_shown(n.value))))} (expected ${(0,phrase/* code */.aY)(expected)})`);
        }
    }
    return { problems };
}
function file_shown(v) {
    const text = (0,text_selector/* scalarText */.ws)(v);
    if (text !== undefined)
        return [(0,phrase/* code */.aY)(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text)];
    if (v === null || v === undefined)
        return ['empty'];
    return [Array.isArray(v) ? 'a list' : 'a map'];
}

;// CONCATENATED MODULE: ./src/evaluate/items.ts


/** `items` (docs/check-types.md): a roll-up of the required leaves it names. */
async function evaluateItems(check, ctx) {
    if (!ctx.named) {
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `a roll-up is evaluated with the rest of its checklist`,
            fix: 'Evaluate the whole checklist.'
        };
    }
    return rollUp(await ctx.named(check));
}
/**
 * Done when every named leaf is in a state the verdict counts as done (passed, signed off, and the
 * like: whatever is not open); otherwise the worst open state, naming the items that hold it up
 * (`manual` reads `fail` here).
 */
function rollUp(leaves) {
    const open = leaves.filter(l => states/* OPEN_STATES */.oX.includes(l.state));
    if (open.length === 0) {
        const n = leaves.length;
        return { state: 'pass', summary: [`all ${n} required item${n === 1 ? ' is' : 's are'} done`] };
    }
    const rank = (l) => states/* SEVERITY_ORDER */.B.indexOf(l.state);
    const sorted = [...open].sort((a, b) => rank(a) - rank(b));
    // Waiting only for sign-offs fails as a manual item does, but the roll-up itself cannot be signed
    // off: listing it with the sign-offs would send a person to the wrong item.
    const worst = sorted[0].state === 'manual' ? 'fail' : sorted[0].state;
    return {
        state: worst,
        summary: (0,phrase/* phrase */.MZ)(`${open.length} of ${leaves.length} required items not done: `, (0,phrase/* list */.p_)(sorted.map(l => (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(l.path)} (${l.state})`)))
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/probe/http.ts




/**
 * Live probes of a service for the `http` check: one plain GET, nothing the gate holds ever sent
 * (no token, no cookie, no authorization; only `user-agent` and `accept`), redirects followed only
 * when asked, at most MAX_BODY bytes of body read, each request bounded in time. A fresh connection
 * per request, so a sample's time includes connecting and the TLS handshake, as a new visitor's would.
 */
/** Most body bytes read from one answer: enough to finish a normal page, bounded for a hostile one. */
const MAX_BODY = 1024 * 1024;
/** Redirects followed at most with `follow: true`. */
const MAX_REDIRECTS = 5;
/** A request that got no answer, in words that say what was seen. */
class ProbeError extends Error {
    url;
    constructor(url, message) {
        super(message);
        this.url = url;
        this.name = 'ProbeError';
    }
}
/** Per-request time limit: `READINESS_GATE_PROBE_TIMEOUT_MS`, default 10 s. */
function probeTimeoutFromEnv(env = process.env) {
    const value = Number(env.READINESS_GATE_PROBE_TIMEOUT_MS);
    return Number.isFinite(value) && value > 0 ? value : 10_000;
}
/** One probe of `url`: the final answer (after redirects when `follow`), or a ProbeError. */
async function probe(url, options) {
    let current = url;
    for (let hop = 0;; hop++) {
        const answer = await get(current, options.timeoutMs);
        const location = answer.headers.location;
        if (!options.follow || answer.status < 300 || answer.status > 399 || !location)
            return answer;
        if (hop >= MAX_REDIRECTS)
            throw new ProbeError(current, `more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, current);
        if (next.protocol !== 'https:' && next.protocol !== 'http:')
            throw new ProbeError(current, `redirects to a ${next.protocol} URL`);
        // Credentials in a Location are never sent on.
        next.username = '';
        next.password = '';
        current = next.toString();
    }
}
/**
 * Certificates Node trusts, plus those of `NODE_EXTRA_CA_CERTS` read now: Node reads that file only at
 * start, so an environment set later (tests, the in-process runner stand-in) is honoured here too.
 * Verification is never turned off.
 */
function trustedCas() {
    const extra = process.env.NODE_EXTRA_CA_CERTS;
    if (!extra)
        return undefined;
    try {
        return [...external_node_tls_.rootCertificates, (0,external_node_fs_.readFileSync)(extra, 'utf8')];
    }
    catch {
        return undefined;
    }
}
function get(url, timeoutMs) {
    const target = new URL(url);
    const https = target.protocol === 'https:';
    const send = https ? external_node_https_.request : external_node_http_.request;
    const started = performance.now();
    // Once the time is up, whatever error the destroyed request or response reports, the answer is late.
    let timedOut = false;
    const late = () => new ProbeError(url, `no complete answer within ${timeoutMs / 1000} s`);
    return new Promise((resolve, reject) => {
        const req = send(target, {
            method: 'GET',
            agent: false,
            headers: { 'user-agent': 'readiness-gate-probe', accept: '*/*' },
            ...(https ? { ca: trustedCas(), servername: target.hostname } : {})
        }, (res) => {
            const socket = res.socket;
            const cert = https ? socket.getPeerCertificate?.() : undefined;
            const certificateExpires = cert?.valid_to ? new Date(cert.valid_to) : undefined;
            let read = 0;
            let truncated = false;
            const done = () => resolve({
                url,
                status: res.statusCode ?? 0,
                headers: headersOf(res),
                ms: performance.now() - started,
                certificateExpires,
                truncated
            });
            res.on('data', (chunk) => {
                read += chunk.length;
                if (read >= MAX_BODY && !truncated) {
                    truncated = true;
                    done();
                    res.destroy();
                }
            });
            res.on('end', done);
            res.on('error', error => truncated ? undefined : reject(timedOut ? late() : describe(url, error, timeoutMs)));
        });
        // The whole exchange is bounded, not each pause: a server that drips its body cannot hold the gate.
        const timer = setTimeout(() => {
            timedOut = true;
            req.destroy(late());
        }, timeoutMs);
        req.on('close', () => clearTimeout(timer));
        req.on('error', error => reject(timedOut ? late() : describe(url, error, timeoutMs)));
        req.end();
    });
}
function headersOf(res) {
    const out = {};
    for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** The failure as a person reads it: timeout, refused, unknown host, an untrusted or expired certificate. */
function describe(url, error, timeoutMs) {
    if (error instanceof ProbeError)
        return error;
    const code = error.code ?? '';
    const host = new URL(url).host;
    const words = {
        ECONNREFUSED: `${host} refused the connection`,
        ECONNRESET: `${host} closed the connection without an answer`,
        ENOTFOUND: `no such host: ${new URL(url).hostname}`,
        EAI_AGAIN: `the name ${new URL(url).hostname} could not be resolved`,
        ETIMEDOUT: `no answer within ${timeoutMs / 1000} s`,
        CERT_HAS_EXPIRED: 'the certificate has expired',
        DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed and not trusted',
        SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an untrusted self-signed certificate',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is not signed by a trusted authority',
        UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is not signed by a trusted authority',
        ERR_TLS_CERT_ALTNAME_INVALID: `the certificate is not valid for ${new URL(url).hostname}`,
        CERT_NOT_YET_VALID: 'the certificate is not valid yet'
    };
    return new ProbeError(url, words[code] ?? `${error.message}${code ? ` (${code})` : ''}`);
}

;// CONCATENATED MODULE: ./src/evaluate/http.ts



const DAY_MS = 24 * 60 * 60 * 1000;
const REDIRECTS = [301, 302, 303, 307, 308];
/** `http` (docs/check-types.md): asks the live service `samples` times, one after another, and judges. */
async function evaluateHttp(check, ctx) {
    const samples = check.samples ?? 3;
    const options = { follow: check.follow ?? false, timeoutMs: probeTimeoutFromEnv() };
    const answers = [];
    for (let i = 0; i < samples; i++) {
        try {
            answers.push(await probe(check.url, options));
        }
        catch (error) {
            if (!(error instanceof ProbeError))
                throw error;
            // No answer: the service is not ready. Say what was seen before it.
            const seen = answers.length > 0 ? (0,phrase/* say */.cv) `; before that: ${(0,phrase/* join */.fj)(answers.map(a => `${a.status} in ${ms(a.ms)}`))}` : [];
            const where = error.url === check.url ? [] : (0,phrase/* say */.cv) ` (redirected to ${(0,phrase/* code */.aY)(error.url)})`;
            return {
                state: 'fail',
                summary: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(check.url)}${where}: ${error.message} (request ${i + 1} of ${samples})${seen}`
            };
        }
    }
    return judge(check, answers, ctx.now ?? Date.now());
}
/** The decision on the answers, pure: every bound inclusive. */
function judge(check, answers, now) {
    const url = (0,phrase/* code */.aY)(check.url);
    const first = answers[0];
    const problems = [];
    if (check['redirects-to-https']) {
        for (const a of answers) {
            const problem = notHttpsRedirect(check.url, a);
            if (problem) {
                problems.push(problem);
                break;
            }
        }
    }
    else {
        const expected = check.status ?? 200;
        const wrong = answers.find(a => a.status !== expected);
        if (wrong)
            problems.push((0,phrase/* say */.cv) `answered ${wrong.status}${where(check, wrong)} (expected ${expected})`);
    }
    for (const [name, want] of Object.entries(check.headers ?? {})) {
        const value = first.headers[name.toLowerCase()];
        if (value === undefined)
            problems.push((0,phrase/* say */.cv) `no ${(0,phrase/* code */.aY)(name)} header`);
        else if (want !== true && !(0,needle/* valueIsNeedle */.rx)(value, want))
            problems.push((0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(name)} is ${(0,phrase/* code */.aY)(clip(value))} (expected ${(0,phrase/* code */.aY)(want)})`);
    }
    const median = medianOf(answers.map(a => a.ms));
    const timing = (0,phrase/* say */.cv) `a median of ${ms(median)} over ${answers.length} request${answers.length === 1 ? '' : 's'}`;
    if (check['max-ms'] !== undefined && median > check['max-ms'])
        problems.push((0,phrase/* say */.cv) `${timing}, above ${check['max-ms']} ms`);
    let tls = [];
    if (check['tls-days'] !== undefined) {
        const expires = first.certificateExpires;
        if (!expires)
            problems.push(['no certificate was presented']);
        else {
            const left = (expires.getTime() - now) / DAY_MS;
            const when = (0,phrase/* say */.cv) `the certificate expires ${expires.toISOString().slice(0, 16).replace('T', ' ')} UTC (${(Math.floor(left * 100) / 100).toFixed(2)} days left`;
            if (left < check['tls-days'])
                problems.push((0,phrase/* say */.cv) `${when}, at least ${check['tls-days']} required)`);
            else
                tls = (0,phrase/* say */.cv) `; ${when})`;
        }
    }
    const truncated = answers.some(a => a.truncated) ? ` (body read up to ${MAX_BODY / 1024 / 1024} MB)` : '';
    if (problems.length > 0)
        return { state: 'fail', summary: (0,phrase/* say */.cv) `${url}: ${(0,phrase/* join */.fj)(problems, '; ')}` };
    const what = check['redirects-to-https']
        ? (0,phrase/* say */.cv) `redirects to https`
        : (0,phrase/* say */.cv) `answered ${first.status}${where(check, first)}`;
    return { state: 'pass', summary: (0,phrase/* phrase */.MZ)((0,phrase/* say */.cv) `${url} ${what} in ${timing}${tls}`, truncated) };
}
/** For an answer reached by following redirects, where it came from. */
function where(check, a) {
    return a.url === check.url ? [] : (0,phrase/* say */.cv) ` at ${(0,phrase/* code */.aY)(a.url)}`;
}
function notHttpsRedirect(url, a) {
    const location = a.headers.location;
    if (!REDIRECTS.includes(a.status) || !location)
        return (0,phrase/* say */.cv) `answered ${a.status}, not a redirect to https`;
    let target;
    try {
        target = new URL(location, url);
    }
    catch {
        return (0,phrase/* say */.cv) `redirects to ${(0,phrase/* code */.aY)(clip(location))}, which is not a URL`;
    }
    if (target.protocol !== 'https:' || target.hostname !== new URL(url).hostname)
        return (0,phrase/* say */.cv) `redirects to ${(0,phrase/* code */.aY)(clip(target.toString()))}, not to https on the same host`;
    return undefined;
}
function medianOf(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Whole milliseconds as they are, others to a tenth: a median just over a bound never reads as on it. */
const ms = (n) => `${Number.isInteger(n) ? n : n.toFixed(1)} ms`;
const clip = (s) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

;// CONCATENATED MODULE: ./src/evaluate/branch-rules.ts



/**
 * `branch-rules` (docs/check-types.md): the branch's active rules require the listed checks and reviews. The
 * rules API (no admin needed) comes first; classic branch protection is invisible to it, so when the
 * rules fall short the classic endpoint decides: not protected → fail, no access → unknown.
 */
async function evaluateBranchRules(check, ctx) {
    let branch;
    let rules;
    try {
        branch = check.branch ?? ctx.target.branch ?? (await ctx.gateway.defaultBranch());
        rules = await ctx.gateway.branchRules(branch);
    }
    catch (error) {
        return unknownFromError(error, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', 'contents: read');
    }
    const fromRules = requirementsOfRules(rules);
    let missing = shortfall(check, fromRules);
    if (missing.length === 0)
        return { state: 'pass', summary: (0,phrase/* say */.cv) `the rules of ${(0,phrase/* code */.aY)(branch)} require ${wanted(check)}` };
    let classic;
    try {
        classic = await ctx.gateway.classicProtection(branch);
    }
    catch (error) {
        const e = (0,api_error/* toApiError */.Gv)(error, 'GET /repos/{owner}/{repo}/branches/{branch}/protection');
        if (e.status === 403 || e.status === 404) {
            return {
                state: 'unknown',
                summary: (0,phrase/* say */.cv) `the rulesets of ${(0,phrase/* code */.aY)(branch)} do not require ${(0,phrase/* join */.fj)(missing, ' and ')}, and classic branch protection could not be read (${e.status}: ${e.message})`,
                fix: 'Move the protection into a ruleset (readable with GITHUB_TOKEN), or pass a token with "Administration: read".'
            };
        }
        return unknownFromError(error, 'GET /repos/{owner}/{repo}/branches/{branch}/protection', 'administration: read');
    }
    if (classic) {
        const both = mergeRequirements(fromRules, requirementsOfClassic(classic));
        missing = shortfall(check, both);
        if (missing.length === 0) {
            return {
                state: 'pass',
                summary: (0,phrase/* say */.cv) `the rules and branch protection of ${(0,phrase/* code */.aY)(branch)} require ${wanted(check)}`
            };
        }
    }
    return {
        state: 'fail',
        summary: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(branch)} ${classic ? 'is protected but does not require' : 'has no rule or protection requiring'} ${(0,phrase/* join */.fj)(missing, ' and ')}`,
        fix: `Add them to a ruleset targeting ${branch}.`
    };
}
function wanted(check) {
    const parts = [];
    if (check['require-checks'])
        parts.push((0,phrase/* say */.cv) `the checks ${(0,phrase/* join */.fj)(check['require-checks'].map(phrase/* code */.aY))}`);
    if (check['require-reviews'] !== undefined)
        parts.push([`${check['require-reviews']} approving review(s)`]);
    return (0,phrase/* join */.fj)(parts, ' and ');
}
function shortfall(check, have) {
    const missing = [];
    const checks = (check['require-checks'] ?? []).filter(c => !have.checks.has(c));
    if (checks.length > 0)
        missing.push((0,phrase/* say */.cv) `the check${checks.length === 1 ? '' : 's'} ${(0,phrase/* join */.fj)(checks.map(phrase/* code */.aY))}`);
    const reviews = check['require-reviews'];
    if (reviews !== undefined && have.reviews < reviews)
        missing.push([`${reviews} approving review(s) (it requires ${have.reviews})`]);
    return missing;
}
function requirementsOfRules(rules) {
    const req = { checks: new Set(), reviews: 0 };
    for (const rule of rules) {
        const p = rule.parameters ?? {};
        if (rule.type === 'required_status_checks') {
            for (const c of p.required_status_checks ?? [])
                if (c.context)
                    req.checks.add(c.context);
        }
        if (rule.type === 'pull_request') {
            req.reviews = Math.max(req.reviews, Number(p.required_approving_review_count ?? 0));
        }
    }
    return req;
}
function requirementsOfClassic(p) {
    const checks = new Set([
        ...(p.required_status_checks?.contexts ?? []),
        ...(p.required_status_checks?.checks ?? []).map(c => c.context)
    ]);
    return { checks, reviews: p.required_pull_request_reviews?.required_approving_review_count ?? 0 };
}
function mergeRequirements(a, b) {
    return { checks: new Set([...a.checks, ...b.checks]), reviews: Math.max(a.reviews, b.reviews) };
}

;// CONCATENATED MODULE: ./src/evaluate/reviews.ts


/** Reviews that express a decision; comments and unsubmitted drafts do not change one. */
const DECISIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
/**
 * Whether a review's author can write to the repository, from the review's `author_association`:
 * the owner can; a contributor, first-timer, mannequin or anyone without an association cannot
 * (write access comes only from being a collaborator or a member); a MEMBER or COLLABORATOR may hold
 * read or triage only, so for them (and any association this version does not know) GitHub is asked.
 */
function writeAccessOf(association) {
    if (association === 'OWNER')
        return 'yes';
    if (['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'].includes(association ?? ''))
        return 'no';
    return 'ask';
}
/** The legacy `permission` of the permission endpoint: maintain is reported as write, triage as read. */
const WRITE_PERMISSIONS = new Set(['admin', 'write']);
/** A reviewer's write access: by association, else by the collaborator permission endpoint. */
async function accessOf(review, gateway) {
    const rule = writeAccessOf(review.author_association);
    if (rule !== 'ask')
        return { review, access: rule };
    try {
        const { permission } = await gateway.collaboratorPermission(review.user?.login ?? '');
        return { review, access: WRITE_PERMISSIONS.has(permission) ? 'yes' : 'no' };
    }
    catch (error) {
        // Any refusal, a 404 included, leaves the approval unverified: it never counts as a pass.
        return { review, access: 'unknown', error };
    }
}
/**
 * `reviews` (docs/check-types.md): at least `min` distinct reviewers — not the PR's author, not bots, and able to
 * write to the repository, as GitHub's required reviews count them — whose latest decision is an
 * approval (of the head commit, with `fresh`). Not a PR: `skipped`.
 */
async function evaluateReviews(check, ctx) {
    const pr = ctx.target.pr;
    if (!pr)
        return { state: 'skipped', summary: ['not a pull request'] };
    let reviews;
    try {
        reviews = await ctx.gateway.reviews(pr.number);
    }
    catch (error) {
        return unknownFromError(error, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'pull-requests: read');
    }
    const min = check.min ?? 1;
    const latest = latestDecisions(reviews, pr.author);
    const approvals = [...latest.values()].filter(r => r.state === 'APPROVED' && (!check.fresh || r.commit_id === pr.headSha));
    const access = await Promise.all(approvals.map(r => accessOf(r, ctx.gateway)));
    const approvers = access.filter(a => a.access === 'yes').map(a => a.review);
    const readers = access.filter(a => a.access === 'no').map(a => a.review);
    const unverified = access.filter(a => a.access === 'unknown');
    const stale = check.fresh
        ? [...latest.values()].filter(r => r.state === 'APPROVED' && r.commit_id !== pr.headSha)
        : [];
    const blocking = [...latest.values()].filter(r => r.state === 'CHANGES_REQUESTED');
    const names = (rs) => (0,phrase/* join */.fj)(rs.map(r => (0,phrase/* code */.aY)(r.user?.login ?? '?')));
    const parts = [
        (0,phrase/* say */.cv) `${approvers.length} of ${min} approval${min === 1 ? '' : 's'}${approvers.length > 0 && (0,phrase/* say */.cv) ` (${names(approvers)})`}`
    ];
    if (readers.length > 0)
        parts.push((0,phrase/* say */.cv) `approvals without write access do not count: ${names(readers)}`);
    if (stale.length > 0)
        parts.push((0,phrase/* say */.cv) `approvals of an older commit do not count: ${names(stale)}`);
    if (blocking.length > 0)
        parts.push((0,phrase/* say */.cv) `changes requested by ${names(blocking)}`);
    if (approvers.length >= min)
        return { state: 'pass', summary: (0,phrase/* join */.fj)(parts, '; ') };
    if (unverified.length > 0 && approvers.length + unverified.length >= min) {
        // Enough approvals, but whether they count could not be checked: never a pass.
        const { summary } = unknownFromError(unverified[0].error, PERMISSION, 'metadata: read');
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `${(0,phrase/* join */.fj)(parts, '; ')}; could not check whether ${names(unverified.map(u => u.review))} can write to the repository (${(0,phrase/* plainText */.wh)(summary).replace(/^could not verify: /, '')})`,
            fix: 'Use a token that may read collaborator permissions: the workflow GITHUB_TOKEN or a GitHub App token can; a personal access token must belong to someone with push access to the repository.'
        };
    }
    return { state: 'fail', summary: (0,phrase/* join */.fj)(parts, '; ') };
}
/** The latest decision of each eligible reviewer, in submission order. */
function latestDecisions(reviews, author) {
    const latest = new Map();
    const ordered = [...reviews].sort((a, b) => (a.submitted_at ?? '').localeCompare(b.submitted_at ?? '') || a.id - b.id);
    for (const r of ordered) {
        const login = r.user?.login;
        if (!login || login === author || r.user?.type === 'Bot' || login.endsWith('[bot]'))
            continue;
        if (DECISIONS.has(r.state))
            latest.set(login, r);
    }
    return latest;
}

// EXTERNAL MODULE: ./src/coverage/model.ts
var model = __webpack_require__(3307);
// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/evaluate/coverage/reading.ts


/** Most bytes of an artifact archive the gate downloads. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
let parsers;
/**
 * The report readers (zip, lcov, XML and the rest), loaded when a report is first read (beside an
 * archive's download): a checklist without coverage items never loads them, and one with them does
 * not wait for them before its first request.
 */
function reportParsers() {
    return (parsers ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 9693)), Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(988)]).then(__webpack_require__.bind(__webpack_require__, 1988))]).then(([zip, read]) => ({ ...zip, ...read })));
}
/** The figure of report files (merged per source file), as the reader shows it. */
async function measure(files, format, ctx) {
    const { readCoverage } = await reportParsers();
    const figure = await readCoverage(files, {
        format,
        paths: { repo: ctx.gateway.repo.repo, workspace: process.env.GITHUB_WORKSPACE }
    });
    const merged = figure.reports.length > 1 ? `, ${figure.reports.length} reports merged` : '';
    return {
        percent: figure.percent,
        unit: figure.format === 'go' ? 'statement' : 'line',
        detail: `${model/* FORMAT_LABEL */.fm[figure.format]}${merged}: ${figure.covered} of ${figure.total}`
    };
}
/** A report that cannot be used is `unknown`, naming the file and what is wrong with it. */
async function reportProblem(problem, source) {
    const { NoReportError, ZipError } = await reportParsers();
    const fix = 'Check the report the workflow writes (run the coverage tool locally and look at the file).';
    if (problem instanceof model/* ReportError */.$g)
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
    let lookup;
    try {
        lookup = await (0,artifacts/* findArtifact */.Kc)(ctx.gateway, name, sha);
    }
    catch (error) {
        return { outcome: unknownFromError(error, error.endpoint ?? 'artifacts', 'actions: read') };
    }
    if (!lookup.found)
        return { outcome: missingArtifact(name, lookup.runs, ctx, sha, role) };
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
            return { outcome: { ...unknownFromError(problem, problem.endpoint, 'actions: read'), url } };
        return { outcome: { ...(await reportProblem(problem, source)), url } };
    }
    return { figure: { ...measured, source, url } };
}
/**
 * No artifact of that name on the commit: `pending` while a run of the commit (other than this one)
 * is still going or `wait-timeout` runs, else `fail` (`unknown` for the merge base, whose figure is
 * only a comparison).
 */
function missingArtifact(name, runs, ctx, sha, role) {
    const running = runs.filter(r => r.status !== 'completed' && r.id !== ctx.runner.runId);
    if (role === 'head' && (running.length > 0 || ctx.waiting)) {
        const why = running.length > 0
            ? `${plural(running.length, 'workflow run')} still going`
            : 'waiting for it (`wait-timeout`)';
        return {
            state: 'pending',
            summary: (0,phrase/* say */.cv) `no artifact named ${(0,phrase/* code */.aY)(name)} on ${sha.slice(0, 7)} yet; ${why}`,
            url: running[0]?.html_url
        };
    }
    return {
        state: role === 'head' ? 'fail' : 'unknown',
        summary: (0,phrase/* say */.cv) `no artifact named ${(0,phrase/* code */.aY)(name)} was uploaded by the ${plural(runs.length, 'workflow run')} on ${sha.slice(0, 7)}`,
        fix: 'Check that a workflow on this commit uploads the report with actions/upload-artifact under that exact name.'
    };
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
    // The report readers load while the archive downloads.
    return withArtifactZip(artifact, ctx, reportParsers(), zip => measure(zip.files, format, ctx));
}
/**
 * Downloads an artifact (at most MAX_ARCHIVE_BYTES) into a temporary folder, opens its zip for `use`,
 * and always removes the folder; a failure comes back as the problem. `loading` (readers loaded on
 * demand) runs beside the download. Shared by the `coverage` and `metric` artifact sources.
 */
async function withArtifactZip(artifact, ctx, loading, use) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.runner.runnerTemp || (0,external_node_os_.tmpdir)(), 'readiness-artifact-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'artifact.zip');
        const [{ openZip }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 9693)),
            loading,
            (0,artifacts/* downloadArtifact */.bk)(ctx.gateway, artifact, file, MAX_ARCHIVE_BYTES)
        ]);
        const zip = await openZip(file);
        try {
            return await use(zip);
        }
        finally {
            zip.close();
        }
    }
    catch (error) {
        return { problem: error };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

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
            outcome: unknownFromError(error, endpoint, endpoint.includes('statuses') ? 'statuses: read' : 'checks: read')
        };
    }
    const run = runs
        .filter(r => r.name === name)
        .sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id)[0];
    const status = latestStatuses(statuses.filter(s => contextKey(s.context) === contextKey(name)))[0];
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
                const isOwn = await ownJobFilter(ctx);
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
        stat = await (0,promises_.lstat)(target);
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
        for (const entry of (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
            if (files.length >= MAX_FILES)
                return;
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
                await walk(full);
            else if (entry.isFile())
                files.push(file(full, (await (0,promises_.lstat)(full)).size));
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
        return { outcome: await reportProblem(error, source) };
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
    const shown = figure.asWritten ?? (0,model/* formatPercent */.l9)(figure.percent, check.min);
    const what = (0,phrase/* say */.cv) `${figure.unit} coverage (${figure.detail}) from ${figure.source}`;
    if (figure.percent < check.min) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${shown}% < ${(0,model/* formatThreshold */.B6)(check.min)}% ${what}`,
            url: figure.url
        };
    }
    const pass = (0,phrase/* say */.cv) `${shown}% ≥ ${(0,model/* formatThreshold */.B6)(check.min)}% ${what}`;
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
        base = await (0,artifacts/* mergeBase */.wu)(ctx.gateway, pr.baseSha || pr.baseRef, pr.headSha);
    }
    catch (error) {
        return unknownFromError(error, artifacts/* ARTIFACT_ENDPOINTS */.wG.compare, 'contents: read');
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
    const baseShown = before.figure.asWritten ?? (0,model/* formatPercent */.l9)(before.figure.percent);
    if (drop > maxDrop + 1e-9) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${shown}% is ${(0,model/* formatPercent */.l9)(drop)} points below ${baseShown}% at the merge base ${short} (${(0,phrase/* code */.aY)('max-drop')} ${(0,model/* formatThreshold */.B6)(maxDrop)}) — ${what}`,
            url: figure.url
        };
    }
    const change = drop > 0
        ? `${(0,model/* formatPercent */.l9)(drop)} points below`
        : drop < 0
            ? `${(0,model/* formatPercent */.l9)(-drop)} points above`
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

;// CONCATENATED MODULE: ./src/github/deployments.ts

const DEPLOYMENT_ENDPOINTS = {
    workflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    deployments: 'GET /repos/{owner}/{repo}/deployments',
    statuses: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    environment: 'GET /repos/{owner}/{repo}/environments/{environment_name}'
};
/** The newest run of a workflow that matches; undefined when none does; `missing` when GitHub knows no such workflow. */
function newestRun(gateway, f) {
    const key = `workflow-run:${f.workflow}:${f.branch}:${f.event ?? ''}:${f.status ?? ''}`;
    return gateway.cached(key, async () => {
        try {
            const page = await gateway.read(DEPLOYMENT_ENDPOINTS.workflowRuns, {
                workflow_id: f.workflow,
                branch: f.branch,
                ...(f.event ? { event: f.event } : {}),
                ...(f.status ? { status: f.status } : {}),
                exclude_pull_requests: true,
                per_page: 1
            }, shapes/* WorkflowRunsPageShape */.SV);
            return page.workflow_runs[0];
        }
        catch (error) {
            if (error.status === 404)
                return 'missing';
            throw error;
        }
    });
}
/** The newest deployment to `environment` (of `sha`, when given); undefined when there is none. */
function newestDeployment(gateway, environment, sha) {
    return gateway.cached(`deployment:${environment}:${sha ?? ''}`, async () => {
        const list = await gateway.read(DEPLOYMENT_ENDPOINTS.deployments, { environment, ...(sha ? { sha } : {}), per_page: 1 }, shapes/* DeploymentShape */.NV.array());
        return list[0];
    });
}
/** The newest status of a deployment; undefined when it has none yet. */
function newestStatus(gateway, deploymentId) {
    return gateway.cached(`deployment-status:${deploymentId}`, async () => {
        const list = await gateway.read(DEPLOYMENT_ENDPOINTS.statuses, { deployment_id: deploymentId, per_page: 1 }, shapes/* DeploymentStatusShape */.RE.array());
        return list[0];
    });
}
/** An environment with its protection rules; undefined when GitHub answers 404. */
function environment(gateway, name) {
    return gateway.cached(`environment:${name}`, async () => {
        try {
            return await gateway.read(DEPLOYMENT_ENDPOINTS.environment, { environment_name: name }, shapes/* EnvironmentShape */.pb);
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw error;
        }
    });
}

;// CONCATENATED MODULE: ./src/evaluate/deployment.ts




const PENDING = ['queued', 'in_progress', 'pending'];
/**
 * `deployment` (docs/check-types.md): the most recently created deployment to the environment (of the
 * gated commit with `sha: target`) has `success` as its latest status, within `max-age` of that
 * status; with `protected: true` the environment needs required reviewers or a branch policy.
 */
async function evaluateDeployment(check, ctx) {
    if (check.protected) {
        const protection = await protectionOf(check.environment, ctx);
        if (protection)
            return protection;
    }
    const env = (0,phrase/* code */.aY)(check.environment);
    const sha = check.sha === 'target' ? ctx.target.sha : undefined;
    const of = sha ? (0,phrase/* say */.cv) ` of ${sha.slice(0, 7)}` : [];
    let deployment;
    let status;
    try {
        deployment = await newestDeployment(ctx.gateway, check.environment, sha);
        if (deployment)
            status = await newestStatus(ctx.gateway, deployment.id);
    }
    catch (error) {
        const endpoint = deployment ? DEPLOYMENT_ENDPOINTS.statuses : DEPLOYMENT_ENDPOINTS.deployments;
        return unknownFromError(error, endpoint, 'deployments: read');
    }
    if (!deployment) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `no deployment${of} to ${env}`,
            fix: 'Deploy to the environment (a workflow job with `environment:`), or check its name.'
        };
    }
    const short = deployment.sha.slice(0, 7);
    // A deployment of a bare SHA has that SHA as its ref: say it once.
    const what = deployment.ref === deployment.sha ? (0,phrase/* say */.cv) `${short}` : (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(deployment.ref)} at ${short}`;
    const which = (0,phrase/* say */.cv) `the latest deployment${of} to ${env} (${what})`;
    if (!status)
        return { state: 'pending', summary: (0,phrase/* say */.cv) `${which} has no status yet` };
    const url = status.log_url || status.target_url || undefined;
    const age = nowOf(ctx) - Date.parse(status.created_at);
    const said = (0,phrase/* say */.cv) `${which} reported ${(0,phrase/* code */.aY)(status.state)} ${(0,duration/* elapsedWords */.kN)(age)} ago`;
    if (PENDING.includes(status.state))
        return { state: 'pending', summary: said, url };
    if (status.state !== 'success')
        return { state: 'fail', summary: said, url };
    const maxAge = check['max-age'];
    if (maxAge !== undefined && age > (0,duration/* durationMs */.pc)(maxAge))
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${said}, longer than ${(0,phrase/* code */.aY)(maxAge)} (${(0,duration/* durationWords */.Sh)(maxAge)})`,
            url
        };
    return { state: 'pass', summary: maxAge === undefined ? said : (0,phrase/* say */.cv) `${said}, within ${(0,phrase/* code */.aY)(maxAge)}`, url };
}
/** Why the environment is not protected (or cannot be verified); undefined when it is protected. */
async function protectionOf(name, ctx) {
    let env;
    try {
        env = await environment(ctx.gateway, name);
    }
    catch (error) {
        return unknownFromError(error, DEPLOYMENT_ENDPOINTS.environment, 'actions: read');
    }
    if (!env) {
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `could not verify: GitHub knows no environment ${(0,phrase/* code */.aY)(name)} (404)`,
            fix: 'Create the environment (Settings → Environments) or correct `environment`; environments of private repositories need a paid plan.'
        };
    }
    const rules = env.protection_rules ?? [];
    const reviewers = rules.some(r => r.type === 'required_reviewers' && (r.reviewers?.length ?? 1) > 0);
    const policy = env.deployment_branch_policy != null || rules.some(r => r.type === 'branch_policy');
    if (reviewers || policy)
        return undefined;
    const timer = rules.some(r => r.type === 'wait_timer') ? ' (a wait timer alone does not protect it)' : '';
    return {
        state: 'fail',
        summary: (0,phrase/* say */.cv) `the environment ${(0,phrase/* code */.aY)(name)} has neither required reviewers nor a deployment branch policy${timer}`,
        url: env.html_url,
        fix: 'Add required reviewers or a deployment branch policy to the environment (Settings → Environments).'
    };
}

// EXTERNAL MODULE: ./src/checklist/schema.ts
var schema = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/evaluate/metric/source.ts
// Where a `metric` document comes from: a file inside a workflow artifact of the commit's runs, or a
// file in the repository at the gated commit.






/** Most bytes of one metric document the gate reads. */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
const samePath = (a, b) => a.replace(/^\.?\//, '') === b.replace(/^\.?\//, '');
async function artifactDocument(name, path, maxAge, ctx) {
    const sha = ctx.target.sha;
    let lookup;
    try {
        lookup = await (0,artifacts/* findArtifact */.Kc)(ctx.gateway, name, sha);
    }
    catch (error) {
        return { outcome: unknownFromError(error, error.endpoint ?? 'artifacts', 'actions: read') };
    }
    if (!lookup.found)
        return { outcome: missingArtifact(name, lookup.runs, ctx, sha, 'head') };
    const artifact = lookup.artifact;
    const runId = artifact.workflow_run?.id;
    const url = runId
        ? `${ctx.runner.serverUrl}/${ctx.gateway.repo.owner}/${ctx.gateway.repo.repo}/actions/runs/${runId}`
        : undefined;
    const source = (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} in artifact ${(0,phrase/* code */.aY)(name)}`;
    const ageMs = artifact.created_at ? nowOf(ctx) - Date.parse(artifact.created_at) : undefined;
    const age = ageMs === undefined ? undefined : (0,duration/* elapsedWords */.kN)(ageMs);
    if (maxAge !== undefined) {
        if (ageMs === undefined)
            return {
                outcome: {
                    state: 'unknown',
                    summary: (0,phrase/* say */.cv) `could not verify: GitHub gives no creation time for the artifact ${(0,phrase/* code */.aY)(name)}`,
                    fix: 'Re-run the workflow that uploads it.',
                    url
                }
            };
        if (ageMs > (0,duration/* durationMs */.pc)(maxAge))
            return {
                outcome: {
                    state: 'fail',
                    summary: (0,phrase/* say */.cv) `the artifact ${(0,phrase/* code */.aY)(name)} was uploaded ${age} ago, longer than ${(0,phrase/* code */.aY)(maxAge)} (${(0,duration/* durationWords */.Sh)(maxAge)})`,
                    url
                }
            };
    }
    if (artifact.expired)
        return { outcome: expired(name, url) };
    const read = await ctx.gateway.cached(`metric:artifact:${artifact.id}:${path}`, () => readFromArtifact(artifact, path, ctx));
    if ('text' in read)
        return { text: read.text, source, url, age };
    if (read.problem instanceof api_error/* ApiError */.hD && read.problem.status === 410)
        return { outcome: expired(name, url) };
    if (read.problem instanceof api_error/* ApiError */.hD)
        return { outcome: { ...unknownFromError(read.problem, read.problem.endpoint, 'actions: read'), url } };
    if (read.problem instanceof NotInArchive)
        return {
            outcome: {
                state: 'fail',
                summary: (0,phrase/* say */.cv) `the artifact ${(0,phrase/* code */.aY)(name)} holds no ${(0,phrase/* code */.aY)(path)}${read.problem.names.length > 0 ? (0,phrase/* say */.cv) ` (it holds ${(0,phrase/* join */.fj)(read.problem.names.slice(0, 5).map(n => (0,phrase/* code */.aY)(n)))})` : ''}`,
                fix: 'Check `path` against what the workflow uploads.',
                url
            }
        };
    return {
        outcome: {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `could not verify: the artifact ${(0,phrase/* code */.aY)(name)} could not be read: ${read.problem.message}`,
            fix: 'Re-run the workflow that uploads it; report the error if it persists.',
            url
        }
    };
}
class NotInArchive extends Error {
    names;
    constructor(names) {
        super('not in the archive');
        this.names = names;
    }
}
async function readFromArtifact(artifact, path, ctx) {
    const text = __webpack_require__.e(/* import() */ 447).then(__webpack_require__.bind(__webpack_require__, 2447));
    return withArtifactZip(artifact, ctx, text, async (zip) => {
        const { textChunks, allText } = await text;
        const entry = zip.files.find(f => samePath(f.name, path));
        if (!entry)
            return { problem: new NotInArchive(zip.files.map(f => f.name)) };
        return { text: await allText(textChunks(await entry.open(), entry.name, MAX_DOCUMENT_BYTES)) };
    });
}
async function repositoryDocument(path, ctx) {
    let file;
    try {
        file = await ctx.gateway.file(path, ctx.target.sha);
    }
    catch (error) {
        return { outcome: unknownFromError(error, 'GET /repos/{owner}/{repo}/contents/{path}', 'contents: read') };
    }
    if (!file.found) {
        const what = file.reason === 'missing'
            ? 'does not exist'
            : file.reason === 'too-large'
                ? 'is larger than 1 MB'
                : `is a ${file.reason}, not a file`;
        return {
            outcome: {
                state: file.reason === 'missing' ? 'fail' : 'unknown',
                summary: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)} ${what} at ${ctx.target.sha.slice(0, 7)}`,
                fix: 'Check `file`: a path from the repository root.'
            }
        };
    }
    return { text: file.text, source: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(path)}`, url: file.url };
}

;// CONCATENATED MODULE: ./src/evaluate/metric.ts



/**
 * A figure as people write it: at most 4 decimals, no float noise (87.50000001 → 87.5), unless
 * rounding would make it look equal to a bound it is not equal to (79.99999999999999 stays so).
 */
function metric_shown(n, bounds) {
    const rounded = Number(n.toFixed(4));
    return rounded !== n && bounds.includes(rounded) ? String(n) : String(rounded);
}
/**
 * `metric` (docs/check-types.md): the number at `value` in a document (from an artifact of the
 * commit's runs, or a repository file) is within `min` and `max`, both inclusive. A missing value
 * fails naming the path; a document that cannot be read is `unknown`.
 */
async function evaluateMetric(check, ctx) {
    const docPath = (check.file ?? check.path);
    const doc = check.artifact !== undefined
        ? await artifactDocument(check.artifact, docPath, check['max-age'], ctx)
        : await repositoryDocument(docPath, ctx);
    if ('outcome' in doc)
        return doc.outcome;
    const format = (0,schema/* metricFormat */.Ay)(docPath);
    // The CSV and XML parsers load only for a checklist with a metric.
    const { readMetric } = await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(175), __webpack_require__.e(479)]).then(__webpack_require__.bind(__webpack_require__, 8479));
    const reading = readMetric(doc.text, format, { value: check.value, where: check.where });
    if ('unreadable' in reading)
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `could not verify: ${doc.source} ${reading.unreadable}`,
            fix: 'Check the file the workflow writes (open it locally).',
            url: doc.url
        };
    if (!reading.found)
        return { state: 'fail', summary: (0,phrase/* say */.cv) `${reading.why} in ${doc.source}`, url: doc.url };
    const value = metric_shown(reading.value, [check.min, check.max]);
    const name = (0,phrase/* code */.aY)(check.value);
    const from = (0,phrase/* say */.cv) `from ${doc.source}${doc.age ? `, uploaded ${doc.age} ago` : ''}`;
    if (check.min !== undefined && reading.value < check.min)
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${name} ${value} < ${(0,phrase/* code */.aY)('min')} ${check.min} ${from}`,
            url: doc.url
        };
    if (check.max !== undefined && reading.value > check.max)
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${name} ${value} > ${(0,phrase/* code */.aY)('max')} ${check.max} ${from}`,
            url: doc.url
        };
    const bounds = [
        check.min !== undefined ? `≥ ${check.min}` : undefined,
        check.max !== undefined ? `≤ ${check.max}` : undefined
    ]
        .filter(Boolean)
        .join(' and ');
    return { state: 'pass', summary: (0,phrase/* say */.cv) `${name} ${value} ${bounds} ${from}`, url: doc.url };
}

;// CONCATENATED MODULE: ./src/evaluate/workflow.ts




/**
 * `workflow` (docs/check-types.md): the most recently created completed run of the workflow on the
 * branch (and event) has a conclusion in `allow` and, with `max-age`, completed (`updated_at`) within
 * it. None completed but one running → `pending`; none at all → `fail`.
 */
async function evaluateWorkflow(check, ctx) {
    const allow = check.allow ?? ['success'];
    const endpoint = DEPLOYMENT_ENDPOINTS.workflowRuns;
    let branch;
    let completed;
    try {
        branch = check.branch ?? (await ctx.gateway.defaultBranch());
        completed = await newestRun(ctx.gateway, { ...filter(check, branch), status: 'completed' });
    }
    catch (error) {
        return unknownFromError(error, endpoint, 'actions: read');
    }
    const what = (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(String(check.workflow))} on ${(0,phrase/* code */.aY)(branch)}${check.event ? (0,phrase/* say */.cv) ` (${(0,phrase/* code */.aY)(check.event)} events)` : []}`;
    if (completed === 'missing') {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `no workflow ${(0,phrase/* code */.aY)(String(check.workflow))} in the repository`,
            fix: 'Name the workflow by its file name in .github/workflows (e.g. `backup-drill.yml`) or its id.'
        };
    }
    if (!completed) {
        let any;
        try {
            any = await newestRun(ctx.gateway, filter(check, branch));
        }
        catch (error) {
            return unknownFromError(error, endpoint, 'actions: read');
        }
        if (any && any !== 'missing')
            return {
                state: 'pending',
                summary: (0,phrase/* say */.cv) `${what} has not completed a run yet; run #${any.run_number} is ${any.status ?? 'queued'}`,
                url: any.html_url
            };
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${what} never ran`,
            fix: 'Run the workflow (or check `workflow`, `branch` and `event`).'
        };
    }
    const run = completed;
    const conclusion = run.conclusion ?? 'none';
    const age = nowOf(ctx) - Date.parse(run.updated_at);
    const ran = (0,phrase/* say */.cv) `the latest completed run of ${(0,phrase/* code */.aY)(String(check.workflow))} on ${(0,phrase/* code */.aY)(branch)} (#${run.run_number}, ${(0,phrase/* code */.aY)(run.event)}) ended ${(0,phrase/* code */.aY)(conclusion)} ${(0,duration/* elapsedWords */.kN)(age)} ago`;
    if (!allow.includes(conclusion))
        return { state: 'fail', summary: ran, url: run.html_url };
    const maxAge = check['max-age'];
    if (maxAge !== undefined && age > (0,duration/* durationMs */.pc)(maxAge)) {
        return {
            state: 'fail',
            summary: (0,phrase/* say */.cv) `${ran}, longer than ${(0,phrase/* code */.aY)(maxAge)} (${(0,duration/* durationWords */.Sh)(maxAge)})`,
            url: run.html_url
        };
    }
    return {
        state: 'pass',
        summary: maxAge === undefined ? ran : (0,phrase/* say */.cv) `${ran}, within ${(0,phrase/* code */.aY)(maxAge)}`,
        url: run.html_url
    };
}
function filter(check, branch) {
    return { workflow: check.workflow, branch, event: check.event };
}

// EXTERNAL MODULE: ./src/github/permissions.ts
var permissions = __webpack_require__(5435);
;// CONCATENATED MODULE: ./src/github/alert-errors.ts



/**
 * The permission's name for GitHub Apps and fine-grained tokens; the `permissions:` entry of a workflow
 * job comes from the endpoint (GITHUB_TOKEN has none for secret scanning).
 */
const TOKEN_PERMISSION = {
    'code-scanning': 'Code scanning alerts: read',
    'secret-scanning': 'Secret scanning alerts: read',
    dependabot: 'Dependabot alerts: read'
};
const SETTINGS = 'Settings → Advanced Security';
/**
 * How GitHub says that a feature is off (messages as GitHub words them; matched loosely, since the
 * wording has changed over time).
 */
const FEATURE_OFF = [
    {
        kind: 'code-scanning',
        status: 403,
        match: /Advanced Security must be enabled|Code Security or GitHub Advanced Security is not enabled/i,
        reason: 'code scanning is not available on this repository (it needs GitHub Code Security)',
        fix: `Enable GitHub Code Security for the repository (${SETTINGS}), or make this item manual or \`required: false\`.`
    },
    {
        kind: 'code-scanning',
        status: 403,
        match: /Code scanning is not enabled/i,
        reason: 'code scanning is not enabled on this repository',
        fix: `Enable code scanning (${SETTINGS} → Code scanning: default setup, or a CodeQL workflow).`
    },
    {
        kind: 'code-scanning',
        status: 404,
        match: /no analysis found/i,
        reason: 'code scanning has not analysed this repository yet',
        fix: 'Set up code scanning (default setup or a CodeQL workflow that runs on pushes and pull requests) and let it finish an analysis.'
    },
    {
        kind: 'secret-scanning',
        status: 404,
        match: /Secret scanning is disabled/i,
        reason: 'secret scanning is disabled on this repository',
        fix: `Enable secret scanning (${SETTINGS} → Secret Protection), or make this item manual or \`required: false\`.`
    },
    {
        kind: 'dependabot',
        status: 403,
        match: /Dependabot alerts are disabled/i,
        reason: 'Dependabot alerts are disabled on this repository',
        fix: `Enable Dependabot alerts (${SETTINGS} → Dependabot alerts), or make this item manual or \`required: false\`.`
    }
];
/** The fix a GITHUB_TOKEN gets for secret scanning: it can never hold that permission. */
const GITHUB_TOKEN_SECRET_SCANNING_FIX = 'GITHUB_TOKEN can never read secret-scanning alerts: pass a GitHub App or fine-grained token with "Secret scanning alerts: read" as `security-token`.';
/**
 * Why an alert list could not be read, and what to change. `securityToken`: whether the
 * `security-token` input was given (then `permissions:` of the job do not apply to it).
 */
function explainAlertError(error, kind, securityToken) {
    if (error instanceof PagingError)
        return error.explain();
    const what = (0,api_error/* describeFailure */.Ic)(error);
    const tokenPermission = TOKEN_PERMISSION[kind];
    const workflowPermission = (0,permissions/* permissionFor */.T)(error.endpoint);
    const off = FEATURE_OFF.find(f => f.kind === kind && f.status === error.status && f.match.test(error.message));
    if (off)
        return { reason: `${off.reason} (${what})`, fix: off.fix };
    if (error.status === 401) {
        const input = securityToken ? 'security-token' : 'token';
        return {
            reason: what,
            fix: `The token was refused: check that the \`${input}\` input is a valid, unexpired token.`
        };
    }
    const refused = error.status === 403 && !/rate limit/i.test(error.message);
    if (refused || (error.status === 404 && error.acceptedPermissions)) {
        if (securityToken) {
            const admin = kind === 'secret-scanning' ? ' (a fine-grained token must belong to a repository administrator)' : '';
            return {
                reason: what,
                fix: `Give the \`security-token\` "${tokenPermission}" on this repository${admin}.`
            };
        }
        if (kind === 'secret-scanning')
            return { reason: what, fix: GITHUB_TOKEN_SECRET_SCANNING_FIX };
        const key = (0,api_error/* permissionKey */.$5)(error.acceptedPermissions) ?? workflowPermission;
        const grant = key ? `Grant the workflow job \`permissions: { ${key} }\`, or pass` : 'Pass';
        return { reason: what, fix: `${grant} a token with "${tokenPermission}" as \`security-token\`.` };
    }
    return (0,api_error/* explainApiError */.cU)(error);
}

// EXTERNAL MODULE: ./src/github/alerts.ts
var github_alerts = __webpack_require__(960);
;// CONCATENATED MODULE: ./src/evaluate/security.ts






/** How many alerts an item links to before "and N more". */
const SHOWN_ALERTS = 3;
/** A failed read: `unknown` with the reason and the fix for that kind of alert. */
function unknownFromAlertError(error, endpoint, kind, ctx) {
    const { reason, fix } = explainAlertError((0,api_error/* toApiError */.Gv)(error, endpoint), kind, ctx.settings.securityToken !== '');
    return { state: 'unknown', summary: (0,phrase/* say */.cv) `could not verify: ${reason}`, fix };
}
/** Severities at or above `min`, most severe first. */
function severitiesFrom(min) {
    return github_alerts/* SEVERITIES */.oC.slice(0, github_alerts/* SEVERITIES */.oC.indexOf(min) + 1);
}
const RULE_SEVERITY = { error: 'high', warning: 'medium', note: 'low' };
/**
 * A code-scanning alert's severity: its security severity when it has one, else the rule's severity
 * mapped error→high, warning→medium, note→low; an alert with neither counts as low (never dropped).
 */
function codeScanningSeverity(alert) {
    return alert.rule.security_severity_level ?? RULE_SEVERITY[alert.rule.severity ?? ''] ?? 'low';
}
/** Open on the asked ref: the alert is open, and so is its most recent instance on that ref. */
function openOnRef(alert) {
    return alert.state === 'open' && (alert.most_recent_instance?.state ?? 'open') === 'open';
}
/**
 * The ref whose code-scanning results apply (code scanning keeps results per ref, not per commit): a
 * PR's merge ref (`refs/pull/N/merge`, so alerts the PR introduces count), a merge group's base branch,
 * an audited branch or tag. An audited bare SHA has no ref to ask about.
 */
function codeScanningRef(ctx) {
    const { target } = ctx;
    if (target.pr)
        return `refs/pull/${target.pr.number}/merge`;
    if (target.auditedRef)
        return target.auditedRef;
    if (target.branch)
        return `refs/heads/${target.branch}`;
    return undefined;
}
/**
 * Code scanning keeps each configuration's alerts (a tool and a category, e.g. one CodeQL language)
 * from that configuration's latest upload: the newest analysis of each is what the alert list is about.
 */
function newestPerConfiguration(analyses) {
    const newest = new Map();
    for (const a of analyses) {
        const key = `${a.tool?.name ?? ''}\u0000${a.category ?? `${a.analysis_key ?? ''}${a.environment ?? ''}`}`;
        const seen = newest.get(key);
        if (!seen || a.created_at > seen.created_at || (a.created_at === seen.created_at && a.id > seen.id))
            newest.set(key, a);
    }
    return [...newest.values()];
}
const COMMIT = 'GET /repos/{owner}/{repo}/commits/{ref}';
/**
 * The configurations whose newest analysis is not about the gated commit. An audit's results must be
 * of the audited commit; a PR's (on `refs/pull/N/merge`) of a merge commit of its head — the current
 * test merge commit, or one made before the base branch moved (its parents are the base and the head).
 * A merge group is judged on its base branch's results, which are never of the group's own commit.
 */
async function staleConfigurations(configs, ctx) {
    const { target } = ctx;
    if (target.kind === 'merge-group')
        return [];
    const about = async (sha) => {
        if (sha === target.sha)
            return true;
        if (!target.pr)
            return 'an older commit';
        try {
            const parents = (await ctx.gateway.commit(sha)).parents ?? [];
            return parents.some(p => p.sha === target.sha) || 'not a merge of this head';
        }
        catch (error) {
            // A commit GitHub no longer knows cannot be shown to be a merge of this head.
            const e = (0,api_error/* toApiError */.Gv)(error, COMMIT);
            if (e.status === 404 || e.status === 422)
                return `which GitHub does not know (${e.endpoint} answered ${e.status})`;
            throw error;
        }
    };
    const checked = await Promise.all(configs.map(async (analysis) => {
        const verdict = await about(analysis.commit_sha);
        return verdict === true ? [] : [{ analysis, why: verdict }];
    }));
    return checked.flat();
}
/**
 * No analysis of the gated commit: the ref was never analysed, or each configuration named in `stale`
 * last analysed another commit, so the alert list is not about this one. Pending while other checks
 * (the code-scanning workflow among them) still run or `wait-timeout` still runs; then fail.
 */
async function noAnalysis(ref, ctx, stale, configurations) {
    const { target } = ctx;
    const short = (0,phrase/* code */.aY)(target.sha.slice(0, 7));
    let summary;
    if (stale.length === 0) {
        summary = (0,phrase/* say */.cv) `code scanning has not analysed ${(0,phrase/* code */.aY)(ref)} yet, so its alert list proves nothing`;
    }
    else {
        const { analysis: first, why } = stale[0];
        const tool = first.tool?.name ? (0,phrase/* say */.cv) ` by ${(0,phrase/* code */.aY)(first.tool.name)}` : [];
        const category = configurations > 1 && first.category ? (0,phrase/* say */.cv) ` (${(0,phrase/* code */.aY)(first.category)})` : [];
        const more = stale.length > 1 ? ` (and ${stale.length - 1} more configuration${stale.length > 2 ? 's' : ''})` : '';
        summary = (0,phrase/* say */.cv) `code scanning has no analysis of ${short}${target.pr ? ` (head of #${target.pr.number})` : ''} on ${(0,phrase/* code */.aY)(ref)}: the newest${tool}${category} is of ${(0,phrase/* code */.aY)(first.commit_sha.slice(0, 7))}, ${why}${more}, so its alerts are not about this commit`;
    }
    let running = false;
    try {
        running = await othersStillRunning(ctx);
    }
    catch {
        // Without `checks: read` nothing is known to be running: the missing analysis stands.
    }
    if (running || ctx.waiting) {
        const why = running ? (0,phrase/* say */.cv) `other checks are still running` : [(0,phrase/* code */.aY)('wait-timeout')];
        return { state: 'pending', summary: (0,phrase/* say */.cv) `${summary}; waiting for the analysis (${why})` };
    }
    return {
        state: 'fail',
        summary,
        fix: target.pr
            ? "Let the code-scanning workflow analyse the PR's latest commit (it runs on `pull_request`), then re-run the gate; to re-evaluate when an analysis lands, also run the gate on `workflow_run` of that workflow."
            : `Run the code-scanning workflow on \`${ref}\` so that it analyses \`${target.sha.slice(0, 7)}\`, then run the gate again.`
    };
}
/** `code-scanning` (docs/check-types.md): open alerts at or above `severity` on the gated ref, at most `max`. */
async function evaluateCodeScanning(check, ctx) {
    const min = check.severity ?? 'high';
    const max = check.max ?? 0;
    const ref = codeScanningRef(ctx);
    if (!ref) {
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `code scanning keeps its results per branch, tag or pull request, not per commit: ${(0,phrase/* code */.aY)(ctx.target.sha.slice(0, 7))} has no ref to ask about`,
            fix: 'Audit a branch or a tag (e.g. `ref: main`), or run the audit on a branch.'
        };
    }
    let configs;
    try {
        configs = newestPerConfiguration(await (0,github_alerts/* codeScanningAnalyses */.V0)(ctx.securityGateway, ref, check.tool));
    }
    catch (error) {
        return unknownFromAlertError(error, github_alerts/* CODE_SCANNING_ANALYSES */.HH, 'code-scanning', ctx);
    }
    let stale;
    try {
        stale = await staleConfigurations(configs, ctx);
    }
    catch (error) {
        return unknownFromError(error, COMMIT, 'contents: read');
    }
    if (configs.length === 0 || stale.length > 0)
        return noAnalysis(ref, ctx, stale, configs.length);
    let alerts;
    try {
        alerts = await (0,github_alerts/* openCodeScanningAlerts */.wX)(ctx.securityGateway, ref, check.tool);
    }
    catch (error) {
        return unknownFromAlertError(error, github_alerts/* CODE_SCANNING_ALERTS */.KY, 'code-scanning', ctx);
    }
    const wanted = new Set(severitiesFrom(min));
    const counted = alerts
        .filter(a => openOnRef(a) && (!check.tool || a.tool?.name === undefined || a.tool.name === check.tool))
        .map(a => ({ alert: a, severity: codeScanningSeverity(a) }))
        .filter(a => wanted.has(a.severity))
        .sort((a, b) => github_alerts/* SEVERITIES */.oC.indexOf(a.severity) - github_alerts/* SEVERITIES */.oC.indexOf(b.severity));
    const shown = counted.map(({ alert, severity }) => ({
        number: alert.number,
        url: alert.html_url,
        severity,
        what: [(0,phrase/* code */.aY)(alert.rule.id ?? alert.rule.name ?? 'rule')]
    }));
    const tool = check.tool ? (0,phrase/* say */.cv) ` from ${(0,phrase/* code */.aY)(check.tool)}` : [];
    const query = ctx.target.pr
        ? `is:open pr:${ctx.target.pr.number}`
        : ref.startsWith('refs/heads/')
            ? `is:open branch:${ref.slice('refs/heads/'.length)}`
            : 'is:open';
    return verdict({
        noun: 'code-scanning alert',
        scope: (0,phrase/* say */.cv) ` at or above ${min}${tool} on ${(0,phrase/* code */.aY)(ref)}`,
        max,
        shown,
        list: securityUrl(ctx, `code-scanning?query=${encodeURIComponent(query)}`)
    });
}
/** `secret-scanning` (docs/check-types.md): open alerts of the repository, at most `max`. Never shows a secret. */
async function evaluateSecretScanning(check, ctx) {
    let alerts;
    try {
        alerts = await (0,github_alerts/* openSecretScanningAlerts */.nl)(ctx.securityGateway);
    }
    catch (error) {
        return unknownFromAlertError(error, github_alerts/* SECRET_SCANNING_ALERTS */.Lt, 'secret-scanning', ctx);
    }
    const shown = alerts
        .filter(a => a.state === 'open')
        .map(a => ({
        number: a.number,
        url: a.html_url,
        what: [(0,phrase/* code */.aY)(a.secret_type_display_name ?? a.secret_type ?? 'secret')]
    }));
    return verdict({
        noun: 'secret-scanning alert',
        scope: [],
        max: check.max ?? 0,
        shown,
        list: securityUrl(ctx, 'secret-scanning')
    });
}
/** `dependabot` (docs/check-types.md): open Dependabot alerts at or above `severity`, at most `max`. */
async function evaluateDependabot(check, ctx) {
    const min = check.severity ?? 'high';
    const severities = severitiesFrom(min);
    let alerts;
    try {
        alerts = await (0,github_alerts/* openDependabotAlerts */.OA)(ctx.securityGateway, severities);
    }
    catch (error) {
        return unknownFromAlertError(error, github_alerts/* DEPENDABOT_ALERTS */.TW, 'dependabot', ctx);
    }
    const wanted = new Set(severities);
    const shown = alerts
        .filter(a => a.state === 'open' && wanted.has(a.security_advisory.severity))
        .map(a => ({
        number: a.number,
        url: a.html_url,
        severity: a.security_advisory.severity,
        what: (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(a.dependency.package?.name ?? 'dependency')} ${(0,phrase/* code */.aY)(a.security_advisory.ghsa_id)}`
    }))
        .sort((a, b) => github_alerts/* SEVERITIES */.oC.indexOf(a.severity) - github_alerts/* SEVERITIES */.oC.indexOf(b.severity));
    return verdict({
        noun: 'Dependabot alert',
        scope: [` at or above ${min}`],
        max: check.max ?? 0,
        shown,
        list: securityUrl(ctx, `dependabot?q=${encodeURIComponent('is:open')}`)
    });
}
function securityUrl(ctx, path) {
    const { serverUrl, owner, repo } = ctx.runner;
    return `${serverUrl}/${owner}/${repo}/security/${path}`;
}
/** Pass when the counted alerts are at most `max`; the text counts them by severity and links a few. */
function verdict(args) {
    const { noun, scope, max, shown, list } = args;
    const n = shown.length;
    const allowed = max > 0 ? ` (at most ${max} allowed)` : '';
    if (n === 0)
        return { state: 'pass', summary: (0,phrase/* say */.cv) `no open ${noun}s${scope}`, url: list };
    const bySeverity = github_alerts/* SEVERITIES */.oC.map(s => [s, shown.filter(a => a.severity === s).length])
        .filter(([, count]) => count > 0)
        .map(([s, count]) => `${count} ${s}`);
    const counts = bySeverity.length > 0 ? `: ${bySeverity.join(', ')}` : '';
    const links = shown
        .slice(0, SHOWN_ALERTS)
        .map(a => (0,phrase/* say */.cv) `${(0,phrase/* link */.nf)(`#${a.number}`, a.url)} ${a.what}${a.severity ? ` (${a.severity})` : ''}`);
    const more = n > SHOWN_ALERTS ? ` and ${n - SHOWN_ALERTS} more` : '';
    return {
        state: n <= max ? 'pass' : 'fail',
        summary: (0,phrase/* say */.cv) `${n} open ${noun}${n === 1 ? '' : 's'}${scope}${allowed}${counts} — ${(0,phrase/* join */.fj)(links)}${more}`,
        url: n > max && n === 1 ? shown[0].url : list
    };
}

;// CONCATENATED MODULE: ./src/evaluate/evaluators.ts












const EVALUATORS = {
    checks: evaluateChecks,
    file: evaluateFile,
    reviews: evaluateReviews,
    'branch-rules': evaluateBranchRules,
    coverage: evaluateCoverage,
    'code-scanning': evaluateCodeScanning,
    'secret-scanning': evaluateSecretScanning,
    dependabot: evaluateDependabot,
    items: evaluateItems,
    http: evaluateHttp,
    workflow: evaluateWorkflow,
    deployment: evaluateDeployment,
    metric: evaluateMetric
};
/** Runs the evaluator of the check's type; a type this version cannot verify is `unknown`, never a pass. */
async function evaluateCheck(check, ctx) {
    const evaluator = EVALUATORS[check.type];
    if (!evaluator) {
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `the ${(0,phrase/* code */.aY)(check.type)} check type is not supported by this version of Readiness Gate`,
            fix: 'Update the action to a version that supports it, or make the item manual.'
        };
    }
    try {
        return await evaluator(check, ctx);
    }
    catch (error) {
        // An evaluator bug must not pass or crash the gate: the item cannot be verified.
        return {
            state: 'unknown',
            summary: (0,phrase/* say */.cv) `could not verify: ${error.message}`,
            fix: 'Re-run the job; report the error if it persists.'
        };
    }
}

;// CONCATENATED MODULE: ./src/evaluate/manual.ts

/**
 * A manual item is outstanding until a sign-off attests it: by comment on the PR (or launch issue)
 * or committed as `signoff`, the two being alternatives. A committed sign-off holds through its
 * `expires` date inclusive (UTC); one by comment while its comment stands, not revoked, and not
 * older than `signoff-max-age`.
 */
function evaluateManual(item, ctx) {
    const { today, comment, maxAge, lineUrl } = typeof ctx === 'string' ? { today: ctx } : ctx;
    const owner = item.owner ? (0,phrase/* say */.cv) ` by ${(0,phrase/* code */.aY)(item.owner)}` : [];
    if (comment && !comment.expired) {
        const day = comment.at.slice(0, 10);
        return {
            state: 'signed-off',
            summary: (0,phrase/* say */.cv) `signed off by ${(0,phrase/* code */.aY)(`@${comment.by}`)} on ${day} in ${(0,phrase/* link */.nf)('a comment', comment.url)}${comment.note ? ` (${comment.note})` : ''}`,
            signoff: {
                by: `@${comment.by}`,
                at: comment.at,
                source: 'comment',
                url: comment.url,
                note: comment.note ?? null
            }
        };
    }
    const s = item.signoff;
    const box = item.checkbox?.unverified;
    const expiredComment = comment?.expired
        ? (0,phrase/* say */.cv) `sign-off by ${(0,phrase/* code */.aY)(`@${comment.by}`)} on ${comment.at.slice(0, 10)} is older than ${(0,phrase/* code */.aY)(`signoff-max-age: ${maxAge ?? ''}`)}; `
        : [];
    if (!s && box)
        return { state: box.state, summary: (0,phrase/* say */.cv) `${expiredComment}${box.reason}${owner}`, fix: box.fix };
    if (!s)
        return { state: 'manual', summary: (0,phrase/* say */.cv) `${expiredComment}awaiting sign-off${owner}` };
    if (s.expires !== undefined && today > s.expires) {
        return {
            state: 'manual',
            summary: (0,phrase/* say */.cv) `${expiredComment}sign-off by ${(0,phrase/* code */.aY)(s.by)} expired on ${s.expires}; sign off again${owner}`
        };
    }
    const until = s.expires ? `, valid until ${s.expires}` : '';
    const note = s.note ? ` (${s.note})` : '';
    // A box checked in a Markdown checklist links to its commit; a YAML sign-off to its line.
    const url = s.url ?? lineUrl?.(item.line) ?? null;
    return {
        state: 'signed-off',
        summary: (0,phrase/* say */.cv) `signed off by ${(0,phrase/* code */.aY)(s.by)} on ${s.date}${until}${note}`,
        ...(s.url ? { url: s.url } : {}),
        signoff: { by: s.by, at: s.date, source: 'checklist', url, note: s.note ?? null }
    };
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate-checklist.ts






/**
 * Evaluates every leaf concurrently (the gateway shares identical reads), then takes the verdict.
 * An `items` roll-up waits for the outcomes of the leaves it names: each leaf's outcome (waiver
 * included) is one shared promise, so what a roll-up names is evaluated first (the parser refuses
 * cycles; one that slipped through would be `unknown`, not a hang).
 *
 * `onLeaf` hears of each leaf as its outcome is known (the CLI's progress).
 */
async function evaluateChecklist(checklist, ctx, onLeaf) {
    const index = (0,references/* indexChecklist */.T9)(checklist);
    const attestations = Promise.resolve(ctx.attestations);
    const waivers = attestations.then(a => waiversByPath(checklist, ctx, a));
    const waiverOf = async (entry) => entry.required ? (await waivers).get(entry.path) : undefined;
    const outcomes = new Map();
    const outcomeOf = (entry) => {
        let outcome = outcomes.get(entry.path);
        if (!outcome) {
            outcome = ownOutcome(entry).then(async (own) => {
                const waiver = await waiverOf(entry);
                return waiver ? waived(own, waiver) : own;
            });
            // Awaited later (a leaf asks before its waiver is known): a failure meanwhile is not unhandled.
            outcome.catch(() => { });
            outcomes.set(entry.path, outcome);
        }
        return outcome;
    };
    const ownOutcome = async (entry) => {
        const { item } = entry;
        if (!item.check) {
            return evaluateManual(item, {
                today: ctx.today,
                comment: (await attestations)?.signoffs.get(entry.path),
                maxAge: checklist.signoffMaxAge,
                lineUrl: line => lineUrl(ctx, line)
            });
        }
        if (item.check.type !== 'items')
            return evaluateCheck(item.check, ctx);
        const named = async (check) => {
            if ((0,references/* rollUpCycle */.Pm)(entry, index))
                throw new Error('the roll-up names itself');
            const leaves = (0,references/* namedLeaves */.Gb)(check, index).leaves.filter(l => l.required);
            return Promise.all(leaves.map(async (l) => ({ path: l.path, id: l.item.id, state: (await outcomeOf(l)).state })));
        };
        return evaluateCheck(item.check, { ...ctx, named });
    };
    const leaves = await Promise.all([...index.byPath.values()]
        .filter(entry => !entry.item.items)
        .map(async (entry) => {
        const groups = groupsOf(entry, index);
        // The evidence is asked for first: a waiver waits for every comment, the evidence need not.
        const outcome = outcomeOf(entry);
        const waiver = await waiverOf(entry);
        const leaf = {
            item: entry.item,
            path: entry.path,
            section: entry.section,
            groups: groups.map(g => g.title),
            required: entry.required,
            outcome: await outcome,
            ...(waiver ? { waiver } : {})
        };
        onLeaf?.(leaf);
        return leaf;
    }));
    return { leaves, verdict: (0,states/* verdictOf */.Vj)(leaves.filter(l => l.required).map(l => l.outcome.state)) };
}
/** The groups above an entry, outermost first, from its path. */
function groupsOf(entry, index) {
    const ids = entry.path.split('/');
    return ids.slice(0, -1).map((_, i) => index.byPath.get(ids.slice(0, i + 1).join('/')).item);
}
/** A waived item that would block reads `waived`, keeping what it found; one that holds anyway keeps its state. */
function waived(own, w) {
    if (!states/* OPEN_STATES */.oX.includes(own.state))
        return own;
    return {
        state: 'waived',
        summary: (0,phrase/* say */.cv) `waived by ${(0,phrase/* code */.aY)(w.by)} until ${w.until}${w.url ? (0,phrase/* say */.cv) ` in ${(0,phrase/* link */.nf)('a comment', w.url)}` : ''}: ${w.reason} (by itself: ${own.state} — ${own.summary})`,
        url: own.url
    };
}
/**
 * The waivers that hold today, by leaf path: committed ones (a group stands for its required
 * leaves), then those given by comment, which are later and win.
 */
function waiversByPath(checklist, ctx, attestations) {
    const out = new Map();
    for (const w of checklist.waivers ?? []) {
        const found = (0,lookup/* findItem */.Rm)(checklist, w.item);
        if (!found || w.until < ctx.today)
            continue;
        for (const leaf of (0,lookup/* leavesOf */.wf)(found).filter(l => l.required)) {
            out.set(leaf.path, {
                by: w.by,
                until: w.until,
                reason: w.reason,
                source: 'checklist',
                url: lineUrl(ctx, w.line) ?? null
            });
        }
    }
    for (const [path, w] of attestations?.waivers ?? []) {
        if (w.until < ctx.today)
            continue;
        out.set(path, { by: `@${w.by}`, until: w.until, reason: w.reason, source: 'comment', url: w.url ?? null });
    }
    return out;
}
/** A line of the committed checklist on the web, where the run knows its server. */
function lineUrl(ctx, line) {
    const { runner, target, settings } = ctx;
    if (!runner?.serverUrl)
        return undefined;
    return `${runner.serverUrl}/${runner.owner}/${runner.repo}/blob/${target.checklistRef}/${settings.checklistPath}#L${line}`;
}

;// CONCATENATED MODULE: ./src/gate/report-target.ts














/** How long before a waiver ends the run warns. */
const WAIVER_WARNING_DAYS = 7;
/** A waiver that ends within a week is said in time: then the item blocks again. */
function waiverWarnings(evaluation, today) {
    const soon = (0,semantics/* addDays */.fi)(today, WAIVER_WARNING_DAYS);
    return evaluation.leaves
        .filter(l => l.required && l.waiver && l.waiver.until <= soon)
        .map(l => `The waiver of \`${l.path}\` ends on ${l.waiver?.until ?? ''}: after that the item counts by its own state (${l.outcome.state === 'waived' ? 'today it would block' : 'today it holds anyway'}). Renew or resolve it.`);
}
/**
 * One target through the engine's reading half — checklist → evidence → verdict → report — without
 * publishing anything: the action publishes the result (`gateTarget`), the CLI prints it.
 */
async function reportTarget(clients, settings, runner, target, options = {}) {
    const gh = clients.main;
    const repo = { owner: runner.owner, repo: runner.repo };
    const gateway = new Gateway(gh, repo);
    const today = new Date().toISOString().slice(0, 10);
    const { local } = options;
    const source = local
        ? { path: local.file, ref: 'local', label: 'local file' }
        : { path: settings.checklistPath, ref: target.checklistRef, label: target.checklistRefLabel };
    const base = { repo: `${runner.owner}/${runner.repo}`, target, checklist: source, runUrl: runUrl(runner) };
    const loaded = local
        ? await localChecklist(local, today)
        : await loadChecklist(gateway, settings.checklistPath, target, today);
    if (!loaded.ok)
        return {
            report: buildErrorReport(loaded.errors, base),
            errors: loaded.errors,
            warnings: [],
            runWarnings: [],
            attestations: noAttestations()
        };
    // The PR head's copy of the checklist is read beside the evidence, not after it, and parsed only
    // when its text differs from the copy the verdict uses (a 2,000-item checklist takes a while).
    const edit = local
        ? undefined
        : handledLater(sameText(gateway, settings.checklistPath, target).then(same => same ? undefined : checklistEdit(gateway, settings.checklistPath, target, loaded.checklist, today)));
    // Comments are read while the checks are evaluated: only manual items and waivers wait for them.
    const reading = handledLater(readAttestations(loaded.checklist, target, commandIssue(target, settings.signoffIssue), {
        gateway,
        members: new Gateway(clients.members ?? gh, repo),
        membersToken: settings.membersToken !== '',
        comments: target.pr ? options.comments : undefined
    }, Date.now()));
    options.onLoaded?.((0,lookup/* allLeaves */.Kg)(loaded.checklist).length);
    const evaluation = await evaluateUntilFinal(settings.waitTimeoutSeconds, options.log ?? logLine, waiting => evaluateChecklist(loaded.checklist, {
        target,
        gateway: new Gateway(gh, repo),
        securityGateway: new Gateway(clients.security, repo),
        settings,
        runner,
        today,
        waiting,
        now: Date.now(),
        attestations: reading.then(a => a.attestations)
    }, options.onLeaf));
    const attested = await reading;
    const { attestations } = attested;
    const runWarnings = [...(attested.warning ? [attested.warning] : []), ...waiverWarnings(evaluation, today)];
    const warnings = (0,semantics/* checkWarnings */.sq)(loaded.checklist).map(w => ({ file: source.path, ref: source.label, ...w }));
    const report = buildReport(evaluation, {
        ...base,
        title: loaded.checklist.title,
        edit: await edit,
        warnings: [...warnings.map(config_error/* formatConfigError */.Y), ...runWarnings],
        judgements: attestations.judgements
    });
    return { report, errors: [], warnings, runWarnings, attestations };
}
/**
 * A checklist from disk. A checked box in it signs nothing off: who checked it is known only from
 * the blame of a committed copy, so the item stays outstanding.
 */
async function localChecklist(local, today) {
    const parsed = await (0,parse_file/* parseChecklistFile */._)(local.text, { file: local.file, today });
    if (!parsed.ok)
        return parsed;
    const visit = (item) => {
        item.items?.forEach(visit);
        if (item.checkbox?.checked && !item.check && !item.signoff)
            item.checkbox.unverified = {
                state: 'manual',
                reason: (0,phrase/* say */.cv) `the box is checked in the local file ${(0,phrase/* code */.aY)(local.file)}, which signs nothing off`,
                fix: 'Commit the checked box to the branch the gate reads: the author of that commit signs off.'
            };
    };
    parsed.checklist.sections.forEach(s => s.items.forEach(visit));
    return parsed;
}
/** Whether the PR head's copy of the checklist is, to the byte, the copy the verdict is judged by. */
async function sameText(gateway, path, target) {
    const head = target.pr?.headSha;
    if (!head || head === target.checklistRef)
        return false;
    try {
        const [judged, headCopy] = await Promise.all([
            gateway.file(path, target.checklistRef),
            gateway.file(path, head)
        ]);
        return judged.found && headCopy.found && judged.text === headCopy.text;
    }
    catch {
        return false; // checklistEdit reads it again and says what it can.
    }
}
/** First poll delay; doubles up to POLL_MAX_MS. Settable so tests need not wait in real time. */
const pollMs = () => Number(process.env.READINESS_GATE_POLL_MS ?? 5000);
const POLL_MAX_MS = 60_000;
/**
 * With `wait-timeout`, re-evaluates (asking GitHub again, on purpose) while the verdict is pending
 * and time remains; the last evaluation no longer waits, so evidence that never appeared fails.
 */
async function evaluateUntilFinal(waitSeconds, log, evaluate) {
    const deadline = Date.now() + waitSeconds * 1000;
    let delay = pollMs();
    for (let poll = 1;; poll++) {
        const canWait = Date.now() + delay <= deadline;
        const evaluation = await evaluate(canWait);
        if (evaluation.verdict !== 'pending' || !canWait)
            return evaluation;
        const pending = evaluation.leaves.filter(l => l.outcome.state === 'pending').map(l => l.item.id);
        log(`Poll ${poll}: still pending (${pending.join(', ')}); checking again in ${Math.round(delay / 1000)}s.`);
        await new Promise(resolve => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, POLL_MAX_MS);
    }
}
function runUrl(runner) {
    if (!runner.runId)
        return undefined;
    const attempt = runner.runAttempt > 1 ? `/attempts/${runner.runAttempt}` : '';
    return `${runner.serverUrl}/${runner.owner}/${runner.repo}/actions/runs/${runner.runId}${attempt}`;
}

;// CONCATENATED MODULE: ./src/settings.ts
/** Reads and checks every input; `getInput` returns '' for an input that was not given. */
function readSettings(getInput) {
    const errors = [];
    const input = (name, fallback) => getInput(name).trim() || fallback;
    const oneOf = (name, allowed, fallback) => {
        const value = input(name, fallback);
        if (allowed.includes(value))
            return value;
        errors.push({
            file: 'action inputs',
            message: `input \`${name}\` is \`${value}\`; expected one of ${allowed.map(a => `\`${a}\``).join(', ')}`,
            fix: `Set \`${name}\` in the workflow step's \`with:\` to one of those values.`
        });
        return fallback;
    };
    const token = getInput('token').trim();
    if (!token) {
        errors.push({
            file: 'action inputs',
            message: 'input `token` is empty',
            fix: 'Leave `token` at its default (`${{ github.token }}`) or pass a token with the permissions listed in docs/permissions.md.'
        });
    }
    const waitText = input('wait-timeout', '0');
    const wait = Number(waitText);
    if (!/^\d+$/.test(waitText) || !Number.isSafeInteger(wait)) {
        errors.push({
            file: 'action inputs',
            message: `input \`wait-timeout\` is \`${waitText}\`; expected a whole number of seconds`,
            fix: 'Set `wait-timeout` to e.g. `0` (do not wait) or `600`.'
        });
    }
    const checkName = input('check-name', 'Readiness gate');
    if (checkName.length > 100) {
        errors.push({
            file: 'action inputs',
            message: 'input `check-name` is longer than 100 characters',
            fix: 'Use a shorter name: it is the status context that rulesets require.'
        });
    }
    const issueText = getInput('signoff-issue').trim().replace(/^#/, '');
    if (issueText && !/^[1-9]\d{0,9}$/.test(issueText)) {
        errors.push({
            file: 'action inputs',
            message: `input \`signoff-issue\` is \`${issueText}\`; expected an issue number`,
            fix: 'Set `signoff-issue` to the number of the launch issue, e.g. `7`, or leave it empty.'
        });
    }
    const settings = {
        checklistPath: input('checklist', '.github/readiness.yml').replace(/^\.?\//, ''),
        token,
        checklistRef: oneOf('checklist-ref', ['base', 'head'], 'base'),
        ref: getInput('ref').trim(),
        securityToken: getInput('security-token').trim(),
        checkName,
        status: oneOf('status', ['commit-status', 'check-run', 'both', 'none'], 'commit-status'),
        comment: oneOf('comment', ['auto', 'never'], 'auto'),
        failOn: oneOf('fail-on', ['blocking', 'never'], 'blocking'),
        waitTimeoutSeconds: Number.isSafeInteger(wait) ? wait : 0,
        membersToken: getInput('members-token').trim(),
        signoffIssue: issueText && /^[1-9]\d{0,9}$/.test(issueText) ? Number(issueText) : undefined
    };
    return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}

// EXTERNAL MODULE: ./src/text/terminal.ts
var terminal = __webpack_require__(1555);
// EXTERNAL MODULE: ./src/cli/checklist-file.ts
var checklist_file = __webpack_require__(6525);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/terminal.ts + 2 modules
var cli_terminal = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/audit.ts












/** The exit code of a report: 0 pass, 1 fail, 2 pending, 3 a configuration error. */
function exitCodeOf(report) {
    if (report.errors.length > 0)
        return cli_io/* EXIT */.d.error;
    return cli_io/* EXIT */.d[report.result];
}
/**
 * `audit`: the action's engine on a repository named on the command line — the target, the
 * checklist, the evidence, the verdict and the report — with nothing posted. The report goes to
 * stdout (terminal text, or `--json`: the action's JSON report), progress to stderr.
 */
async function audit(options, io) {
    const c = io.errColor;
    const fail = (message, fix) => {
        io.err(`${c.red('error:')} ${(0,terminal/* terminalSafe */.k)(message)}`);
        if (fix)
            io.err(`${c.dim('fix:')} ${(0,terminal/* terminalSafe */.k)(fix)}`);
        return cli_io/* EXIT */.d.error;
    };
    const progress = (line) => {
        if (!options.quiet)
            io.err(c.dim((0,terminal/* terminalSafe */.k)(line)));
    };
    const [owner, name, ...rest] = options.repo.split('/');
    if (!owner || !name || rest.length > 0)
        return fail(`--repo is \`${options.repo}\`; expected owner/name`, 'e.g. --repo acme/shop');
    const named = {};
    if (options.pr !== undefined) {
        if (!/^[1-9]\d*$/.test(options.pr))
            return fail(`--pr is \`${options.pr}\`; expected a PR number`);
        named.pr = Number(options.pr);
    }
    if (options.ref !== undefined)
        named.ref = options.ref;
    const token = (io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '').trim();
    if (!token)
        return fail('no token: set GITHUB_TOKEN or GH_TOKEN', 'e.g. `GITHUB_TOKEN=$(gh auth token) readiness-gate audit …`; the token needs the read permissions that `readiness-gate explain` lists.');
    const inputs = {
        token,
        checklist: options.checklist,
        'check-name': options.checkName,
        'wait-timeout': options.waitTimeout,
        status: 'none',
        comment: 'never'
    };
    const read = readSettings(input => inputs[input] ?? '');
    if (!read.ok)
        return fail(read.errors.map(e => (0,config_error/* formatConfigError */.Y)(e).replace(/^action inputs: input /, 'option ')).join(' '));
    const settings = read.settings;
    let local;
    if (options.checklistFile !== undefined) {
        const text = await (0,checklist_file/* readText */.yR)(options.checklistFile, io);
        if (!text.ok)
            return fail((0,config_error/* formatConfigError */.Y)(text.errors[0]));
        local = { file: options.checklistFile, text: text.text };
    }
    const apiUrl = (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runner = {
        eventName: '',
        payload: {},
        owner,
        repo: name,
        sha: '',
        ref: '',
        job: '',
        runId: 0,
        runAttempt: 1,
        runnerName: '',
        serverUrl: (io.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl,
        runnerTemp: (0,external_node_os_.tmpdir)()
    };
    let refused;
    const base = patienceFromEnv(io.env);
    const client = createGitHub({
        token,
        baseUrl: apiUrl,
        log: line => progress(line),
        patience: { ...base, budgetSeconds: base.budgetSeconds + settings.waitTimeoutSeconds },
        onRefused: error => (refused ??= error.message)
    });
    try {
        const resolved = await namedTarget(runner, settings, new Gateway(client, { owner, repo: name }), named);
        if ('error' in resolved)
            return fail(resolved.error.replace(/^Readiness gate: /, ''));
        for (const w of resolved.warnings)
            io.err(`${c.yellow('warning:')} ${(0,terminal/* terminalSafe */.k)(w)}`);
        const { target } = resolved;
        progress(`${owner}/${name}: ${target.pr ? `PR #${target.pr.number} at ${target.sha.slice(0, 7)}` : target.checklistRefLabel}; checklist ${local ? local.file : `${settings.checklistPath} at ${target.checklistRefLabel}`}`);
        let total = 0;
        let done = 0;
        const { report } = await reportTarget({ main: client, security: client }, settings, runner, target, {
            local,
            log: progress,
            onLoaded: n => {
                total = n;
                progress(`Evaluating ${n} item${n === 1 ? '' : 's'}…`);
            },
            onLeaf: leaf => progress(`  [${++done}/${total}] ${leaf.path}: ${leaf.outcome.state}`)
        });
        if (refused)
            return fail(`could not reach ${apiUrl}: ${refused}`, api_error/* REFUSED_FIX */.HY);
        io.out(options.json ? JSON.stringify(report, null, 2) : (0,cli_terminal/* terminalReport */.R)(report, io.color));
        return exitCodeOf(report);
    }
    catch (error) {
        if (refused)
            return fail(`could not reach ${apiUrl}: ${refused}`, api_error/* REFUSED_FIX */.HY);
        if (error instanceof api_error/* ApiError */.hD) {
            const { reason, fix } = (0,api_error/* explainApiError */.cU)(error);
            return fail(reason, fix);
        }
        return fail(error instanceof Error ? error.message : String(error));
    }
}


/***/ }),

/***/ 3307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ ReportError),
/* harmony export */   B6: () => (/* binding */ formatThreshold),
/* harmony export */   Pz: () => (/* binding */ mergeInto),
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   _V: () => (/* binding */ addUnit),
/* harmony export */   fm: () => (/* binding */ FORMAT_LABEL),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   sW: () => (/* binding */ formatsFor),
/* harmony export */   sX: () => (/* binding */ emptyFile)
/* harmony export */ });
/* unused harmony export FORMAT_ORDER */
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


/***/ }),

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mayHoldCommands)
/* harmony export */ });
/**
 * Whether a comment may hold a `/readiness` command: a first, cheap look (events, listing) before
 * the comment is parsed as GitHub renders it (src/attestations/commands.ts decides).
 */
function mayHoldCommands(body) {
    return typeof body === 'string' && /(^|\n) {0,3}\/readiness(?:\s|$)/i.test(body);
}


/***/ })

};

//# sourceMappingURL=758.index.js.map