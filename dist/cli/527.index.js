export const id = 527;
export const ids = [527,481];
export const modules = {

/***/ 4481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMarkdownChecklist: () => (/* binding */ parseMarkdownChecklist)
});

// UNUSED EXPORTS: UNTITLED_SECTION, slugOf

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 39 modules
var lib = __webpack_require__(7391);
// EXTERNAL MODULE: ./node_modules/mdast-util-frontmatter/lib/index.js
var mdast_util_frontmatter_lib = __webpack_require__(8494);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 9 modules
var mdast_util_gfm_lib = __webpack_require__(7636);
// EXTERNAL MODULE: ./node_modules/micromark-extension-frontmatter/lib/syntax.js
var syntax = __webpack_require__(796);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(2297);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/text/closest.ts
var closest = __webpack_require__(7504);
// EXTERNAL MODULE: ./src/checklist/issues.ts
var issues = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/checklist/schema.ts
var schema = __webpack_require__(7701);
;// CONCATENATED MODULE: ./src/checklist/annotation.ts




/**
 * `<!-- readiness: { id: pentest, owner: "@acme/security" } -->` on a Markdown task item's line: the
 * item's YAML keys, validated by the same schema as a YAML item. The Markdown gives the title and the
 * nesting, so `title` and `items` are not annotation keys.
 */
const ANNOTATION_KEYS = ['id', 'description', 'required', 'owner', 'check', 'signoff'];
const OPENING = '<!--';
const CLOSING = '-->';
const WORD = 'readiness:';
const MAX_ALIAS_COUNT = 100;
/** Whether an HTML node (block or inline) is a readiness annotation. */
function isAnnotation(html) {
    const text = html.trimStart();
    return text.startsWith(OPENING) && text.slice(OPENING.length).trimStart().startsWith(WORD);
}
/** The annotation's keys, checked for YAML syntax and unknown keys (the schema comes with the item). */
function readAnnotation(html, place) {
    const lead = html.length - html.trimStart().length;
    const afterOpening = lead + OPENING.length;
    const bodyStart = html.indexOf(WORD, afterOpening) + WORD.length;
    const error = (offset, message, fix) => ({
        file: place.file,
        ref: place.ref,
        ...place.positionAt(place.offset + offset),
        message,
        fix
    });
    const closing = html.lastIndexOf(CLOSING);
    if (closing < bodyStart) {
        return {
            ok: false,
            errors: [
                error(0, 'the readiness annotation is not closed', 'End the comment with `-->` on the item’s line.')
            ]
        };
    }
    const body = html.slice(bodyStart, closing);
    const doc = (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            errors: doc.errors.map(e => error(bodyStart + e.pos[0], `readiness annotation, YAML syntax: ${e.message.split('\n')[0].trim()}`, 'Write the keys as YAML, e.g. `<!-- readiness: { id: pentest, owner: "@acme/security" } -->`.'))
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        return {
            ok: false,
            errors: [
                error(bodyStart, `readiness annotation could not be read: ${String(e.message)}`, issues/* SCHEMA_FIX */.gQ)
            ]
        };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return {
            ok: false,
            errors: [
                error(bodyStart, 'the readiness annotation is not a mapping of item keys', 'Write `{ key: value, … }`, e.g. `<!-- readiness: { owner: "@acme/sre" } -->`.')
            ]
        };
    }
    const errors = [];
    for (const key of Object.keys(data)) {
        if (ANNOTATION_KEYS.includes(key))
            continue;
        const guess = (0,closest/* closest */.k)(key, ANNOTATION_KEYS);
        const where = nodeOffset(keyNodeOf(doc, key));
        errors.push(error(bodyStart + (where ?? 0), `readiness annotation: unknown key \`${key}\``, key === 'title' || key === 'items'
            ? `Remove it: the Markdown gives the item's ${key === 'title' ? 'title (the task text)' : 'items (nested task items)'}.`
            : guess
                ? `Did you mean \`${guess}\`? Allowed keys: ${ANNOTATION_KEYS.join(', ')}.`
                : `Remove it; allowed keys: ${ANNOTATION_KEYS.join(', ')}.`));
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, keys: data };
}
/**
 * Validates a Markdown item (its annotation's keys, title and id) with the YAML item schema. Errors
 * point into the annotation where the offending key is written, else at the item.
 */
