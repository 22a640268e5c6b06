export const id = 122;
export const ids = [122];
export const modules = {

/***/ 4122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explain: () => (/* binding */ explain)
});

// UNUSED EXPORTS: explanation, permissionsBlock

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/alerts.ts
var alerts = __webpack_require__(960);
// EXTERNAL MODULE: ./src/github/permissions.ts
var github_permissions = __webpack_require__(5435);
// EXTERNAL MODULE: ./src/text/phrase.ts
var phrase = __webpack_require__(8878);
;// CONCATENATED MODULE: ./src/evaluate/needs.ts




const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const STATUSES = 'GET /repos/{owner}/{repo}/commits/{ref}/statuses';
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const COMMIT = 'GET /repos/{owner}/{repo}/commits/{ref}';
const REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
const ARTIFACTS = [artifacts/* ARTIFACT_ENDPOINTS */.wG.runs, artifacts/* ARTIFACT_ENDPOINTS */.wG.runArtifacts, artifacts/* ARTIFACT_ENDPOINTS */.wG.download];
const WORKFLOW_RUNS = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';
const DEPLOYMENTS = 'GET /repos/{owner}/{repo}/deployments';
const DEPLOYMENT_STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const ENVIRONMENT = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
const SECURITY_TOKEN_NOTE = 'or a `security-token` with that alert permission';
const many = (v) => (Array.isArray(v) ? v : [v]);
/** `a`, `b` or `c`. */
const either = (parts) => parts.length < 2 ? (0,phrase/* join */.fj)(parts) : (0,phrase/* say */.cv) `${(0,phrase/* join */.fj)(parts.slice(0, -1))} or ${parts.at(-1)}`;
/** The evidence one check reads, and what reading it takes. */
function needsOf(check) {
    const { evidence, reads, also = [], notes = [] } = describe(check);
    const permissions = [...reads.map(github_permissions/* permissionFor */.T), ...also].filter((p) => p !== undefined);
    return { type: check.type, evidence, reads, permissions: [...new Set(permissions)], notes };
}
/** A manual item: a person's sign-off, committed in the checklist. */
const MANUAL_NEEDS = {
    type: 'manual',
    evidence: (0,phrase/* say */.cv) `a person's sign-off: ${(0,phrase/* code */.aY)('signoff: { by, date }')} on the item`,
    reads: [],
    permissions: [],
    notes: []
};
/** A manual item of a Markdown checklist: its box, checked in the copy the gate reads (GraphQL blame). */
const MARKDOWN_MANUAL_NEEDS = {
    type: 'manual',
    evidence: (0,phrase/* say */.cv) `a person's sign-off: the box checked in a commit on the branch the gate reads (its author signs off), or ${(0,phrase/* code */.aY)('signoff')} in the item's annotation`,
    reads: ['POST /graphql'],
    permissions: ['contents: read'],
    notes: []
};
function describe(check) {
    switch (check.type) {
        case 'checks':
            return {
                evidence: (0,phrase/* say */.cv) `check runs or commit statuses named ${(0,phrase/* join */.fj)(many(check.name).map(phrase/* code */.aY))} on the commit, concluded ${either((check.allow ?? ['success', 'neutral', 'skipped']).map(phrase/* code */.aY))}`,
                reads: [CHECK_RUNS, STATUSES],
                notes: ['`actions: read` (recommended) lets the gate recognise its own job in every attempt']
            };
        case 'coverage': {
            const source = check.artifact !== undefined
                ? {
                    what: (0,phrase/* say */.cv) `the artifact ${(0,phrase/* code */.aY)(check.artifact)} from the commit's workflow runs`,
                    reads: ARTIFACTS
                }
                : check.status !== undefined
                    ? {
                        what: (0,phrase/* say */.cv) `the text of the check or status ${(0,phrase/* code */.aY)(check.status)}`,
                        reads: [CHECK_RUNS, STATUSES]
                    }
                    : {
                        what: (0,phrase/* say */.cv) `the report ${(0,phrase/* code */.aY)(check.path ?? '')} in the workspace of the job that runs the gate`,
                        reads: []
                    };
            const drop = check['max-drop'] === undefined ? [] : [artifacts/* ARTIFACT_ENDPOINTS */.wG.compare];
            return {
                evidence: (0,phrase/* say */.cv) `line coverage of at least ${check.min}% from ${source.what}${check['max-drop'] === undefined ? '' : (0,phrase/* say */.cv) `, at most ${check['max-drop']} points below the merge base`}`,
                reads: [...source.reads, ...drop]
            };
        }
        case 'code-scanning':
            return {
                evidence: (0,phrase/* say */.cv) `at most ${check.max ?? 0} open code-scanning alerts of severity ${(0,phrase/* code */.aY)(check.severity ?? 'high')} or above${check.tool ? (0,phrase/* say */.cv) ` from ${(0,phrase/* code */.aY)(check.tool)}` : ''}`,
                reads: [alerts/* CODE_SCANNING_ALERTS */.KY, alerts/* CODE_SCANNING_ANALYSES */.HH, COMMIT],
                notes: [`\`security-events: read\`, ${SECURITY_TOKEN_NOTE}`]
            };
        case 'secret-scanning':
            return {
                evidence: (0,phrase/* say */.cv) `at most ${check.max ?? 0} open secret-scanning alerts`,
                reads: ['GET /repos/{owner}/{repo}/secret-scanning/alerts'],
                notes: [
                    'secret-scanning alerts: not GITHUB_TOKEN; pass a `security-token` (GitHub App or fine-grained token with "Secret scanning alerts: read")'
                ]
            };
        case 'dependabot':
            return {
                evidence: (0,phrase/* say */.cv) `at most ${check.max ?? 0} open Dependabot alerts of severity ${(0,phrase/* code */.aY)(check.severity ?? 'high')} or above`,
                reads: [alerts/* DEPENDABOT_ALERTS */.TW],
                notes: [`\`vulnerability-alerts: read\`, ${SECURITY_TOKEN_NOTE}`]
            };
        case 'file': {
            const paths = (0,phrase/* join */.fj)(many(check.path).map(phrase/* code */.aY));
            const plural = many(check.path).length > 1 ? 's' : '';
            if (check.absent)
                return { evidence: (0,phrase/* say */.cv) `no file at ${paths} at the commit`, reads: [CONTENTS] };
            const rules = [
                check.contains === undefined ? undefined : (0,phrase/* say */.cv) `containing ${(0,phrase/* join */.fj)(many(check.contains).map(phrase/* code */.aY))}`,
                check['not-contains'] === undefined
                    ? undefined
                    : (0,phrase/* say */.cv) `not containing ${(0,phrase/* join */.fj)(many(check['not-contains']).map(phrase/* code */.aY))}`,
                check.match === undefined ? undefined : (0,phrase/* say */.cv) `where ${(0,phrase/* join */.fj)(Object.keys(check.match).map(phrase/* code */.aY))} match`
            ].filter(r => r !== undefined);
            return {
                evidence: (0,phrase/* say */.cv) `the file${plural} ${paths} at the commit${rules.length > 0 ? (0,phrase/* say */.cv) `, ${(0,phrase/* join */.fj)(rules, ', ')}` : ''}`,
                reads: [CONTENTS]
            };
        }
        case 'workflow': {
            const age = check['max-age'] === undefined ? '' : (0,phrase/* say */.cv) ` within ${(0,phrase/* code */.aY)(check['max-age'])}`;
            return {
                evidence: (0,phrase/* say */.cv) `the latest completed run of the workflow ${(0,phrase/* code */.aY)(String(check.workflow))} on ${check.branch ? (0,phrase/* code */.aY)(check.branch) : 'the default branch'}${check.event ? (0,phrase/* say */.cv) ` (event ${(0,phrase/* code */.aY)(check.event)})` : ''} concluded ${either((check.allow ?? ['success']).map(phrase/* code */.aY))}${age}`,
                reads: [WORKFLOW_RUNS]
            };
        }
        case 'deployment': {
            const age = check['max-age'] === undefined ? '' : (0,phrase/* say */.cv) ` within ${(0,phrase/* code */.aY)(check['max-age'])}`;
            return {
                evidence: (0,phrase/* say */.cv) `the latest deployment${check.sha === 'target' ? ' of the commit' : ''} to ${(0,phrase/* code */.aY)(check.environment)} succeeded${age}${check.protected ? ', to an environment with required reviewers or a branch policy' : ''}`,
                reads: [DEPLOYMENTS, DEPLOYMENT_STATUSES, ...(check.protected ? [ENVIRONMENT] : [])]
            };
        }
        case 'metric': {
            const bounds = [
                check.min === undefined ? undefined : (0,phrase/* say */.cv) `at least ${check.min}`,
                check.max === undefined ? undefined : (0,phrase/* say */.cv) `at most ${check.max}`
            ].filter(b => b !== undefined);
            const source = check.artifact !== undefined
                ? (0,phrase/* say */.cv) `${(0,phrase/* code */.aY)(check.path ?? '')} in the artifact ${(0,phrase/* code */.aY)(check.artifact)} from the commit's workflow runs`
                : (0,phrase/* say */.cv) `the file ${(0,phrase/* code */.aY)(check.file ?? '')} at the commit`;
            return {
                evidence: (0,phrase/* say */.cv) `the value ${(0,phrase/* code */.aY)(check.value)} of ${source}, ${(0,phrase/* join */.fj)(bounds, ' and ')}`,
                reads: check.artifact !== undefined ? ARTIFACTS : [CONTENTS]
            };
        }
        case 'items':
            return {
                evidence: (0,phrase/* say */.cv) `every required item of ${(0,phrase/* join */.fj)([...many(check.items ?? []).map(phrase/* code */.aY), ...many(check.sections ?? []).map(t => (0,phrase/* say */.cv) `section ${(0,phrase/* code */.aY)(t)}`)])} done (passed, signed off or waived)`,
                reads: [],
                notes: ['the items a roll-up names need their own permissions']
            };
        case 'http':
            return {
                evidence: (0,phrase/* say */.cv) `a live answer of ${(0,phrase/* code */.aY)(check.url)} with status ${check.status ?? 200}${check['max-ms'] === undefined ? '' : (0,phrase/* say */.cv) ` within ${check['max-ms']} ms (median)`}${check['tls-days'] === undefined ? '' : (0,phrase/* say */.cv) `, a certificate valid for ${check['tls-days']} more days`}`,
                reads: [],
                notes: ['`http` items ask the service from the runner; no token or cookie is sent']
            };
        case 'reviews':
            return {
                evidence: (0,phrase/* say */.cv) `${check.min ?? 1} approving review${(check.min ?? 1) > 1 ? 's' : ''} by people other than the author${check.fresh ? ' of the head commit' : ''} (pull requests only)`,
                reads: [REVIEWS]
            };
        case 'branch-rules': {
            const wants = [
                check['require-checks'] ? (0,phrase/* say */.cv) `the checks ${(0,phrase/* join */.fj)(check['require-checks'].map(phrase/* code */.aY))}` : undefined,
                check['require-reviews'] !== undefined
                    ? (0,phrase/* say */.cv) `${check['require-reviews']} approving reviews`
                    : undefined
            ].filter(w => w !== undefined);
            return {
                evidence: (0,phrase/* say */.cv) `rules on ${check.branch ? (0,phrase/* code */.aY)(check.branch) : 'the branch'} that require ${(0,phrase/* join */.fj)(wants, ' and ')}`,
                reads: ['GET /repos/{owner}/{repo}/rules/branches/{branch}'],
                also: ['contents: read'],
                notes: ['classic branch protection is read only with a token that has "Administration: read"']
            };
        }
    }
}