function validateItem(item, html, at, where) {
    const parsed = schema/* ItemSchema */.jx.safeParse(item);
    if (parsed.success)
        return { ok: true, item: parsed.data };
    const bodyStart = html ? html.text.indexOf(WORD) + WORD.length : 0;
    const doc = html
        ? (0,dist/* parseDocument */.Tp)(html.text.slice(bodyStart, html.text.lastIndexOf(CLOSING)))
        : (0,dist/* parseDocument */.Tp)('{}');
    const subject = `item \`${String(item.id)}\``;
    const make = (message, node, fix = issues/* SCHEMA_FIX */.gQ) => {
        const offset = nodeOffset(node);
        const position = html && offset !== undefined ? html.place.positionAt(html.place.offset + bodyStart + offset) : at;
        return { ...where, ...position, message: message.replace(/^the checklist/, subject), fix };
    };
    return {
        ok: false,
        errors: parsed.error.issues.flatMap(issue => (0,issues/* describeIssue */.n6)(issue, item, doc, make))
    };
}
function keyNodeOf(doc, key) {
    const contents = doc.contents;
    const pair = contents?.items?.find(p => p.key?.value === key);
    return pair?.key;
}
function nodeOffset(node) {
    return node?.range?.[0];
}

// EXTERNAL MODULE: ./src/checklist/depth.ts
var checklist_depth = __webpack_require__(5773);
// EXTERNAL MODULE: ./src/checklist/semantics.ts
var semantics = __webpack_require__(3441);
;// CONCATENATED MODULE: ./src/checklist/markdown.ts









/**
 * Markdown checklists, read as GitHub renders them: CommonMark with GFM (micromark, the reference
 * implementation), so a task item GitHub shows as a checkbox is an item and nothing else is — not
 * text in code, HTML blocks, comments or tables. Structure comes from the syntax tree only:
 * - a lone level-1 heading at the top is the checklist's title (front matter `title:` wins);
 * - the shallowest heading level that holds task items gives the sections, deeper headings inside a
 *   section are groups, and a task item with nested task items is a group;
 * - `<!-- readiness: {...} -->` on an item's line gives it the YAML item keys.
 * The result is the same `Checklist` the YAML parser gives, each item at its line and column.
 */
/** Title of the section that holds task items written before any heading, when nothing names it. */
const UNTITLED_SECTION = 'Checklist';
/** Containers nested deeper than this (block quotes, lists) end the parse with an error, not a stack overflow. */
const MAX_CONTAINER_DEPTH = 200;
/**
 * Columns of indentation and `>` markers a line may start with. Groups nest at most 32 deep, which a
 * checklist writes in well under this; deeper nesting only costs parse time.
 */
const MAX_INDENT = 256;
/** The first line (1-based) that starts with more than MAX_INDENT columns of blanks and `>`. */
function tooDeeplyIndented(text, starts) {
    for (let n = 0; n < starts.length; n++) {
        let column = 0;
        for (let i = starts[n]; i < text.length; i++) {
            const c = text[i];
            if (c === ' ' || c === '>')
                column += 1;
            else if (c === '\t')
                column += 4 - (column % 4);
            else
                break;
            if (column > MAX_INDENT)
                return n + 1;
        }
    }
    return undefined;
}
function parseMarkdownChecklist(input, options) {
    // A byte-order mark is not text: GitHub shows none, and columns count from after it.
    const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
    const where = { file: options.file, ref: options.ref };
    const lines = lineStarts(text);
    const positionAt = (offset) => {
        let lo = 0;
        let hi = lines.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lines[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - lines[lo] + 1 };
    };
    const errors = [];
    const fail = (position, message, fix) => errors.push({ ...where, ...position, message, fix });
    // The parser's time grows quickly with nesting: bound it first, as the YAML's depth is bounded.
    const deep = tooDeeplyIndented(text, lines);
    if (deep !== undefined) {
        return {
            ok: false,
            errors: [
                {
                    ...where,
                    line: deep,
                    column: 1,
                    message: `line ${deep} is indented or quoted more than ${MAX_INDENT} columns deep`,
                    fix: 'Flatten the nesting of lists and block quotes (and indent code less).'
                }
            ]
        };
    }
    const tree = (0,lib/* fromMarkdown */.Y)(text, {
        extensions: [(0,micromark_extension_gfm/* gfm */.T)(), (0,syntax/* frontmatter */.v)(['yaml'])],
        mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)(), (0,mdast_util_frontmatter_lib/* frontmatterFromMarkdown */.q)(['yaml'])]
    });
    const topHeadings = tree.children.filter((n) => n.type === 'heading');
    const firstHeading = topHeadings[0];
    const titleHeading = firstHeading?.depth === 1 && topHeadings.filter(h => h.depth === 1).length === 1
        ? firstHeading
        : undefined;
    const frontTitle = frontMatterTitle(tree);
    const documentTitle = frontTitle ?? (titleHeading ? inlineText(text, titleHeading.children) : undefined);
    const tasks = [];
    const used = new Set();
    let open = [];
    const startOf = (node) => ({
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1
    });
    const taskDraft = (item) => {
        const first = item.children[0];
        const paragraph = first?.type === 'paragraph' ? first : undefined;
        const line = startOf(item).line;
        const inline = paragraph?.children ?? [];
        const annotations = inline.filter((n) => n.type === 'html' && isAnnotation(n.value) && n.position?.start.line === line);
        const draft = {
            ...startOf(item),
            title: inlineText(text, inline.filter(n => !annotations.includes(n))),
            checked: item.checked ?? undefined,
            children: []
        };
        for (const [i, html] of annotations.entries()) {
            used.add(html);
            const place = { offset: html.position.start.offset, positionAt, ...where };
            if (i > 0) {
                fail(positionAt(place.offset), 'the item has a second readiness annotation', 'Put all its keys in one `<!-- readiness: {...} -->` comment.');
                continue;
            }
            const read = readAnnotation(html.value, place);
            if (!read.ok)
                errors.push(...read.errors);
            else
                draft.keys = read.keys;
            draft.html = { text: html.value, place };
        }
        return draft;
    };
    const walk = (nodes, parent, depth) => {
        if (depth > MAX_CONTAINER_DEPTH) {
            fail(startOf(nodes[0]), `block quotes and lists nest more than ${MAX_CONTAINER_DEPTH} deep here`, 'Flatten the nesting.');
            return;
        }
        for (const node of nodes) {
            if (node.type === 'heading') {
                // A heading inside a task item is part of the item; elsewhere it opens a part of the file.
                if (parent || node === titleHeading)
                    continue;
                open = open.filter(h => h.depth < node.depth);
                open.push({ depth: node.depth, title: inlineText(text, node.children), ...startOf(node) });
            }
            else if (node.type === 'listItem') {
                if (typeof node.checked === 'boolean') {
                    const draft = taskDraft(node);
                    if (parent)
                        parent.children.push(draft);
                    else
                        tasks.push({ draft, headings: [...open] });
                    walk(node.children, draft, depth + 1);
                }
                else {
                    // A plain list item is no item, but a task list inside it renders as checkboxes.
                    walk(node.children, parent, depth + 1);
                }
            }
            else if (node.type === 'list' || node.type === 'blockquote' || node.type === 'footnoteDefinition') {
                walk(node.children, parent, depth + 1);
            }
        }
    };
    walk(tree.children, undefined, 0);
    // Annotations that are on no task item's line would silently change nothing: say so.
    for (const html of annotationsIn(tree)) {
        if (used.has(html))
            continue;
        fail(startOf(html), 'this readiness annotation is not on a task item’s line, so it annotates nothing', 'Put it at the end of the `- [ ] …` line of the item it is about.');
    }
    if (tasks.length === 0 && errors.length === 0) {
        return {
            ok: false,
            errors: [
                {
                    ...where,
                    line: 1,
                    column: 1,
                    message: 'the Markdown checklist has no items: GitHub renders no checkbox in it (text in code blocks, HTML, comments or tables is not a task item)',
                    fix: 'Write each item as a task list entry, `- [ ] Title`, under a heading that names its section.'
                }
            ]
        };
    }
    const sections = toSections(tasks, documentTitle);
    assignIds(sections);
    const items = (drafts, depth) => drafts.map(d => {
        if (depth > checklist_depth/* MAX_GROUP_DEPTH */.FH) {
            fail(d, `item \`${d.id}\` sits inside ${depth} nested groups; groups nest at most ${checklist_depth/* MAX_GROUP_DEPTH */.FH} deep`, `Flatten the groups: an item may sit inside at most ${checklist_depth/* MAX_GROUP_DEPTH */.FH} groups.`);
        }
        return toItem(d, d.children.length > 0 ? items(d.children, depth + 1) : undefined);
    });
    const toItem = (d, children) => {
        const position = { line: d.line, column: d.column };
        if (d.title === '') {
            fail(position, 'the task item has no text', 'Write the item’s title after the box: `- [ ] Title`.');
        }
        const validated = validateItem({ id: d.id, title: d.title === '' ? '(untitled)' : d.title, ...d.keys }, d.html, position, where);
        if (!validated.ok)
            errors.push(...validated.errors);
        const raw = validated.ok ? validated.item : { id: d.id ?? 'item', title: d.title };
        return {
            id: raw.id,
            title: raw.title,
            description: raw.description,
            required: raw.required ?? true,
            owner: raw.owner === undefined ? undefined : [raw.owner].flat().join(', '),
            owners: raw.owner === undefined ? [] : [raw.owner].flat(),
            check: raw.check,
            signoff: raw.signoff,
            items: children,
            ...position,
            ...(d.checked !== undefined ? { checkbox: { checked: d.checked } } : {})
        };
    };
    const checklist = {
        version: 1,
        title: documentTitle,
        sections: sections.map((s) => ({
            title: s.title,
            line: s.line,
            items: items(s.items, 0)
        }))
    };
    if (errors.length > 0)
        return { ok: false, errors: sortByPosition(errors) };
    const problems = (0,semantics/* checkSemantics */.w9)(checklist, options.today).map(p => ({ ...where, ...p }));
    return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, checklist };
}
/**
 * Sections from the headings above each top-level task: the shallowest heading level holding task
 * items names the sections; deeper headings between a section and its tasks are groups.
 */