// EXTERNAL MODULE: ./src/text/terminal.ts
var terminal = __webpack_require__(1555);
// EXTERNAL MODULE: ./src/cli/checklist-file.ts
var checklist_file = __webpack_require__(6525);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/terminal.ts + 2 modules
var cli_terminal = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/explain.ts





/** The `permissions:` keys in the order docs/permissions.md lists them. */
const ORDER = [
    'contents',
    'checks',
    'statuses',
    'pull-requests',
    'actions',
    'security-events',
    'vulnerability-alerts'
];
/** `explain [file]`: each item and the evidence it needs, then the job's `permissions:` block. */
async function explain(file, publishing, io) {
    const path = file ?? checklist_file/* DEFAULT_CHECKLIST */.ZW;
    const parsed = await (0,checklist_file/* readChecklistFile */.DP)(path, io);
    if (!parsed.ok) {
        for (const e of parsed.errors)
            io.out((0,checklist_file/* positioned */.lP)(e));
        return cli_io/* EXIT */.d.fail;
    }
    io.out(explanation(parsed.checklist, path, publishing, io.color));
    return cli_io/* EXIT */.d.pass;
}
/** The explanation as text: pure, so tests read it without a terminal. */
function explanation(checklist, path, publishing, c) {
    const lines = [c.bold((0,terminal/* terminalSafe */.k)(`${checklist.title ?? 'Checklist'} (${path})`)), ''];
    const all = [];
    const visit = (item, depth, required) => {
        const indent = '  '.repeat(depth);
        const blocking = required && item.required;
        const tags = [
            item.items ? 'group' : item.check ? undefined : 'manual',
            blocking ? undefined : 'advisory',
            item.owner ? `owner ${item.owner}` : undefined,
            item.signoff ? `signed off by ${item.signoff.by} on ${item.signoff.date}` : undefined
        ].filter(Boolean);
        lines.push(`${indent}${c.cyan((0,terminal/* terminalSafe */.k)(item.id))} — ${(0,terminal/* terminalSafe */.k)(item.title)}${tags.length > 0 ? c.dim((0,terminal/* terminalSafe */.k)(` [${tags.join(' · ')}]`)) : ''}`);
        if (item.items) {
            for (const child of item.items)
                visit(child, depth + 1, blocking);
            return;
        }
        const needs = item.check ? needsOf(item.check) : item.checkbox ? MARKDOWN_MANUAL_NEEDS : MANUAL_NEEDS;
        all.push(needs);
        lines.push(`${indent}  evidence: ${(0,cli_terminal/* phraseText */.t)(needs.evidence, c)}`);
        if (needs.permissions.length > 0)
            lines.push(`${indent}  needs: ${needs.permissions.join(', ')}`);
    };
    for (const section of checklist.sections) {
        lines.push(c.bold((0,terminal/* terminalSafe */.k)(section.title)));
        for (const item of section.items)
            visit(item, 1, true);
        lines.push('');
    }
    lines.push('The job that runs the gate needs:', '', permissionsBlock(all, publishing));
    const notes = [...new Set(all.flatMap(n => n.notes))];
    if (notes.length > 0)
        lines.push('', 'Notes:', ...notes.map(n => `  - ${n}`));
    return lines.join('\n');
}
/**
 * The `permissions:` block for the job: the reads every item needs, what the gate posts, and why
 * each key is there. `write` includes `read`, so a key needed both ways is asked for once.
 */