function toSections(tasks, documentTitle) {
    const levels = tasks.flatMap(t => (t.headings.length > 0 ? [t.headings[0].depth] : []));
    const sectionDepth = Math.min(...levels);
    const sections = [];
    const byHeading = new Map();
    let untitled;
    for (const task of tasks) {
        const index = task.headings.findIndex(h => h.depth >= sectionDepth);
        let section;
        let groups;
        if (index < 0) {
            // Before any heading: one section named after the checklist.
            if (!untitled) {
                const title = documentTitle ?? UNTITLED_SECTION;
                untitled = { title, line: task.draft.line, items: [], slug: slugOf(title) || 'checklist' };
                sections.push(untitled);
            }
            section = untitled;
            groups = [];
        }
        else {
            const heading = task.headings[index];
            let found = byHeading.get(heading);
            if (!found) {
                found = {
                    title: heading.title,
                    line: heading.line,
                    items: [],
                    slug: slugOf(heading.title) || 'section'
                };
                byHeading.set(heading, found);
                sections.push(found);
            }
            section = found;
            groups = task.headings.slice(index + 1);
        }
        let list = section.items;
        for (const heading of groups) {
            if (!heading.group) {
                heading.group = { title: heading.title, line: heading.line, column: heading.column, children: [] };
                list.push(heading.group);
            }
            list = heading.group.children;
        }
        list.push(task.draft);
    }
    return sections;
}
/**
 * Ids: the annotation's `id`, else the title's slug; a slug used more than once in the file is
 * prefixed with its parent's id (the section's slug at the top level). An id depends only on the
 * item's title, its parent and whether its slug repeats, so editing other items leaves it alone.
 */
function assignIds(sections) {
    const uses = new Map();
    const base = (d) => (typeof d.keys?.id === 'string' ? d.keys.id : slugOf(d.title) || 'item');
    const count = (d) => {
        uses.set(base(d), (uses.get(base(d)) ?? 0) + 1);
        d.children.forEach(count);
    };
    sections.forEach(s => s.items.forEach(count));
    const assign = (d, parentId) => {
        const own = base(d);
        d.id = typeof d.keys?.id === 'string' || (uses.get(own) ?? 0) <= 1 ? own : `${parentId}-${own}`;
        d.children.forEach(child => assign(child, d.id));
    };
    sections.forEach(s => s.items.forEach(d => assign(d, s.slug)));
}
/** Lower-case letters and digits, `-` between: "🔒 HTTPS/SSL configured" → "https-ssl-configured". */
function slugOf(title) {
    return title
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * The text of inline content as written in the file (backticks, emphasis marks and escapes kept),
 * one line: a paragraph's later lines lose their indentation and block-quote markers and are joined
 * with a space, as GitHub shows a soft line break.
 */
function inlineText(source, nodes) {
    const parts = [];
    let previousEnd;
    for (const node of nodes) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined)
            continue;
        // A removed node (the annotation) leaves one space, not two.
        if (previousEnd !== undefined && start > previousEnd)
            parts.push(' ');
        parts.push(source.slice(start, end));
        previousEnd = end;
    }
    return parts
        .join('')
        .split(/\r\n|\r|\n/)
        .map((line, i) => (i === 0 ? line : stripContainerPrefix(line)))
        .map(line => line.replace(/\\$/, '').trim())
        .filter(line => line !== '')
        .join(' ')
        .replace(/ {2,}/g, ' ')
        .trim();
}
/**
 * A continuation line inside a list item or block quote starts with its container's indentation
 * and `>` markers; a paragraph line can never start with `>` itself (that would open a block quote).
 */
function stripContainerPrefix(line) {
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '>'))
        i++;
    return line.slice(i);
}
function frontMatterTitle(tree) {
    const yaml = tree.children.find(n => n.type === 'yaml');
    if (!yaml)
        return undefined;
    try {
        const data = (0,dist/* parse */.qg)(yaml.value);
        const title = data && typeof data === 'object' ? data.title : undefined;
        return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
    }
    catch {
        return undefined; // Front matter is the page's business; GitHub shows it as a table either way.
    }
}
/** Every HTML node that is a readiness annotation, wherever it is (iteratively: no deep recursion). */
function annotationsIn(tree) {
    const found = [];
    const stack = [tree];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'html' && isAnnotation(node.value))
            found.push(node);
        if ('children' in node)
            for (const child of node.children)
                stack.push(child);
    }
    return found;
}
/** Offsets where each line starts; CommonMark ends a line at LF, CR LF or a lone CR. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    return starts;
}
function sortByPosition(errors) {
    return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 7527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importMarkdown: () => (/* binding */ importMarkdown)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/checklist/markdown.ts + 1 modules