function permissionsBlock(needs, publishing) {
    const keys = new Map();
    const add = (permission, why) => {
        const [key, level] = permission.split(': ');
        const entry = keys.get(key) ?? { level, why: [] };
        if (level === 'write')
            entry.level = 'write';
        if (!entry.why.includes(why))
            entry.why.push(why);
        keys.set(key, entry);
    };
    add('contents: read', 'read the checklist');
    for (const n of needs) {
        for (const p of n.permissions)
            add(p, `${n.type} items`);
    }
    if (needs.some(n => n.notes.some(note => note.includes('own job'))))
        add('actions: read', "recommended: recognise the gate's own job");
    if (publishing.status === 'commit-status' || publishing.status === 'both')
        add('statuses: write', 'post the verdict as a commit status');
    if (publishing.status === 'check-run' || publishing.status === 'both')
        add('checks: write', 'post the verdict as a check run');
    if (publishing.comment === 'auto')
        add('pull-requests: write', 'the sticky PR comment');
    const sorted = [...keys].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
    const width = Math.max(...sorted.map(([key, e]) => `${key}: ${e.level}`.length));
    return [
        'permissions:',
        ...sorted.map(([key, e]) => `  ${`${key}: ${e.level}`.padEnd(width)} # ${e.why.join('; ')}`)
    ].join('\n');
}


/***/ })

};

//# sourceMappingURL=122.index.js.map