var markdown = __webpack_require__(4481);
// EXTERNAL MODULE: ./src/checklist/parse-file.ts
var parse_file = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/checklist/parse.ts
var parse = __webpack_require__(2255);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checklist/suggest.ts
const SUGGESTIONS = [
    {
        example: 'Coverage > 80%',
        pattern: /coverage[^%\d]{0,20}?(\d{1,3}(?:\.\d+)?)\s*%/i,
        check: m => ({ type: 'coverage', min: Math.min(100, Number(m[1])), artifact: 'coverage' }),
        review: 'the name of the artifact your tests upload their coverage report in'
    },
    {
        example: 'Code coverage requirements met',
        pattern: /\bcoverage\b/i,
        check: () => ({ type: 'coverage', min: 80, artifact: 'coverage' }),
        review: 'the threshold, and the name of the artifact your tests upload their coverage report in'
    },
    {
        example: 'Unit tests pass',
        pattern: /\b(unit|integration|e2e|end-to-end|smoke|load|performance)[ -]tests?\b/i,
        check: m => ({ type: 'checks', name: `*${m[1].toLowerCase().replace('end-to-end', 'e2e')}*` }),
        review: 'the glob on the names of the jobs that run those tests'
    },
    {
        example: 'All tests passing',
        pattern: /\btests?\b.*\b(pass|passing|passed|green|succeed)/i,
        check: () => ({ type: 'checks', name: '*test*' }),
        review: 'the glob on the names of the jobs that run the tests'
    },
    {
        example: 'Linting enabled',
        pattern: /\blint/i,
        check: () => ({ type: 'checks', name: '*lint*' }),
        review: 'the name of the lint job'
    },
    {
        example: 'No secrets in code',
        pattern: /\bsecrets?\b.*\b(scan|code|repo|leak|hard-?coded|commit)|\b(hard-?coded|leaked)\b.*\bsecrets?\b/i,
        check: () => ({ type: 'secret-scanning', max: 0 }),
        review: 'that the gate gets a `security-token` that may read secret-scanning alerts'
    },
    {
        example: 'Dependencies scanned for vulnerabilities',
        pattern: /\b(vulnerab|dependabot|CVEs?\b|dependency (scan|audit))/i,
        check: () => ({ type: 'dependabot', severity: 'high', max: 0 }),
        review: 'the severity that blocks'
    },
    {
        example: 'Static analysis (SAST) clean',
        pattern: /\b(SAST|static analysis|code scanning|security scanning|CodeQL)\b/i,
        check: () => ({ type: 'code-scanning', severity: 'high', max: 0 }),
        review: 'the severity that blocks, and `tool` if several tools upload results'
    },
    {
        example: 'Code reviewed and approved',
        pattern: /\b(code review|reviewed|approved|approval)/i,
        check: () => ({ type: 'reviews', min: 1 }),
        review: 'how many approvals'
    },
    {
        example: 'Branch protection enabled',
        pattern: /\bbranch protection|protected branch/i,
        check: () => ({ type: 'branch-rules', 'require-reviews': 1 }),
        review: 'the checks and reviews the rules must require'
    },
    {
        example: 'Runbooks created',
        pattern: /\brunbooks?\b/i,
        check: () => ({ type: 'file', path: 'docs/RUNBOOK.md' }),
        review: 'the path of the runbook'
    },
    {
        example: 'CHANGELOG updated',
        pattern: /\b(changelog|release notes)\b/i,
        check: () => ({ type: 'file', path: 'CHANGELOG.md' }),
        review: 'the path of the changelog'
    },
    {
        example: 'README complete',
        pattern: /\bREADME\b/i,
        check: () => ({ type: 'file', path: 'README.md' }),
        review: 'the path, and `contains` for sections it must have'
    },
    {
        example: 'CODEOWNERS defined',
        pattern: /\bcode ?owners\b/i,
        check: () => ({ type: 'file', path: '.github/CODEOWNERS' }),
        review: 'the path of the CODEOWNERS file'
    },
    {
        example: 'Security policy published',
        pattern: /\bsecurity policy|SECURITY\.md\b/i,
        check: () => ({ type: 'file', path: 'SECURITY.md' }),
        review: 'the path of the security policy'
    }
];
/** The first suggestion whose phrase the title holds, if any. */
function suggestCheck(title) {
    // The phrase is near the start; a bounded title keeps every pattern quick on any input.
    const head = title.slice(0, 300);
    for (const s of SUGGESTIONS) {
        const m = s.pattern.exec(head);
        if (m)
            return { check: s.check(m), review: s.review };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/checklist/to-yaml.ts


const SCHEMA_URL = 'https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklist/schema.json';
/**
 * A checklist (parsed from Markdown) as a YAML checklist with the same ids, titles and structure.
 * Manual items whose title names evidence the gate can read get a suggested check from the phrase
 * table, written as a comment to review and uncomment; a checked box becomes a comment too, since
 * only a `signoff` (or the box in a committed Markdown file) signs an item off.
 */
function checklistToYaml(checklist, source) {
    let items = 0;
    let suggested = 0;
    const plain = (item) => ({
        id: item.id,
        title: item.title,
        ...(item.description !== undefined ? { description: item.description } : {}),
        ...(item.required ? {} : { required: false }),
        ...(item.owner !== undefined ? { owner: item.owner } : {}),
        ...(item.check ? { check: item.check } : {}),
        ...(item.signoff ? { signoff: { ...item.signoff, url: undefined } } : {}),
        ...(item.items ? { items: item.items.map(plain) } : {})
    });
    const doc = new dist/* Document */.yo({
        version: 1,
        ...(checklist.title ? { title: checklist.title } : {}),
        sections: checklist.sections.map(s => ({ title: s.title, items: s.items.map(plain) }))
    });
    doc.commentBefore = [
        ` yaml-language-server: $schema=${SCHEMA_URL}`,
        ` Imported from ${oneLine(source)} by \`readiness-gate import\`. Comments starting "suggested" are`,
        ' checks the phrase table proposes: review each, then uncomment it. Then run `readiness-gate validate`.'
    ].join('\n');
    // Walk the YAML nodes beside the items: flow style for checks, comments for suggestions.
    const annotate = (node, item) => {
        if (item.items) {
            const children = node.get('items');
            item.items.forEach((child, i) => annotate(children.items[i], child));
            return;
        }
        items++;
        const check = node.get('check');
        if (check)
            check.flow = true;
        const signoff = node.get('signoff');
        if (signoff)
            signoff.flow = true;
        const notes = [];
        if (item.checkbox?.checked && !item.signoff && !item.check)
            notes.push(' checked in the Markdown: a sign-off needs `signoff: { by: "@who", date: YYYY-MM-DD }`');
        const suggestion = !item.check ? suggestCheck(item.title) : undefined;
        if (suggestion) {
            suggested++;
            notes.push(` suggested — review ${oneLine(suggestion.review)}, then uncomment:`, ` check: ${(0,dist/* stringify */.As)(suggestion.check, { collectionStyle: 'flow' }).trim()}`);
        }
        if (notes.length > 0)
            node.comment = notes.join('\n');
    };
    const sections = doc.get('sections');
    checklist.sections.forEach((section, s) => {
        const nodes = sections.items[s].get('items');
        section.items.forEach((item, i) => annotate(nodes.items[i], item));
    });
    return { yaml: doc.toString({ lineWidth: 0 }), items, suggested };
}
/** A comment is one line: a line break in outside text would end it and start YAML. */
const oneLine = (text) => text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');

// EXTERNAL MODULE: ./src/text/terminal.ts
var terminal = __webpack_require__(1555);
// EXTERNAL MODULE: ./src/cli/checklist-file.ts
var checklist_file = __webpack_require__(6525);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/import.ts










/**
 * `import <file.md> [-o file.yml]`: a Markdown checklist as YAML with the same ids, titles and
 * structure, suggested checks as comments to review. Exit 1 when the Markdown has errors.
 */
async function importMarkdown(file, options, io) {
    const c = io.errColor;
    if (!(0,parse_file/* isMarkdownPath */.B)(file)) {
        io.err(`${c.red('error:')} ${(0,terminal/* terminalSafe */.k)(file)} is not a Markdown file (.md)`);
        return cli_io/* EXIT */.d.error;
    }
    if (options.output && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(io.cwd, options.output)) && !options.force) {
        io.err(`${c.red('error:')} ${(0,terminal/* terminalSafe */.k)(options.output)} exists; add --force to replace it`);
        return cli_io/* EXIT */.d.error;
    }
    const read = await (0,checklist_file/* readText */.yR)(file, io);
    const parsed = read.ok ? (0,markdown.parseMarkdownChecklist)(read.text, { file, today: (0,checklist_file/* today */.Ec)() }) : read;
    if (!parsed.ok) {
        for (const e of parsed.errors)
            io.out((0,checklist_file/* positioned */.lP)(e));
        return cli_io/* EXIT */.d.fail;
    }
    const result = checklistToYaml(parsed.checklist, file);
    // What import writes must load as it stands: a checklist the gate refuses would be a trap.
    const check = (0,parse/* parseChecklist */.W)(result.yaml, { file: options.output ?? 'imported.yml', today: (0,checklist_file/* today */.Ec)() });
    if (!check.ok) {
        io.err(`${c.red('error:')} the YAML written for ${(0,terminal/* terminalSafe */.k)(file)} does not load: ${(0,checklist_file/* positioned */.lP)(check.errors[0])}`);
        return cli_io/* EXIT */.d.error;
    }
    if (options.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, options.output), result.yaml);
    else
        io.out(result.yaml.trimEnd());
    io.err(`${(0,terminal/* terminalSafe */.k)(file)}: ${result.items} item${result.items === 1 ? '' : 's'}${options.output ? ` written to ${(0,terminal/* terminalSafe */.k)(options.output)}` : ''}; ${result.suggested} suggested check${result.suggested === 1 ? '' : 's'} to review (comments starting "suggested")`);
    return cli_io/* EXIT */.d.pass;
}


/***/ })

};

//# sourceMappingURL=527.index.js.map