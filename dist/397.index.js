export const id = 397;
export const ids = [397];
export const modules = {

/***/ 5773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ MAX_GROUP_DEPTH),
/* harmony export */   K1: () => (/* binding */ MAX_ALIASES),
/* harmony export */   c6: () => (/* binding */ tooDeepGroup),
/* harmony export */   kN: () => (/* binding */ yamlBeyondBounds)
/* harmony export */ });
/* unused harmony export MAX_YAML_DEPTH */
/**
 * Bounds on nesting, checked without recursion so that no file can overflow the stack. Groups nest
 * at most MAX_GROUP_DEPTH deep: an item may sit inside that many groups. YAML collections may nest
 * MAX_YAML_DEPTH deep, enough for any valid checklist (each group adds two levels: its `items` list and
 * the item's mapping) with room to spare, so a checklist a little too deep gets the error about groups.
 */
const MAX_GROUP_DEPTH = 32;
const MAX_YAML_DEPTH = 128;
const MAX_ALIASES = 1000;
/**
 * Collections nested deeper than `maxDepth`, or more than `maxAliases` aliases: the first one met,
 * in the order of the file. (Composing resolves each alias by searching the document, so thousands
 * of them take seconds; a real checklist has a handful.)
 */
function yamlBeyondBounds(tokens, maxDepth = MAX_YAML_DEPTH, maxAliases = MAX_ALIASES) {
    // Children are pushed last-first, so the walk meets tokens in the order of the file.
    const stack = tokens.map(t => [t, 0]).reverse();
    let aliases = 0;
    while (stack.length > 0) {
        const [token, depth] = stack.pop();
        if (token.type === 'document') {
            if (token.value)
                stack.push([token.value, depth]);
        }
        else if (token.type === 'alias') {
            if (++aliases > maxAliases)
                return { offset: token.offset, message: `the YAML has more than ${maxAliases} aliases (\`*name\`)` };
        }
        else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            if (depth + 1 > maxDepth)
                return { offset: token.offset, message: `the YAML nests more than ${maxDepth} levels deep here` };
            for (const item of [...token.items].reverse()) {
                if (item.value)
                    stack.push([item.value, depth + 1]);
                if (item.key)
                    stack.push([item.key, depth + 1]);
            }
        }
    }
    return undefined;
}
/** The path (zod-style) of the first item inside more than `max` groups, if any. */
function tooDeepGroup(data, max = MAX_GROUP_DEPTH) {
    const sections = data?.sections;
    if (!Array.isArray(sections))
        return undefined;
    const children = (path, items, groups) => Array.isArray(items) ? items.map((item, i) => ({ path: [...path, i], item, groups })) : [];
    const stack = sections
        .flatMap((s, i) => children(['sections', i, 'items'], s?.items, 0))
        .reverse();
    while (stack.length > 0) {
        const { path, item, groups } = stack.pop();
        if (groups > max)
            return path;
        const inner = children([...path, 'items'], item?.items, groups + 1);
        for (let i = inner.length - 1; i >= 0; i--)
            stack.push(inner[i]);
    }
    return undefined;
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ durationWords),
/* harmony export */   kN: () => (/* binding */ elapsedWords),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);

/**
 * Durations in the checklist (`max-age`, `signoff-max-age`): a whole number and a unit, `30m`, `12h`,
 * `7d` or `2w`. Kept as written in the parsed checklist (so the report and the diff show what the
 * author wrote) and turned into milliseconds where they are compared.
 */
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const UNIT_WORD = { m: 'minute', h: 'hour', d: 'day', w: 'week' };
/** At most six digits: a year is 525600m, and nothing longer means anything for evidence. */
const PATTERN = /^([1-9]\d{0,5})([mhdw])$/;
const FIX = 'Write a whole number followed by `m` (minutes), `h` (hours), `d` (days) or `w` (weeks), e.g. `7d`.';
/** The zod type of a duration: a wrong one is a positioned checklist error with the fix. */
const duration = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .superRefine((text, ctx) => {
    if (!PATTERN.test(text.trim())) {
        ctx.addIssue({
            code: 'custom',
            message: 'is not a duration such as `30m`, `12h`, `7d` or `2w`',
            params: { fix: FIX }
        });
    }
})
    // The pattern is for editors (checklist/schema.json); the refinement above gives the positioned error.
    .meta({
    pattern: PATTERN.source,
    description: 'A duration: a whole number and m, h, d or w (e.g. 30m, 12h, 7d, 2w).'
});
/** Milliseconds of a duration the schema accepted; throws on anything else (a bug, not a user error). */
function durationMs(text) {
    const m = PATTERN.exec(text.trim());
    if (!m)
        throw new Error(`not a duration: ${text}`);
    return Number(m[1]) * UNIT_MS[m[2]];
}
/** "7 days", "1 hour": a duration as a person reads it. */
function durationWords(text) {
    const m = PATTERN.exec(text.trim());
    if (!m)
        return text;
    const n = Number(m[1]);
    return `${n} ${UNIT_WORD[m[2]]}${n === 1 ? '' : 's'}`;
}
/** An elapsed time to the minute: "3 days 4 hours", "1 day 1 minute", "12 minutes", "40 seconds". */
function elapsedWords(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    const parts = [
        [Math.floor(s / 86_400), 'day'],
        [Math.floor((s % 86_400) / 3600), 'hour'],
        [Math.floor((s % 3600) / 60), 'minute']
    ];
    if (parts.every(([n]) => n === 0))
        return `${s} second${s === 1 ? '' : 's'}`;
    return parts
        .filter(([n]) => n > 0)
        .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`)
        .join(' ');
}


/***/ }),

/***/ 9714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   gQ: () => (/* binding */ SCHEMA_FIX),
/* harmony export */   n6: () => (/* binding */ describeIssue)
/* harmony export */ });
/* unused harmony exports describeValue, valueAt */
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7504);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5920);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7701);



/**
 * Turns zod's issues into checklist errors a person can act on: what was given, in YAML's words
 * ("the text "1"", "a mapping"), what is expected, and the fix; positioned at the offending node.
 */
const SCHEMA_FIX = 'See the checklist format in docs/checklist.md (or checklist/schema.json for editor completion).';
const ITEM_KEYS = ['id', 'title', 'description', 'required', 'owner', 'check', 'signoff', 'items'];
function describeIssue(issue, data, doc, error) {
    const path = issue.path;
    const subject = subjectOf(path, data);
    const field = fieldOf(path);
    const key = String(path[path.length - 1] ?? '');
    const located = (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(doc, path);
    const value = valueAt(data, path);
    const at = (message, fix = SCHEMA_FIX, node = located.node) => [
        error(`${subject}${message.startsWith(' ') ? '' : ': '}${message}`, node, fix)
    ];
    // "`min` is 120", or for the whole file " is a list" (read as "the checklist is a list").
    const is = (typed) => `${field ? `\`${field}\`` : ''} is ${describeValue(value, typed)}`;
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = allowedKeys(path, data);
            const where = field ? ` in \`${field}\`` : '';
            // One error per key, each at its own key and with its own suggestion.
            return issue.keys.map(k => {
                const guess = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(k, allowed);
                return error(`${subject}: unknown key \`${k}\`${where}`, (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .keyNode */ .qe)(located.node, k) ?? located.node, guess
                    ? `Did you mean \`${guess}\`? Allowed keys: ${allowed.join(', ')}.`
                    : `Remove it; allowed keys: ${allowed.join(', ')}.`);
            });
        }
        case 'invalid_type': {
            if (value === undefined)
                return at(`missing \`${field}\``, `Add \`${key}:\` here.`);
            return at(`${is(true)}; expected ${expectedWords(issue.expected)}`, typeFix(issue.expected, value, key));
        }
        case 'invalid_union': {
            if ('discriminator' in issue && issue.discriminator === 'type') {
                const types = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_TYPES */ .Tv.map(t => `\`${t}\``).join(', ');
                if (value === undefined)
                    return at(`missing \`${field}\``, `Add \`type:\` with one of ${types}.`);
                const guess = typeof value === 'string' ? (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(value, _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_TYPES */ .Tv) : undefined;
                return at(typeof value === 'string'
                    ? `unknown check type \`${value}\``
                    : `${is(true)}; expected the name of a check type`, `${guess ? `Did you mean \`${guess}\`? ` : ''}Check types: ${types}.`);
            }
            // The only other unions are "one or a list of" (zod reports a value of the right kind itself,
            // so here it is neither): a list is wrong in an entry, which is named and pointed at.
            if (Array.isArray(value)) {
                const i = value.findIndex(v => typeof v !== 'string');
                if (i >= 0) {
                    const entry = value[i];
                    return [
                        error(`${subject}: \`${field}[${i}]\` is ${describeValue(entry, true)}; expected text`, (0,_positions_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(doc, [...path, i]).node, typeFix('string', entry, ''))
                    ];
                }
            }
            return at(`${is(true)}; expected text or a list of texts`, `Write \`${key}: some-text\` or \`${key}: [one, two]\`.`);
        }
        case 'invalid_value': {
            if (value === undefined && issue.values.length === 1)
                return at(`missing \`${field}\``, `Add \`${key}: ${String(issue.values[0])}\`.`);
            const allowed = issue.values.map(v => `\`${String(v)}\``);
            const expected = allowed.length > 1 ? `one of ${allowed.join(', ')}` : allowed[0];
            const strings = issue.values.every(v => typeof v === 'string');
            const unquoted = issue.values.find(v => typeof v !== 'string' && String(v) === value);
            if (typeof value === 'string' && unquoted !== undefined) {
                return at(`${is(true)}; expected the ${typeof unquoted} ${String(unquoted)}`, `Write \`${key}: ${value}\` without quotes.`);
            }
            const guess = typeof value === 'string' ? (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(value, issue.values.map(String)) : undefined;
            return at(`${is(!strings || typeof value !== 'string')}; expected ${expected}`, guess
                ? `Did you mean \`${guess}\`?`
                : allowed.length > 1
                    ? `Write ${expected}.`
                    : `Write \`${key}: ${String(issue.values[0])}\`.`);
        }
        case 'too_small':
        case 'too_big':
            if (value === '')
                return at(`\`${field}\` is empty`, `Write a value after \`${key}:\`.`);
            return at(`${is(false)}; ${it(boundWords(issue))}`, boundFix(issue, key));
        case 'invalid_format':
            return at(`${is(false)}; ${it(ownMessage(issue.message) ?? `must be ${issue.format}`)}`, formatFix(key, value));
        case 'custom': {
            const fix = issue.params?.fix ?? formatFix(key, value);
            // A refinement of one value ("`signoff.date` is `2026-02-30`, which is not a real calendar
            // date"), or of a whole mapping ("`check` needs exactly one source").
            const scalar = value !== null && typeof value !== 'object';
            return at(scalar ? `${is(false)}, which ${issue.message}` : `\`${field}\` ${issue.message}`, fix);
        }
        default:
            return at(`${is(false)}; ${issue.message}`);
    }
}
/**
 * A value as its YAML author sees it. `typed` when the kind of value is the problem: then text is
 * called text, and text that YAML would read as a number or `true`/`false` unquoted says so.
 */
function describeValue(v, typed) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return 'empty (null)';
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty list' : 'a list';
    if (typeof v === 'object')
        return 'a mapping (`key: value` lines)';
    if (typeof v === 'string') {
        if (v === '')
            return 'empty text';
        if (!typed)
            return `\`${clip(v)}\``;
        return /^(-?\d+(\.\d+)?|true|false|null)$/.test(v)
            ? `the text "${v}" (in quotes, so not a ${/\d/.test(v) ? 'number' : 'true/false value'})`
            : `the text \`${clip(v)}\``;
    }
    if (!typed)
        return String(v);
    return typeof v === 'boolean' ? `\`${v}\` (a true/false value)` : `the ${typeof v} ${String(v)}`;
}
function clip(s) {
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
function expectedWords(expected) {
    const words = {
        string: 'text',
        number: 'a number',
        int: 'a whole number',
        boolean: '`true` or `false`',
        array: 'a list',
        object: 'a mapping (`key: value` lines)'
    };
    return words[expected] ?? expected;
}
/** How to write the value as the expected type, for the mistakes YAML authors make. */
function typeFix(expected, value, key) {
    if ((expected === 'number' || expected === 'int') &&
        typeof value === 'string' &&
        value.trim() !== '' &&
        Number.isFinite(Number(value)))
        return `Write \`${key}: ${value.trim()}\` without quotes.`;
    if (expected === 'boolean' && typeof value === 'string') {
        const word = value.trim().toLowerCase();
        const yes = ['yes', 'y', 'on', 'true'].includes(word);
        const no = ['no', 'n', 'off', 'false'].includes(word);
        if (word === 'true' || word === 'false')
            return `Write \`${key}: ${word}\` without quotes.`;
        if (yes || no)
            return `Write \`${key}: ${yes}\` (YAML 1.2 reads \`${value}\` as text).`;
        return `Write \`${key}: true\` or \`${key}: false\`.`;
    }
    if (expected === 'int' && typeof value === 'number')
        return `Use a whole number, e.g. \`${key}: ${Math.round(value)}\`.`;
    if (expected === 'string' && value === null)
        return `Write a value after \`${key}:\`.`;
    if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
        return `Quote it: \`${key ? `${key}: ` : ''}"${String(value)}"\`.`;
    if (expected === 'array' && value !== null && typeof value === 'object')
        return `Write each entry on its own line starting with \`- \`, or as \`${key}: [a, b]\`.`;
    if (expected === 'object' && Array.isArray(value))
        return `Write \`key: value\` lines here, not a list (drop the \`- \`).`;
    return SCHEMA_FIX;
}
/** The schema's own message when it has one ("a group needs at least one item"), else zod's bound in words. */
function boundWords(issue) {
    const own = ownMessage(issue.message);
    if (own)
        return own;
    const small = issue.code === 'too_small';
    const bound = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'array' || issue.origin === 'set')
        return `must list ${small ? 'at least' : 'at most'} ${bound === 1 ? 'one entry' : `${bound} entries`}`;
    if (issue.origin === 'string')
        return small && bound === 1
            ? 'must not be empty'
            : `must be ${small ? 'at least' : 'at most'} ${bound} characters long`;
    const words = small
        ? issue.inclusive
            ? 'at least'
            : 'more than'
        : issue.inclusive
            ? 'at most'
            : 'less than';
    return `must be ${words} ${bound}`;
}
function boundFix(issue, key) {
    if (issue.origin === 'array')
        return issue.code === 'too_small' ? `List at least one entry under \`${key}\`.` : SCHEMA_FIX;
    if (issue.origin === 'string')
        return `Write a value after \`${key}:\`.`;
    const small = issue.code === 'too_small';
    const bound = Number(small ? issue.minimum : issue.maximum);
    if (issue.inclusive === false)
        return `Use a number ${small ? 'above' : 'below'} ${bound}.`;
    return `Use ${bound} or ${small ? 'more' : 'less'}.`;
}
/** "must be …" reads as "it must be …" after "`x` is y;". */
function it(words) {
    return words.startsWith('must ') ? `it ${words}` : words;
}
/** How to write an id or a date the way the format asks. */
function formatFix(key, value) {
    if (key === 'id' && typeof value === 'string') {
        const id = value
            .toLowerCase()
            .replace(/[^a-z0-9._-]+/g, '-')
            .replace(/^[^a-z0-9]+/, '');
        return id ? `Write it as \`${id}\`.` : 'Use lower-case letters, digits, `.`, `_` and `-`.';
    }
    if (key === 'date' || key === 'expires') {
        return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? 'Use a day that exists in that month.'
            : `Write it as YYYY-MM-DD, e.g. \`${key}: 2026-11-20\`.`;
    }
    return SCHEMA_FIX;
}
/** A message the schema wrote itself; zod's generic ones ("Too small: …", "Invalid …") are replaced. */
function ownMessage(message) {
    return /^(Too (small|big)|Invalid)\b/.test(message) ? undefined : message;
}
function valueAt(data, path) {
    let v = data;
    for (const step of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[step];
    }
    return v;
}
/** "item `unit-tests`", "section 2 (Testing)" or "the checklist": the nearest thing a person can find. */
function subjectOf(path, data) {
    let subject = 'the checklist';
    for (let i = 0; i < path.length; i++) {
        if (path[i] === 'items' && typeof path[i + 1] === 'number') {
            const id = valueAt(data, [...path.slice(0, i + 2), 'id']);
            subject =
                typeof id === 'string' && id !== ''
                    ? `item \`${id}\``
                    : `item ${Number(path[i + 1]) + 1} of ${subject}`;
        }
        else if (path[i] === 'sections' && typeof path[i + 1] === 'number') {
            const title = valueAt(data, ['sections', path[i + 1], 'title']);
            subject = `section ${Number(path[i + 1]) + 1}${typeof title === 'string' && title !== '' ? ` (${title})` : ''}`;
        }
    }
    return subject;
}
/** The part of the path below the subject, e.g. `check.allow[0]`. */
function fieldOf(path) {
    let start = 0;
    for (let i = 0; i < path.length; i++) {
        if ((path[i] === 'items' || path[i] === 'sections') && typeof path[i + 1] === 'number')
            start = i + 2;
    }
    return path
        .slice(start)
        .map(s => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
        .join('')
        .replace(/^\./, '');
}
function allowedKeys(path, data) {
    const last = path[path.length - 1];
    if (path.length === 0)
        return Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ChecklistSchema */ ._c.shape);
    if (path.length === 2 && path[0] === 'sections')
        return Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SectionSchema */ .ZJ.shape);
    if (last === 'signoff')
        return Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SignoffSchema */ .oG.shape);
    if (last === 'check') {
        const type = valueAt(data, [...path, 'type']);
        const option = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckSchema */ .Yr.options.find(o => o.shape.type.value === type);
        return option ? Object.keys(option.shape) : ['type'];
    }
    return ITEM_KEYS;
}


/***/ }),

/***/ 2628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ allLeaves),
/* harmony export */   Rm: () => (/* binding */ findItem),
/* harmony export */   wf: () => (/* binding */ leavesOf)
/* harmony export */ });
/** Every item with its path (`group/child`) and whether it and its groups are required. */
function* walk(checklist) {
    function* visit(item, path, required) {
        const here = { item, path, required: required && item.required };
        yield here;
        for (const child of item.items ?? [])
            yield* visit(child, `${path}/${child.id}`, here.required);
    }
    for (const section of checklist.sections)
        for (const item of section.items)
            yield* visit(item, item.id, true);
}
/** The item an id or a path names (ids are unique in the file), or undefined. */
function findItem(checklist, ref) {
    const wanted = ref.replace(/^\/+|\/+$/g, '');
    for (const entry of walk(checklist)) {
        if (entry.path === wanted || entry.item.id === wanted)
            return entry;
    }
    return undefined;
}
/** The leaves at or under an item (the item itself when it is a leaf). */
function leavesOf(entry) {
    if (!entry.item.items)
        return [entry];
    return entry.item.items.flatMap(child => leavesOf({ item: child, path: `${entry.path}/${child.id}`, required: entry.required && child.required }));
}
/** Every leaf of the checklist, in file order. */
function allLeaves(checklist) {
    return [...walk(checklist)].filter(e => !e.item.items);
}


/***/ }),

/***/ 5920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   qe: () => (/* binding */ keyNode),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** Walks a parsed YAML document along a zod-style path, keeping the deepest node reached. */
function locate(doc, path) {
    let node = doc.contents;
    let key;
    for (const step of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === step);
            if (!pair)
                return { node, exact: false };
            key = pair.key ?? undefined;
            node = pair.value ?? null;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof step === 'number' && node.items[step]) {
            key = undefined;
            node = node.items[step];
        }
        else {
            return { node: node ?? undefined, exact: false };
        }
    }
    return { node: node ?? key, key, exact: true };
}
/** 1-based line and column of a node's start (YAML's LineCounter is 1-based already). */
function positionOf(node, lines) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}
/** The key node of `name` in a map node, for errors about the key itself (unknown keys). */
function keyNode(map, name) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    const pair = map.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === name);
    return pair?.key ?? undefined;
}


/***/ }),

/***/ 616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ namedLeaves),
/* harmony export */   Pm: () => (/* binding */ rollUpCycle),
/* harmony export */   T9: () => (/* binding */ indexChecklist)
/* harmony export */ });
/** Every item by id and by path, and every section's leaves by title. */
function indexChecklist(checklist) {
    const index = { byId: new Map(), byPath: new Map(), sections: new Map() };
    const visit = (item, section, parent) => {
        const entry = {
            item,
            path: parent ? `${parent.path}/${item.id}` : item.id,
            section,
            required: (parent?.required ?? true) && item.required,
            leaves: []
        };
        if (!index.byId.has(item.id))
            index.byId.set(item.id, entry);
        index.byPath.set(entry.path, entry);
        entry.leaves = item.items ? item.items.flatMap(child => visit(child, section, entry).leaves) : [entry];
        return entry;
    };
    for (const section of checklist.sections) {
        const leaves = section.items.flatMap(item => visit(item, section.title).leaves);
        index.sections.set(section.title, [...(index.sections.get(section.title) ?? []), ...leaves]);
    }
    return index;
}
const many = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
/** The leaves an `items` roll-up names: the items (or groups' leaves) by id or path, and sections' leaves. */
function namedLeaves(check, index) {
    const seen = new Set();
    const named = { leaves: [], unknownItems: [], unknownSections: [] };
    const add = (leaves) => {
        for (const leaf of leaves) {
            if (seen.has(leaf.path))
                continue;
            seen.add(leaf.path);
            named.leaves.push(leaf);
        }
    };
    for (const ref of many(check.items)) {
        const entry = index.byPath.get(ref) ?? index.byId.get(ref);
        if (entry)
            add(entry.leaves);
        else
            named.unknownItems.push(ref);
    }
    for (const title of many(check.sections)) {
        const leaves = index.sections.get(title);
        if (leaves)
            add(leaves);
        else
            named.unknownSections.push(title);
    }
    return named;
}
const rollUpOf = (item) => item.check?.type === 'items' ? item.check : undefined;
/**
 * A roll-up that names itself, directly (its own id, a group or section it is in) or through other
 * roll-ups, could never be evaluated: the cycle, as the ids that form it, or undefined.
 */
function rollUpCycle(start, index) {
    const onPath = [];
    const visited = new Set();
    // Reachability of `start` from itself: a node seen before either led back to it or never will.
    const walk = (entry) => {
        if (entry === start && onPath.length > 0)
            return [...onPath, start].map(e => e.item.id);
        const check = rollUpOf(entry.item);
        if (!check || visited.has(entry.path))
            return undefined;
        visited.add(entry.path);
        onPath.push(entry);
        for (const leaf of namedLeaves(check, index).leaves) {
            const cycle = walk(leaf);
            if (cycle)
                return cycle;
        }
        onPath.pop();
        return undefined;
    };
    return walk(start);
}


/***/ }),

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ metricFormat),
/* harmony export */   Tv: () => (/* binding */ CHECK_TYPES),
/* harmony export */   Yr: () => (/* binding */ CheckSchema),
/* harmony export */   ZJ: () => (/* binding */ SectionSchema),
/* harmony export */   _c: () => (/* binding */ ChecklistSchema),
/* harmony export */   jx: () => (/* binding */ ItemSchema),
/* harmony export */   oG: () => (/* binding */ SignoffSchema)
/* harmony export */ });
/* unused harmony exports needle, CONCLUSIONS, METRIC_FORMATS, JUNIT_VALUES, ID_PATTERN, PERSON_PATTERN, WaiverSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _text_needle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7204);
/* harmony import */ var _text_selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2878);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2334);
/* harmony import */ var _value_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2337);





/**
 * The one definition of the checklist format (documented in docs/checklist.md and docs/check-types.md,
 * whose tables `npm run docs` generates from it). The parser validates with it and
 * `npm run schema` turns it into checklist/schema.json for editors. Every object is strict:
 * a typo in a key must be an error, never a silently weaker gate.
 */
const glob = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty');
const oneOrMany = (t) => zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([t, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(t).min(1, 'must list at least one')]);
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int('must be a whole number').min(0, 'must be 0 or more');
const severity = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low']);
/**
 * Text to look for: plain, or `/pattern/flags` (RE2 syntax, linear time). Every pattern is compiled
 * here, so a pattern the gate cannot run is a positioned checklist error, never an `unknown` later.
 * The issue carries its fix in `params.fix`.
 */
const needle = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1, 'must not be empty')
    .superRefine((text, ctx) => {
    const parsed = (0,_text_needle_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNeedle */ .hJ)(text);
    if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.problem.message, params: { fix: parsed.problem.fix } });
    }
});
const CONCLUSIONS = [
    'success',
    'neutral',
    'skipped',
    'failure',
    'cancelled',
    'timed_out',
    'action_required',
    'stale'
];
const checksCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('checks'),
    name: oneOrMany(glob).describe('Glob (or list of globs) on check-run names and commit-status contexts.'),
    allow: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(CONCLUSIONS))
        .min(1)
        .optional()
        .describe('Conclusions that count as success; default [success, neutral, skipped].')
})
    .describe('Check runs and commit statuses on the commit. Needs checks: read and statuses: read.');
const coverageCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('coverage'),
    min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(100).describe('Minimum line coverage, in percent.'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Name of a workflow artifact from the commit’s runs.'),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Check or status name whose text holds a percentage.'),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Report file in the workspace.'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['lcov', 'cobertura', 'istanbul', 'jacoco', 'go', 'auto']).optional(),
    'max-drop': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional().describe('Points the figure may fall below the merge base.')
})
    .refine(c => [c.artifact, c.status, c.path].filter(s => s !== undefined).length === 1, {
    message: 'needs exactly one source: `artifact`, `status` or `path`'
})
    .describe('Line coverage from a report. Needs actions: read for artifacts.');
const codeScanningCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('code-scanning'),
    severity: severity.optional().describe('Minimum severity counted; default high.'),
    max: count.optional().describe('Most open alerts allowed; default 0.'),
    tool: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Only alerts from this tool (e.g. CodeQL).')
})
    .describe('Open code-scanning alerts. Needs security-events: read.');
const secretScanningCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('secret-scanning'),
    max: count.optional().describe('Most open alerts allowed; default 0.')
})
    .describe('Open secret-scanning alerts. Needs a security-token with "Secret scanning alerts: read".');
const dependabotCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('dependabot'),
    severity: severity.optional().describe('Minimum severity counted; default high.'),
    max: count.optional().describe('Most open alerts allowed; default 0.')
})
    .describe('Open Dependabot alerts. Needs vulnerability-alerts: read.');
/** `match` selectors (`services.*.healthcheck`) are checked at validation, like needles, at their key. */
const selectors = (m, ctx) => {
    if (Object.keys(m).length === 0)
        ctx.addIssue({ code: 'custom', message: 'must name at least one selector' });
    for (const key of Object.keys(m)) {
        const parsed = (0,_text_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSelector */ .Pl)(key);
        if (!parsed.ok)
            ctx.addIssue({ code: 'custom', path: [key], message: parsed.message, params: { fix: parsed.fix } });
    }
};
const fileCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('file'),
    path: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).describe('File (or list of files) that must exist at the ref.'),
    contains: oneOrMany(needle)
        .optional()
        .describe('Text each file must contain; /…/flags for a regular expression (RE2 syntax, flags i, m, s).'),
    'not-contains': oneOrMany(needle)
        .optional()
        .describe('Text no file may contain (plain, or /…/flags as for `contains`).'),
    match: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true), needle]))
        .superRefine(selectors)
        .optional()
        .describe('YAML/JSON files: { "<selector>": true | "<value or /regex/>" }; a selector is a dot path with * for any key or index. Every selected node must exist (true) or be a scalar equal to the value (or matching the /regex/); a selector that selects nothing fails.'),
    absent: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true)
        .optional()
        .describe('true: the path(s) must not exist at the ref (no `contains`, `not-contains` or `match` with it).')
})
    .refine(c => !c.absent || (c.contains === undefined && c['not-contains'] === undefined && c.match === undefined), {
    message: '`absent: true` cannot be combined with `contains`, `not-contains` or `match` (an absent file has no content)'
})
    .describe('Files in the repository at the gated commit. Needs contents: read.');
const reviewsCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('reviews'),
    min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).optional().describe('Distinct approving reviewers; default 1.'),
    fresh: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Count only approvals of the head commit.')
})
    .describe('Approving reviews on the PR. Needs pull-requests: read.');
const branchRulesCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('branch-rules'),
    branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    'require-checks': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1).optional(),
    'require-reviews': count.optional()
})
    .refine(c => c['require-checks'] !== undefined || c['require-reviews'] !== undefined, {
    message: 'needs `require-checks` or `require-reviews` (or both)'
})
    .describe('Rules on the branch. Needs contents: read (administration: read for classic protection).');
const itemsCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('items'),
    items: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'))
        .optional()
        .describe('Item ids, or paths of ids joined with / (`security/https`); a group names all its leaves.'),
    sections: oneOrMany(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'))
        .optional()
        .describe('Section titles, as written in this file: every leaf of the section.')
})
    .refine(c => c.items !== undefined || c.sections !== undefined, {
    message: 'needs `items` or `sections` (or both)'
})
    .describe('Other items, rolled up. Needs no permission.');
/** A URL the gate may probe: http or https, with no credentials in it (the gate never sends any). */
const probeUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((raw, ctx) => {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        ctx.addIssue({
            code: 'custom',
            message: 'is not a URL',
            params: { fix: 'Write a full URL, e.g. `https://shop.example.com/health`.' }
        });
        return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        ctx.addIssue({
            code: 'custom',
            message: `is a ${url.protocol} URL; only https and http are probed`,
            params: { fix: 'Use an `https://` (or `http://`) URL.' }
        });
    if (url.username || url.password)
        ctx.addIssue({
            code: 'custom',
            message: 'holds credentials; the gate never sends any to a probed service',
            params: { fix: 'Remove the `user:password@` part: probe an endpoint that answers without them.' }
        });
});
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('http'),
    url: probeUrl.describe('The live service to ask (https or http); GET, with no token or cookie.'),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .min(100)
        .max(599)
        .optional()
        .describe('The status every answer must have; default 200.'),
    'max-ms': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .positive()
        .optional()
        .describe('Most milliseconds for the median answer of `samples` (connect, TLS, body).'),
    samples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .min(1)
        .max(10)
        .optional()
        .describe('Requests made, one after another; default 3.'),
    'tls-days': zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .min(0)
        .optional()
        .describe('https: the certificate stays valid at least this many more days (of 24 h).'),
    headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true), needle]))
        .optional()
        .describe('{ name: true | "<value or /regex/>" }: each header present, equal to the value or matching it.'),
    'redirects-to-https': zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true)
        .optional()
        .describe('http:// url: the answer is a redirect (301, 302, 303, 307, 308) to https on the same host.'),
    follow: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .optional()
        .describe(`Follow redirects (at most 5) and judge the last answer; default false.`)
})
    .refine(c => c['tls-days'] === undefined || c.url.startsWith('https:'), {
    message: '`tls-days` needs an `https://` url (a plain http answer has no certificate)'
})
    .refine(c => !c['redirects-to-https'] || (c.url.startsWith('http:') && !c.follow && c.status === undefined), {
    message: '`redirects-to-https` needs an `http://` url, without `follow` or `status` (the answer must be the redirect itself)'
})
    .describe('A live answer. Needs no permission.');
const workflowCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('workflow'),
    workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1)])
        .describe('The workflow file name in .github/workflows (e.g. backup-drill.yml), or its id.'),
    branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Runs on this branch; default: the repository’s default branch.'),
    event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Only runs triggered by this event (e.g. schedule).'),
    allow: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(CONCLUSIONS))
        .min(1)
        .optional()
        .describe('Conclusions that count as success; default [success].'),
    'max-age': _duration_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
        .optional()
        .describe('Duration (30m, 12h, 7d, 2w): the run must have completed within it.')
})
    .describe('The latest run of a workflow. Needs actions: read.');
const deploymentCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('deployment'),
    environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, 'must not be empty')
        .describe('The environment deployed to (e.g. staging).'),
    'max-age': _duration_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
        .optional()
        .describe('Duration (30m, 12h, 7d, 2w): the latest status must be at most this old.'),
    sha: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['any', 'target'])
        .optional()
        .describe('`target`: only deployments of the gated commit count; default `any`.'),
    protected: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .optional()
        .describe('true: the environment must have required reviewers or a deployment branch policy.')
})
    .describe('The latest deployment to an environment. Needs deployments: read.');
/** Document formats of `metric`, by file extension. */
const METRIC_FORMATS = {
    '.json': 'json',
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.csv': 'csv',
    '.xml': 'junit'
};
const JUNIT_VALUES = ['tests', 'failures', 'errors', 'skipped', 'pass-rate'];
/** The format of a metric document from its name; undefined for an extension the gate cannot read. */
function metricFormat(name) {
    const ext = /\.[^./]+$/.exec(name.toLowerCase())?.[0];
    return ext && Object.hasOwn(METRIC_FORMATS, ext)
        ? METRIC_FORMATS[ext]
        : undefined;
}
const EXTENSIONS = Object.keys(METRIC_FORMATS).join(', ');
const metricCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('metric'),
    artifact: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Name of a workflow artifact from the commit’s runs.'),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('The document inside the artifact.'),
    file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('A document in the repository at the gated commit.'),
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, 'must not be empty')
        .describe('Path into the document (a.b[0]["p(95)"]); a CSV column; a JUnit figure.'),
    where: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]))
        .optional()
        .describe('CSV only: the row whose columns have these values.'),
    min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe('Lowest value allowed (inclusive).'),
    max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe('Highest value allowed (inclusive).'),
    'max-age': _duration_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
        .optional()
        .describe('Duration (30m, 12h, 7d, 2w), artifacts only: the artifact’s greatest age.')
})
    .superRefine((c, ctx) => {
    const issue = (message, fix, path = []) => ctx.addIssue({ code: 'custom', message, path, params: { fix } });
    if ((c.artifact === undefined) === (c.file === undefined)) {
        issue('needs exactly one source: `artifact` (with `path`) or `file`', 'Keep one of `artifact` and `file`.');
        return;
    }
    if (c.artifact !== undefined && c.path === undefined)
        issue('needs `path`: the document inside the artifact', 'Add `path:` with the file name inside the artifact.');
    if (c.file !== undefined && c.path !== undefined)
        issue('has `path`, which belongs to `artifact`', 'Remove `path`, or use `artifact` instead of `file`.', ['path']);
    if (c.file !== undefined && c['max-age'] !== undefined)
        issue('has `max-age`, which applies to artifacts only', 'Remove `max-age`, or read the figure from an artifact.', ['max-age']);
    if (c.min === undefined && c.max === undefined)
        issue('needs `min` or `max` (or both)', 'Add `min:` or `max:`.');
    if (c.min !== undefined && c.max !== undefined && c.min > c.max)
        issue('has `min` above `max`: no value can pass', 'Swap them, or correct one.', ['min']);
    const doc = c.file ?? c.path;
    if (doc === undefined)
        return;
    const format = metricFormat(doc);
    const at = [c.file !== undefined ? 'file' : 'path'];
    if (!format) {
        issue(`names a document whose format the gate cannot tell: it reads ${EXTENSIONS}`, `Name a file ending in ${EXTENSIONS}.`, at);
        return;
    }
    if (format === 'junit' && !JUNIT_VALUES.includes(c.value))
        issue(`reads a JUnit XML report, whose \`value\` is one of ${JUNIT_VALUES.join(', ')}`, `Write \`value: pass-rate\` (or another of them).`, ['value']);
    if ((format === 'json' || format === 'yaml') && c.value !== undefined) {
        const parsed = (0,_value_path_js__WEBPACK_IMPORTED_MODULE_4__/* .parseValuePath */ .gI)(c.value);
        if (!parsed.ok)
            issue(`\`value\` ${parsed.problem}`, 'Write the path as `a.b[0]["p(95)"]`: dot keys, `[n]` indices, `["…"]` for other keys.', ['value']);
    }
    if (c.where !== undefined && format !== 'csv')
        issue('has `where`, which selects a CSV row', 'Remove `where`; for JSON or YAML, write the whole path in `value`.', ['where']);
})
    .describe('A number in a document, within bounds. Needs actions: read or contents: read.');
const CheckSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('type', [
    checksCheck,
    coverageCheck,
    codeScanningCheck,
    secretScanningCheck,
    dependabotCheck,
    fileCheck,
    reviewsCheck,
    branchRulesCheck,
    itemsCheck,
    httpCheck,
    workflowCheck,
    deploymentCheck,
    metricCheck
]);
const CHECK_TYPES = CheckSchema.options.map(o => o.shape.type.value);
const isoDate = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    // abort: a value that is no date at all gets one error, not a second about the calendar.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
    .refine(s => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar date'
});
const SignoffSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    by: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('Who signed off, e.g. "@alice".'),
    date: isoDate.describe('When (YYYY-MM-DD, not in the future).'),
    expires: isoDate.optional().describe('Last day the sign-off holds (YYYY-MM-DD, after `date`).'),
    note: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
})
    .describe('A committed attestation of a manual item.');
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** `@user` or `@org/team`: who may sign off (GitHub logins and team slugs). */
const PERSON_PATTERN = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
const person = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(PERSON_PATTERN, 'must be `@user` or `@org/team`');
const people = oneOrMany(person);
const WaiverSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    item: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('Item id or path (a group stands for its required items).'),
    by: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('Who waived it, e.g. "@carol".'),
    until: isoDate.describe('Last day the waiver holds (YYYY-MM-DD, at most 90 days ahead).'),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must say why')
})
    .describe('A committed waiver: the item does not block until `until`.');
const ItemSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(ID_PATTERN, 'must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit')
        .describe('Unique in the file.'),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Default true; false makes the item advisory.'),
    owner: people
        .optional()
        .describe('Who answers for the item and may sign it off: "@user" or "@org/team", or a list of them.'),
    check: CheckSchema.optional().describe('How the gate verifies the item; absent: a manual item.'),
    signoff: SignoffSchema.optional(),
    get items() {
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ItemSchema).min(1, 'a group needs at least one item').optional().describe('A group.');
    }
});
const SectionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'),
    items: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ItemSchema).min(1, 'a section needs at least one item')
});
const ChecklistSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1, 'must be 1'),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    approvers: people
        .optional()
        .describe('Release managers: may sign off any manual item, and alone may waive ("@user" or "@org/team").'),
    'self-signoff': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['allowed', 'forbidden'])
        .optional()
        .describe("`allowed` lets a PR's author sign off and waive items of their own PR; default forbidden."),
    'signoff-max-age': _duration_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
        .optional()
        .describe('How long a sign-off by comment holds after it was posted, e.g. 7d.'),
    waivers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(WaiverSchema).min(1).optional().describe('Committed waivers.'),
    sections: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(SectionSchema).min(1, 'a checklist needs at least one section')
})
    .describe('Readiness Gate checklist (https://github.com/readiness-gate/readiness-gate).');


/***/ }),

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   kl: () => (/* binding */ MAX_WAIVER_DAYS),
/* harmony export */   sq: () => (/* binding */ checkWarnings),
/* harmony export */   w9: () => (/* binding */ checkSemantics)
/* harmony export */ });
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2628);
/* harmony import */ var _text_closest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7504);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(616);



/** The longest a waiver may hold, from the day it is given (committed: from the evaluation). */
const MAX_WAIVER_DAYS = 90;
/** `YYYY-MM-DD` plus `days` days (UTC). */
function addDays(date, days) {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
/**
 * Rules the schema cannot express: ids unique in the file, an item is a check, a group or a manual
 * item (never two of these), sign-offs only on manual items with sensible dates, and at least one
 * required item (a checklist of advisory items only would pass whatever the evidence says).
 */
function checkSemantics(checklist, today) {
    const problems = [];
    const seen = new Map();
    const problem = (item, message, fix) => problems.push({ line: item.line, column: item.column, message: `item \`${item.id}\`: ${message}`, fix });
    const visit = (item) => {
        const first = seen.get(item.id);
        if (first) {
            problem(item, `duplicate id \`${item.id}\` (first used on line ${first.line})`, 'Give each item its own id.');
        }
        else {
            seen.set(item.id, item);
        }
        if (item.check && item.items) {
            problem(item, 'has both `check` and `items`', 'An item is a check, a group (`items`) or a manual item: move the check into an item of the group.');
        }
        if (item.signoff) {
            if (item.check || item.items) {
                problem(item, 'has a `signoff` but is not a manual item', 'Only manual items (no `check`, no `items`) are signed off: remove `signoff`.');
            }
            const { date, expires } = item.signoff;
            if (date > today) {
                problem(item, `signoff.date \`${date}\` is in the future (today is ${today} UTC)`, 'Use the day it was signed off.');
            }
            if (expires !== undefined && expires <= date) {
                problem(item, `signoff.expires \`${expires}\` is not after signoff.date \`${date}\``, 'Set `expires` after `date`.');
            }
        }
        item.items?.forEach(visit);
    };
    checklist.sections.forEach(s => s.items.forEach(visit));
    for (const w of checklist.waivers ?? []) {
        const at = { line: w.line, column: w.column };
        if (!(0,_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .findItem */ .Rm)(checklist, w.item)) {
            problems.push({
                ...at,
                message: `waiver of \`${w.item}\`: no item has that id or path`,
                fix: 'Name an item of this checklist by its id or path.'
            });
        }
        const latest = addDays(today, MAX_WAIVER_DAYS);
        if (w.until > latest) {
            problems.push({
                ...at,
                message: `waiver of \`${w.item}\`: until \`${w.until}\` is more than ${MAX_WAIVER_DAYS} days ahead (today is ${today} UTC)`,
                fix: `A waiver holds at most ${MAX_WAIVER_DAYS} days: set \`until\` to ${latest} or earlier, and renew it then if still needed.`
            });
        }
    }
    problems.push(...checkRollUps(checklist));
    const top = checklist.sections.flatMap(s => s.items);
    if (!top.some(hasRequiredLeaf)) {
        // Point at the first `required: false` that makes its items advisory (one always exists here).
        const advisory = firstAdvisory(top) ?? top[0];
        problems.push({
            line: advisory.line,
            column: advisory.column,
            message: 'the checklist has no required item: every item is advisory (`required: false`, or in a group that is), so the verdict would pass whatever the evidence says',
            fix: 'Make the items that must hold before release required: remove `required: false` from them and from the groups they are in.'
        });
    }
    return problems;
}
/** Whether some leaf at or under `item` blocks the verdict: it and every group down to it are required. */
function hasRequiredLeaf(item) {
    if (!item.required)
        return false;
    return item.items ? item.items.some(hasRequiredLeaf) : true;
}
function firstAdvisory(items) {
    for (const item of items) {
        const found = !item.required ? item : firstAdvisory(item.items ?? []);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * What is valid but cannot mean what it says: a required group whose items are all advisory never
 * blocks the verdict. Only the outermost such group is named (the groups inside it are covered).
 */
function checkWarnings(checklist) {
    const warnings = [];
    const visit = (item) => {
        if (!item.items || !item.required)
            return;
        if (!item.items.some(hasRequiredLeaf)) {
            warnings.push({
                line: item.line,
                column: item.column,
                message: `group \`${item.id}\` is required, but every item in it is advisory (\`required: false\`), so it never blocks the verdict`,
                fix: 'Make the items that must hold required, or mark the group `required: false` to say it is advisory.'
            });
            return;
        }
        item.items.forEach(visit);
    };
    checklist.sections.forEach(s => s.items.forEach(visit));
    return warnings;
}
/**
 * `items` roll-ups: every reference names an item or section of this file, at least one named leaf
 * is required (else the roll-up would pass whatever the evidence says), and no roll-up names itself,
 * directly or through other roll-ups.
 */
function checkRollUps(checklist) {
    const index = (0,_references_js__WEBPACK_IMPORTED_MODULE_1__/* .indexChecklist */ .T9)(checklist);
    const problems = [];
    for (const entry of index.byPath.values()) {
        const { item } = entry;
        if (item.check?.type !== 'items')
            continue;
        const problem = (message, fix) => problems.push({ line: item.line, column: item.column, message: `item \`${item.id}\`: ${message}`, fix });
        const named = (0,_references_js__WEBPACK_IMPORTED_MODULE_1__/* .namedLeaves */ .Gb)(item.check, index);
        for (const ref of named.unknownItems) {
            const near = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(ref, [...index.byId.keys(), ...index.byPath.keys()]);
            problem(`\`check.items\` names \`${ref}\`, which is no item id or path in this file`, near
                ? `Did you mean \`${near}\`?`
                : 'Name an item by its id, or by the ids from its section down joined with `/`.');
        }
        for (const title of named.unknownSections) {
            const near = (0,_text_closest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(title, [...index.sections.keys()]);
            problem(`\`check.sections\` names \`${title}\`, which is no section title in this file`, near ? `Did you mean \`${near}\`?` : 'Write the section title exactly as in its `title:`.');
        }
        if (named.unknownItems.length + named.unknownSections.length > 0)
            continue;
        const cycle = (0,_references_js__WEBPACK_IMPORTED_MODULE_1__/* .rollUpCycle */ .Pm)(entry, index);
        if (cycle) {
            problem(cycle.length === 2
                ? 'the roll-up names itself (directly, or through a group or section it is in)'
                : `the roll-up names itself through ${cycle
                    .slice(1, -1)
                    .map(id => `\`${id}\``)
                    .join(' → ')}`, 'A roll-up cannot wait for its own result: leave it (and the roll-ups that name it) out of what it names.');
            continue;
        }
        if (!named.leaves.some(l => l.required)) {
            problem('the roll-up names no required item, so it would pass whatever the evidence says', 'Name the items that must hold, or make them required.');
        }
    }
    return problems;
}


/***/ }),

/***/ 2337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   gI: () => (/* binding */ parseValuePath)
/* harmony export */ });
/**
 * The `value` of a `metric` check: a path into a JSON or YAML document, `a.b[0]["p(95)"]` — dot
 * keys, `[n]` indices, and `["…"]` (or `['…']`) for keys with dots, brackets or spaces.
 */
const BARE = /^[^.[\]"']+/;
function parseValuePath(text) {
    const segments = [];
    let rest = text;
    let first = true;
    while (rest.length > 0) {
        if (rest.startsWith('[')) {
            const index = /^\[(\d+)\]/.exec(rest);
            const quoted = /^\[(["'])(.*?)\1\]/.exec(rest);
            if (index)
                segments.push({ index: Number(index[1]) });
            else if (quoted)
                segments.push({ key: quoted[2] });
            else
                return { ok: false, problem: `has a \`[\` that is neither \`[n]\` nor \`["key"]\` at \`${rest}\`` };
            rest = rest.slice((index ?? quoted)[0].length);
        }
        else {
            if (!first) {
                if (!rest.startsWith('.'))
                    return { ok: false, problem: `needs a \`.\` or \`[\` before \`${rest}\`` };
                rest = rest.slice(1);
            }
            const bare = BARE.exec(rest);
            if (!bare)
                return { ok: false, problem: `has an empty key before \`${rest || 'the end'}\`` };
            segments.push({ key: bare[0] });
            rest = rest.slice(bare[0].length);
        }
        first = false;
    }
    if (segments.length === 0)
        return { ok: false, problem: 'is empty' };
    return { ok: true, segments };
}
/** The node at `segments`, or how far the path got before it found nothing. */
function select(doc, segments) {
    let node = doc;
    for (const [i, seg] of segments.entries()) {
        if ('index' in seg) {
            if (!Array.isArray(node) || seg.index >= node.length)
                return { found: false, matched: i };
            node = node[seg.index];
        }
        else if (Array.isArray(node) && /^\d+$/.test(seg.key) && Number(seg.key) < node.length) {
            node = node[Number(seg.key)];
        }
        else if (node !== null &&
            typeof node === 'object' &&
            !Array.isArray(node) &&
            Object.hasOwn(node, seg.key)) {
            node = node[seg.key];
        }
        else
            return { found: false, matched: i };
    }
    return { found: true, value: node };
}
/** The path written back, up to `count` segments (for "`a.b` has no `c`"). */
function pathText(segments, count = segments.length) {
    return segments
        .slice(0, count)
        .map((s, i) => 'index' in s
        ? `[${s.index}]`
        : /^[^.[\]"' ]+$/.test(s.key)
            ? `${i === 0 ? '' : '.'}${s.key}`
            : `["${s.key}"]`)
        .join('');
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

/***/ 4397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateTarget: () => (/* binding */ gateTarget)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(6614);
// EXTERNAL MODULE: ./src/errors/config-error.ts
var config_error = __webpack_require__(1126);
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/checklist/depth.ts
var depth = __webpack_require__(5773);
// EXTERNAL MODULE: ./src/checklist/issues.ts
var issues = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/checklist/positions.ts
var positions = __webpack_require__(5920);
// EXTERNAL MODULE: ./src/checklist/schema.ts
var schema = __webpack_require__(7701);
// EXTERNAL MODULE: ./src/checklist/semantics.ts
var semantics = __webpack_require__(3441);
;// CONCATENATED MODULE: ./src/checklist/parse.ts






/** Aliases are expanded at most this many times, so a "billion laughs" file cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100;
const NESTING_FIX = `Flatten the groups: an item may sit inside at most ${depth/* MAX_GROUP_DEPTH */.FH} groups.`;
/**
 * Parses and validates a checklist. Pure: every problem comes back as a positioned ConfigError
 * (file, ref, line, column, the offending word and a fix), never as an exception.
 */
function parseChecklist(text, options) {
    const lines = new dist/* LineCounter */.HN();
    const at = (node) => (0,positions/* positionOf */.df)(node, lines);
    const error = (message, node, fix = issues/* SCHEMA_FIX */.gQ) => ({
        file: options.file,
        ref: options.ref,
        ...at(node),
        message,
        fix
    });
    // parseDocument's two steps, with a depth check between them: the parser keeps its own stack,
    // but composing the document recurses once per level and would overflow on a deep enough file.
    const tokens = [...new dist/* Parser */.iX(lines.addNewLine).parse(text)];
    const beyond = (0,depth/* yamlBeyondBounds */.kN)(tokens);
    if (beyond) {
        const { line, col } = lines.linePos(beyond.offset);
        return {
            ok: false,
            errors: [
                {
                    file: options.file,
                    ref: options.ref,
                    line,
                    column: col,
                    message: beyond.message,
                    fix: beyond.message.includes('aliases')
                        ? `Write the repeated parts out, or use at most ${depth/* MAX_ALIASES */.K1} aliases.`
                        : NESTING_FIX
                }
            ]
        };
    }
    const doc = composeOne(tokens, text.length);
    if (doc.errors.length > 0) {
        return {
            ok: false,
            errors: doc.errors.map(e => {
                const { line, col } = lines.linePos(e.pos[0]);
                return {
                    file: options.file,
                    ref: options.ref,
                    line,
                    column: col,
                    message: `YAML syntax: ${firstLine(e.message)}`,
                    fix: 'Correct the YAML at that position (indentation, quoting, a missing colon).'
                };
            })
        };
    }
    if (doc.contents === null) {
        return {
            ok: false,
            errors: [error('the file is empty', undefined, 'Start it with `version: 1` and `sections:`.')]
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        // Aliases can nest a value deeper than the text shows; the stack overflow is that, said plainly.
        const what = e instanceof RangeError
            ? 'it nests too deeply (through aliases)'
            : firstLine(String(e.message));
        return {
            ok: false,
            errors: [
                error(`YAML could not be read: ${what}`, doc.contents, e instanceof RangeError ? NESTING_FIX : undefined)
            ]
        };
    }
    const deepItem = (0,depth/* tooDeepGroup */.c6)(data);
    if (deepItem) {
        const groups = deepItem.filter(step => step === 'items').length - 1;
        return {
            ok: false,
            errors: [
                error(`${(0,issues/* subjectOf */.et)(deepItem, data)} sits inside ${groups} nested groups; groups nest at most ${depth/* MAX_GROUP_DEPTH */.FH} deep`, (0,positions/* locate */.x5)(doc, deepItem).node, NESTING_FIX)
            ]
        };
    }
    const parsed = schema/* ChecklistSchema */._c.safeParse(data);
    if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.flatMap(issue => (0,issues/* describeIssue */.n6)(issue, data, doc, error)) };
    }
    const checklist = toModel(parsed.data, doc, lines);
    const problems = (0,semantics/* checkSemantics */.w9)(checklist, options.today).map(p => ({
        file: options.file,
        ref: options.ref,
        line: p.line,
        column: p.column,
        message: p.message,
        fix: p.fix
    }));
    return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, checklist };
}
/** Composes the parser's tokens into one document, as parseDocument does. */
function composeOne(tokens, length) {
    const composer = new dist/* Composer */.Dk({ uniqueKeys: true });
    let doc;
    for (const next of composer.compose(tokens, true, length)) {
        if (!doc)
            doc = next;
        else {
            doc.errors.push(new dist/* YAMLParseError */.XT(next.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents'));
            break;
        }
    }
    return doc;
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
function toModel(input, doc, lines) {
    const pos = (path) => (0,positions/* positionOf */.df)((0,positions/* locate */.x5)(doc, path).node, lines) ?? { line: 1, column: 1 };
    const item = (raw, path) => ({
        id: raw.id,
        title: raw.title,
        description: raw.description,
        required: raw.required ?? true,
        owner: raw.owner === undefined ? undefined : listOf(raw.owner).join(', '),
        owners: raw.owner === undefined ? [] : listOf(raw.owner),
        check: raw.check,
        signoff: raw.signoff,
        items: raw.items?.map((child, i) => item(child, [...path, 'items', i])),
        ...pos(path)
    });
    const sections = input.sections.map((s, i) => ({
        title: s.title,
        line: pos(['sections', i, 'title']).line,
        items: s.items.map((raw, j) => item(raw, ['sections', i, 'items', j]))
    }));
    return {
        version: 1,
        title: input.title,
        approvers: input.approvers === undefined ? [] : listOf(input.approvers),
        selfSignoff: input['self-signoff'] === 'allowed',
        signoffMaxAge: input['signoff-max-age'],
        waivers: (input.waivers ?? []).map((w, i) => ({ ...w, ...pos(['waivers', i, 'until']) })),
        sections
    };
}
const listOf = (v) => (Array.isArray(v) ? v : [v]);

;// CONCATENATED MODULE: ./src/checklist/parse-file.ts

/** Whether a checklist path names a Markdown file. */
function isMarkdownPath(path) {
    return /\.(md|markdown)$/i.test(path);
}
/**
 * Parses a checklist file by its kind: Markdown (`.md`) as GitHub renders it, anything else as YAML.
 * The Markdown parser (micromark with GFM) loads only for a Markdown checklist.
 */
async function parseChecklistFile(text, options) {
    if (!isMarkdownPath(options.file))
        return parseChecklist(text, options);
    const { parseMarkdownChecklist } = await Promise.all(/* import() */[__webpack_require__.e(927), __webpack_require__.e(805), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 4481));
    return parseMarkdownChecklist(text, options);
}

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
    const parsed = await parseChecklistFile(file.text, { ...where, today });
    if (!parsed.ok || !isMarkdownPath(path))
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
    const parsed = await parseChecklistFile(file.text, { file: path, ref, today });
    if (!parsed.ok)
        return { status: 'invalid', error: (0,config_error/* formatConfigError */.Y)(parsed.errors[0]) };
    const changes = diffChecklists(base, parsed.checklist);
    return changes.length > 0 ? { status: 'changed', changes } : undefined;
}

// EXTERNAL MODULE: ./src/checklist/lookup.ts
var lookup = __webpack_require__(2628);
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

// EXTERNAL MODULE: ./src/text/command-line.ts
var command_line = __webpack_require__(681);
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

// EXTERNAL MODULE: ./src/github/gateway.ts
var github_gateway = __webpack_require__(8317);
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

// EXTERNAL MODULE: ./src/publish/log.ts
var log = __webpack_require__(1033);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 9 modules
var lib = __webpack_require__(7636);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-markdown/lib/index.js + 10 modules
var mdast_util_to_markdown_lib = __webpack_require__(1286);
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
    const summaries = markdownsOf(evaluation.leaves.map(l => l.outcome.summary));
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

// EXTERNAL MODULE: ./src/github/paging.ts
var paging = __webpack_require__(3043);
;// CONCATENATED MODULE: ./src/evaluate/outcome.ts



/** The time `max-age` is measured at. */
const nowOf = (ctx) => ctx.now ?? Date.now();
/** A failed read is `unknown`, with the reason and the exact fix; never a pass. */
function unknownFromError(error, endpoint, permission) {
    const { reason, fix } = error instanceof paging/* PagingError */.B_ ? error.explain() : (0,api_error/* explainApiError */.cU)((0,api_error/* toApiError */.Gv)(error, endpoint), permission);
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

// EXTERNAL MODULE: ./src/text/needle.ts
var needle = __webpack_require__(7204);
// EXTERNAL MODULE: ./src/text/selector.ts
var text_selector = __webpack_require__(2878);
;// CONCATENATED MODULE: ./src/evaluate/file.ts





/** Aliases expanded at most this many times while reading a file for `match` (no "billion laughs"). */
const file_MAX_ALIAS_COUNT = 100;
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
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: file_MAX_ALIAS_COUNT, uniqueKeys: true });
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
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/github/transport.ts
var transport = __webpack_require__(5038);
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
            blob = await (0,transport/* blobFetch */.UI)(location, DOWNLOAD_TIMEOUT_MS);
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

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        lookup = await findArtifact(ctx.gateway, name, sha);
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
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(ctx.runner.runnerTemp || (0,external_node_os_.tmpdir)(), 'readiness-artifact-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'artifact.zip');
        const [{ openZip }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 9693)),
            loading,
            downloadArtifact(ctx.gateway, artifact, file, MAX_ARCHIVE_BYTES)
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
        await (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true });
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
        base = await mergeBase(ctx.gateway, pr.baseSha || pr.baseRef, pr.headSha);
    }
    catch (error) {
        return unknownFromError(error, ENDPOINTS.compare, 'contents: read');
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
        lookup = await findArtifact(ctx.gateway, name, sha);
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
const alert_errors_SETTINGS = 'Settings → Advanced Security';
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
        fix: `Enable GitHub Code Security for the repository (${alert_errors_SETTINGS}), or make this item manual or \`required: false\`.`
    },
    {
        kind: 'code-scanning',
        status: 403,
        match: /Code scanning is not enabled/i,
        reason: 'code scanning is not enabled on this repository',
        fix: `Enable code scanning (${alert_errors_SETTINGS} → Code scanning: default setup, or a CodeQL workflow).`
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
        fix: `Enable secret scanning (${alert_errors_SETTINGS} → Secret Protection), or make this item manual or \`required: false\`.`
    },
    {
        kind: 'dependabot',
        status: 403,
        match: /Dependabot alerts are disabled/i,
        reason: 'Dependabot alerts are disabled on this repository',
        fix: `Enable Dependabot alerts (${alert_errors_SETTINGS} → Dependabot alerts), or make this item manual or \`required: false\`.`
    }
];
/** The fix a GITHUB_TOKEN gets for secret scanning: it can never hold that permission. */
const GITHUB_TOKEN_SECRET_SCANNING_FIX = 'GITHUB_TOKEN can never read secret-scanning alerts: pass a GitHub App or fine-grained token with "Secret scanning alerts: read" as `security-token`.';
/**
 * Why an alert list could not be read, and what to change. `securityToken`: whether the
 * `security-token` input was given (then `permissions:` of the job do not apply to it).
 */
function explainAlertError(error, kind, securityToken) {
    if (error instanceof paging/* PagingError */.B_)
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

;// CONCATENATED MODULE: ./src/github/alerts.ts


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
    return gateway.cached(`code-scanning:${ref}:${tool ?? ''}`, () => gateway.readAll(CODE_SCANNING_ALERTS, params, shapes/* CodeScanningAlertShape */.U5.array(), page => page));
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
        return gateway.read(CODE_SCANNING_ANALYSES, params, shapes/* CodeScanningAnalysisShape */.uJ.array());
    });
}
/** Open secret-scanning alerts, with `hide_secret=true` so the secrets never reach the runner. */
function openSecretScanningAlerts(gateway) {
    return gateway.cached('secret-scanning', () => gateway.readAll(SECRET_SCANNING_ALERTS, { state: 'open', hide_secret: true }, shapes/* SecretScanningAlertShape */.jf.array(), page => page));
}
/** Open Dependabot alerts of the given severities (this endpoint pages with cursors: Link rel="next"). */
function openDependabotAlerts(gateway, severities) {
    const list = severities.join(',');
    return gateway.cached(`dependabot:${list}`, () => gateway.readAll(DEPENDABOT_ALERTS, { state: 'open', severity: list }, shapes/* DependabotAlertShape */.qI.array(), page => page));
}

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
    return shapes/* SEVERITIES */.oC.slice(0, shapes/* SEVERITIES */.oC.indexOf(min) + 1);
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
        configs = newestPerConfiguration(await codeScanningAnalyses(ctx.securityGateway, ref, check.tool));
    }
    catch (error) {
        return unknownFromAlertError(error, CODE_SCANNING_ANALYSES, 'code-scanning', ctx);
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
        alerts = await openCodeScanningAlerts(ctx.securityGateway, ref, check.tool);
    }
    catch (error) {
        return unknownFromAlertError(error, CODE_SCANNING_ALERTS, 'code-scanning', ctx);
    }
    const wanted = new Set(severitiesFrom(min));
    const counted = alerts
        .filter(a => openOnRef(a) && (!check.tool || a.tool?.name === undefined || a.tool.name === check.tool))
        .map(a => ({ alert: a, severity: codeScanningSeverity(a) }))
        .filter(a => wanted.has(a.severity))
        .sort((a, b) => shapes/* SEVERITIES */.oC.indexOf(a.severity) - shapes/* SEVERITIES */.oC.indexOf(b.severity));
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
        alerts = await openSecretScanningAlerts(ctx.securityGateway);
    }
    catch (error) {
        return unknownFromAlertError(error, SECRET_SCANNING_ALERTS, 'secret-scanning', ctx);
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
        alerts = await openDependabotAlerts(ctx.securityGateway, severities);
    }
    catch (error) {
        return unknownFromAlertError(error, DEPENDABOT_ALERTS, 'dependabot', ctx);
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
        .sort((a, b) => shapes/* SEVERITIES */.oC.indexOf(a.severity) - shapes/* SEVERITIES */.oC.indexOf(b.severity));
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
    const bySeverity = shapes/* SEVERITIES */.oC.map(s => [s, shown.filter(a => a.severity === s).length])
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
    const gateway = new github_gateway.Gateway(gh, repo);
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
        members: new github_gateway.Gateway(clients.members ?? gh, repo),
        membersToken: settings.membersToken !== '',
        comments: target.pr ? options.comments : undefined
    }, Date.now()));
    options.onLoaded?.((0,lookup/* allLeaves */.Kg)(loaded.checklist).length);
    const evaluation = await evaluateUntilFinal(settings.waitTimeoutSeconds, options.log ?? log/* logLine */.B, waiting => evaluateChecklist(loaded.checklist, {
        target,
        gateway: new github_gateway.Gateway(gh, repo),
        securityGateway: new github_gateway.Gateway(clients.security, repo),
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
    const parsed = await parseChecklistFile(local.text, { file: local.file, today });
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

// EXTERNAL MODULE: ./src/publish/outputs.ts
var outputs = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/render/progress.ts

/** What counts as done in the progress table. */
const DONE_STATES = ['pass', 'signed-off', 'waived'];
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
function progressTable(report) {
    const rows = sectionProgress(report);
    if (rows.length === 0)
        return [];
    const cell = (value, outside = false) => ({
        type: 'tableCell',
        children: [outside ? markdown_text(value) : words(value)]
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
    return `### ${inlineMarkdown(markdown_text(`${icon} ${headlineText(report)}`))}`;
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
    const lead = inlineMarkdown(markdown_text('This PR edits '), inlineCode(report.checklist.path), markdown_text(". Edits take effect after merge: this verdict uses the base branch's copy."));
    const lines = [lead];
    if (edit.status === 'deleted')
        lines.push('The PR deletes the file.');
    if (edit.status === 'invalid') {
        lines.push(inlineMarkdown(markdown_text("The PR's copy has an error and would fail the gate: "), ...authoredPhrasing(edit.error)));
    }
    if (edit.status === 'changed') {
        for (const c of edit.changes.slice(0, 20)) {
            const detail = c.detail ? [markdown_text(': '), ...authoredPhrasing(c.detail)] : [];
            lines.push(itemMarkdown(listItem([markdown_text(`${EDIT_VERB[c.kind]} `), inlineCode(c.id), markdown_text(` (${c.title})`), ...detail])));
        }
        if (edit.changes.length > 20)
            lines.push(`- …and ${edit.changes.length - 20} more changes`);
    }
    // A GitHub alert: every line of the quote is `> `-prefixed Markdown the serialiser wrote.
    return ['> [!NOTE]', ...lines.flatMap(l => l.split('\n')).map(l => `> ${l}`), ''];
}
function whereNodes(item) {
    return [html('<br>'), html('<sub>'), markdown_text([item.section, ...item.groups].join(' › ')), html('</sub>')];
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
            itemsMarkdown(batch.map(node)).forEach((l, k) => written.set(batch[k], l));
            line = written.get(item);
        }
        return line;
    });
}
const itemLines = linesBy(item => {
    const evidence = item.url ? [markdown_text(' · '), linkNode('evidence', item.url)] : [];
    const fix = item.fix ? [markdown_text(' '), strong(markdown_text('Fix:')), markdown_text(' '), ...authoredPhrasing(item.fix)] : [];
    return listItem([
        markdown_text(`${ICON[item.state]} `),
        strong(markdown_text(item.title)),
        markdown_text(' '),
        inlineCode(item.id),
        markdown_text(' — '),
        ...phrasing(item.summary_parts),
        ...evidence,
        ...fix,
        ...whereNodes(item)
    ]);
});
const manualLines = linesBy(item => {
    const owner = item.owner ? [markdown_text(' — owner '), inlineCode(item.owner)] : [];
    const where = whereNodes(item);
    return listItem([
        strong(markdown_text(item.title)),
        markdown_text(' '),
        inlineCode(item.id),
        ...owner,
        ...where.slice(0, 3),
        markdown_text(' · '),
        ...phrasing(item.summary_parts),
        where[3]
    ], false);
});
/** A refused command: who, where, what they wrote (inert) and why it was refused. */
function refusedLine(r) {
    return itemMarkdown(listItem([
        markdown_text(`${ICON.fail} `),
        inlineCode(`@${r.by}`),
        markdown_text(' in '),
        linkNode('a comment', r.url),
        markdown_text(` (${r.at.slice(0, 16).replace('T', ' ')} UTC): `),
        inlineCode(r.command),
        markdown_text(' — '),
        ...phrasing(r.reason_parts)
    ]));
}
function errorLine(e) {
    const fix = e.fix ? [html('<br>'), strong(markdown_text('Fix:')), markdown_text(' '), ...authoredPhrasing(e.fix)] : [];
    return itemMarkdown(listItem([...authoredPhrasing((0,config_error/* formatConfigError */.Y)({ ...e, fix: undefined })), ...fix]));
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
        : inlineMarkdown(strong(markdown_text(countsLine(report))), markdown_text(' on '), inlineCode(report.target.sha.slice(0, 7)), words(`${report.target.pr ? ` (head of #${report.target.pr})` : ''}, checklist `), inlineCode(report.checklist.path), 
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
    const blocking = by(states/* BLOCKING_STATES */.Bw, true).sort((a, b) => states/* SEVERITY_ORDER */.B.indexOf(a.state) - states/* SEVERITY_ORDER */.B.indexOf(b.state));
    const manual = by(['manual'], true);
    const advisory = by(states/* OPEN_STATES */.oX, false);
    const waived = report.items.filter(i => i.state === 'waived');
    const refusedCommands = report.refused_commands ?? [];
    const done = report.items.filter(i => !states/* OPEN_STATES */.oX.includes(i.state) && i.state !== 'waived');
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

;// CONCATENATED MODULE: ./src/render/comment.ts


/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** The hidden marker that finds the sticky comment again: one per checklist file. */
function commentMarker(checklistPath) {
    return `<!-- readiness-gate checklist=${encodeURIComponent(checklistPath)} -->`;
}
/** The sticky comment: marker, report and notices, at most COMMENT_LIMIT characters in all. */
function renderComment(report, extras = {}) {
    const marker = commentMarker(report.checklist.path);
    const notices = (extras.notices ?? []).map(n => `> ${inlineMarkdown(markdown_text(n))}`).join('\n');
    // marker \n body [\n notices]: the body gets exactly what the rest leaves of the limit.
    const rest = characters(marker) + 1 + (notices ? 1 + characters(notices) : 0);
    const body = renderBody(report, { budget: COMMENT_LIMIT - rest, measure: characters });
    return [marker, body, notices].filter(Boolean).join('\n');
}

;// CONCATENATED MODULE: ./src/publish/outcome.ts



/**
 * A refused write (or a read it needed) becomes a reason a person can act on, naming the permission
 * of the endpoint that was refused; fork PRs get a read-only token.
 */
function refused(error, endpoint, what) {
    const e = (0,api_error/* toApiError */.Gv)(error, endpoint);
    const permission = (0,permissions/* permissionFor */.T)(endpoint);
    const verb = endpoint.startsWith('GET ') ? 'read' : 'write';
    const hint = (e.status === 403 || e.status === 404) && permission
        ? ` The token may not ${verb} ${what}: grant \`permissions: { ${permission} }\`; on PRs from forks GitHub gives a read-only token (see "Fork pull requests" in docs/events.md).`
        : '';
    return { posted: false, reason: `${(0,api_error/* describeFailure */.Ic)(e)}.${hint}` };
}
/**
 * What a write's answer confirms. A 2xx whose body is not the created object (malformed, truncated)
 * does not prove the post landed, so it is reported like a refusal rather than assumed.
 */
function confirmed(data, endpoint, what) {
    const parsed = shapes/* CreatedShape */.S4.safeParse(data);
    if (!parsed.success) {
        return {
            posted: false,
            reason: `${endpoint} answered with an unexpected body; the ${what} may not have been posted.`
        };
    }
    const { id, html_url, creator, app } = parsed.data;
    const author = creator?.login ?? (app?.slug ? `${app.slug}[bot]` : undefined);
    return { posted: true, id, url: html_url ?? undefined, author };
}

;// CONCATENATED MODULE: ./src/publish/comment.ts







const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
/**
 * How old a read of the PR may be and still stand for "now" when the comment is written: a run for
 * a newer head that started after the read cannot have finished and commented within it.
 */
const PULL_FRESH_MS = 5_000;
/**
 * The PR and its comments, read while the checklist is evaluated (a busy PR has thousands of
 * comments, 100 a page): publishing then waits for neither. Nothing is lost by listing early: a
 * comment another run creates meanwhile is found by the listing after this run's own creation, as
 * in any race; the PR is read again at publishing when this read is no longer fresh.
 */
function prefetchCommentReads(gh, repo, target) {
    if (!target.pr)
        return undefined;
    return {
        pull: readPull(gh, repo, target.pr.number, client.BACKGROUND),
        comments: handledLater(listComments(gh, repo, target.pr.number, { background: true }))
    };
}
/**
 * The reads for publishing now: `early` where still usable; the PR read again when the early read
 * failed or was answered more than PULL_FRESH_MS ago (one still on its way is as fresh as any).
 */
function commentReads(gh, repo, target, early) {
    const pr = target.pr;
    if (!pr)
        return undefined;
    const pull = early?.pull;
    const fresh = pull !== undefined &&
        !pull.failed &&
        (pull.answeredAt === undefined || Date.now() - pull.answeredAt <= PULL_FRESH_MS);
    return {
        pull: fresh ? pull : readPull(gh, repo, pr.number),
        comments: early?.comments ?? handledLater(listComments(gh, repo, pr.number))
    };
}
function readPull(gh, repo, number, request = {}) {
    const pull = {
        read: handledLater(gh.request(PULL, { ...repo, pull_number: number, request }).then(response => {
            pull.answeredAt = Date.now();
            return shapes/* PullShape */.Do.parse(response.data);
        }, (error) => {
            pull.failed = true;
            throw error;
        }))
    };
    return pull;
}
/**
 * One sticky comment per PR and checklist: found again by its marker among the comments the gate's
 * own identity wrote (every page), updated in place, created only when there is none. A person's
 * comment is never edited, even when it quotes the marker. When two runs race and both create one,
 * the oldest is kept and the others are deleted, so every run converges on a single comment.
 * `author` is awaited only when a comment carries the marker: a first comment goes out beside the
 * verdict's status, an update after it.
 */
async function publishComment(gh, repo, target, checklistPath, body, 
/** The gate's login when a status or check run it just posted told it. */
author, early, 
/** An audit's launch issue: its sticky comment holds the audit's report (no head to compare). */
launchIssue) {
    const pr = target.pr;
    const reads = commentReads(gh, repo, target, early) ??
        (launchIssue !== undefined ? { comments: handledLater(listComments(gh, repo, launchIssue)) } : undefined);
    const issueNumber = pr?.number ?? launchIssue;
    if (issueNumber === undefined || !reads)
        return { posted: false, reason: 'not a pull request' };
    const marker = commentMarker(checklistPath);
    let endpoint = PULL;
    try {
        // A run for an older head must not overwrite the comment of a newer one.
        const current = reads.pull ? await reads.pull.read : undefined;
        if (current && current.head.sha !== target.sha) {
            return {
                posted: false,
                reason: `the PR's head moved to ${current.head.sha.slice(0, 7)}; the newer run owns the comment`
            };
        }
        endpoint = LIST;
        const marked = (await reads.comments).filter(c => c.body?.startsWith(marker));
        let ours = [];
        if (marked.length > 0) {
            const login = await author;
            const isOurs = login ? (c) => c.user?.login === login : await identityMatcher(gh);
            ours = marked.filter(isOurs);
        }
        const keep = ours[0];
        if (keep) {
            endpoint = DELETE;
            // Left behind by an earlier race or a write whose answer was lost: the oldest one stays.
            for (const extra of ours.slice(1))
                await deleteComment(gh, repo, extra.id);
            endpoint = UPDATE;
            if (keep.body !== body)
                await gh.request(UPDATE, { ...repo, comment_id: keep.id, body });
            return { posted: true, url: keep.html_url };
        }
        endpoint = CREATE;
        const created = shapes/* CommentShape */.Br.parse((await gh.request(CREATE, { ...repo, issue_number: issueNumber, body })).data);
        endpoint = LIST;
        const after = (await listComments(gh, repo, issueNumber)).filter(c => c.body?.startsWith(marker) && c.user?.login === created.user?.login);
        const oldest = after[0] ?? created;
        endpoint = DELETE;
        for (const extra of after.slice(1))
            await deleteComment(gh, repo, extra.id);
        if (oldest.id !== created.id && oldest.body !== body) {
            endpoint = UPDATE;
            await gh.request(UPDATE, { ...repo, comment_id: oldest.id, body });
        }
        return { posted: true, url: oldest.html_url };
    }
    catch (error) {
        return refused(error, endpoint, 'PR comments');
    }
}
/** Deletes a duplicate; another run converging at the same time may have deleted it already (404). */
async function deleteComment(gh, repo, id) {
    try {
        await gh.request(DELETE, { ...repo, comment_id: id });
    }
    catch (error) {
        if ((0,api_error/* toApiError */.Gv)(error, DELETE).status !== 404)
            throw error;
    }
}
/** All comments on the issue, oldest first, every page. */
async function listComments(gh, repo, issue, options = {}) {
    const all = await (0,paging/* readPages */.n4)(gh, LIST, { ...repo, issue_number: issue }, data => shapes/* CommentShape */.Br.array().parse(data), options);
    return all.sort((a, b) => a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1);
}
/**
 * Who the gate posts as, when nothing it posted said so. A user token (PAT) can ask GET /user; an
 * installation token (GITHUB_TOKEN, GitHub Apps) cannot, and then writes as a bot: only
 * bot-authored comments can be the gate's.
 */
async function identityMatcher(gh) {
    try {
        const me = (await gh.request('GET /user')).data;
        if (me.login)
            return c => c.user?.login === me.login;
    }
    catch (error) {
        const status = (0,api_error/* toApiError */.Gv)(error, 'GET /user').status;
        if (status !== 403 && status !== 401)
            throw error;
    }
    return c => c.user?.type === 'Bot';
}

;// CONCATENATED MODULE: ./src/render/limits.ts
/**
 * Cutting text to GitHub's limits. A cut never splits a surrogate pair (which GitHub would refuse as
 * invalid UTF-8) and ends with `…`, so a reader sees that something was cut.
 */
/** At most `max` UTF-16 characters. */
function limits_clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
        end--;
    return `${text.slice(0, end)}…`;
}
/** At most `max` UTF-8 bytes. */
function clipBytes(text, max) {
    if (Buffer.byteLength(text) <= max)
        return text;
    const ellipsis = 3; // `…` in UTF-8
    let bytes = 0;
    let end = 0;
    for (const ch of text) {
        const size = Buffer.byteLength(ch);
        if (bytes + size > max - ellipsis)
            break;
        bytes += size;
        end += ch.length;
    }
    return `${text.slice(0, end)}…`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/render/check-run.ts




/**
 * GitHub's limits for a check run's output: `summary` and `text` 65,535 characters (counted here in
 * UTF-8 bytes, which is never fewer), `title` and each annotation's `title` 255 characters, an
 * annotation's `message` and `raw_details` 64 KB; annotations go 50 to a request.
 */
const CHECK_SUMMARY_BYTES = 65_535;
const CHECK_TITLE_CHARS = 255;
const ANNOTATION_TITLE_CHARS = 255;
const ANNOTATION_MESSAGE_BYTES = 64 * 1024;
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Annotations beyond these add nothing a reader can use (the report lists every item) and cost one
 * write a batch: blocking items first, then the rest.
 */
const MAX_ANNOTATIONS = 100;
function renderCheckRun(report) {
    const onlyManual = report.result === 'fail' &&
        report.errors.length === 0 &&
        report.items.every(i => !i.required || !states/* BLOCKING_STATES */.Bw.includes(i.state));
    const conclusion = report.result === 'pending'
        ? undefined
        : report.result === 'pass'
            ? 'success'
            : onlyManual
                ? 'action_required'
                : 'failure';
    const title = report.errors.length > 0
        ? 'Configuration error in the checklist'
        : `${report.result}: ${countsLine(report)}`;
    return {
        conclusion,
        status: report.result === 'pending' ? 'in_progress' : 'completed',
        title: limits_clip(title, CHECK_TITLE_CHARS),
        summary: renderBody(report, { budget: CHECK_SUMMARY_BYTES, measure: utf8Bytes }),
        annotations: annotations(report)
    };
}
function annotation(path, line, level, title, message) {
    return {
        path,
        start_line: line,
        end_line: line,
        annotation_level: level,
        title: limits_clip(title.replace(/\s+/g, ' '), ANNOTATION_TITLE_CHARS),
        message: clipBytes(message, ANNOTATION_MESSAGE_BYTES)
    };
}
function annotations(report) {
    const path = report.checklist.path;
    if (report.errors.length > 0) {
        return report.errors.map(e => annotation(path, e.line ?? 1, 'failure', 'Checklist error', (0,phrase/* plainText */.wh)((0,phrase/* authored */.VH)(`${e.message}${e.fix ? `\n${e.fix}` : ''}`))));
    }
    const rank = (i) => (i.required ? 0 : 2) + (i.state === 'manual' ? 1 : 0);
    return report.items
        .filter(i => states/* OPEN_STATES */.oX.includes(i.state))
        .sort((a, b) => rank(a) - rank(b) || a.line - b.line)
        .slice(0, MAX_ANNOTATIONS)
        .map(i => annotation(path, i.line, i.required && i.state !== 'manual' ? 'failure' : 'warning', `${i.title} (${i.state})`, `${(0,phrase/* plainText */.wh)(i.summary_parts)}${i.fix ? `\nFix: ${(0,phrase/* plainText */.wh)((0,phrase/* authored */.VH)(i.fix))}` : ''}`));
}

;// CONCATENATED MODULE: ./src/publish/check-run.ts


const check_run_CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const check_run_UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
/** The verdict as a check run: the report as summary, annotations 50 to a request. */
async function publishCheckRun(gh, repo, target, report) {
    const out = renderCheckRun(report);
    const batches = [];
    for (let i = 0; i < out.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(out.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (annotations) => ({
        title: out.title,
        summary: out.summary,
        annotations
    });
    let endpoint = check_run_CREATE;
    try {
        const created = await gh.request(check_run_CREATE, {
            ...repo,
            name: target.statusName,
            head_sha: target.sha,
            status: out.status,
            ...(out.conclusion ? { conclusion: out.conclusion } : {}),
            ...(report.run_url ? { details_url: report.run_url } : {}),
            output: output(batches[0] ?? [])
        });
        const outcome = confirmed(created.data, check_run_CREATE, 'check run');
        if (!outcome.posted || outcome.id === undefined)
            return outcome;
        endpoint = check_run_UPDATE;
        for (const batch of batches.slice(1)) {
            await gh.request(check_run_UPDATE, { ...repo, check_run_id: outcome.id, output: output(batch) });
        }
        return { posted: true, url: outcome.url, author: outcome.author };
    }
    catch (error) {
        return refused(error, endpoint, 'check runs');
    }
}

;// CONCATENATED MODULE: ./src/render/status.ts



/** GitHub refuses commit-status descriptions over 140 characters. */
const STATUS_DESCRIPTION_LIMIT = 140;
function statusState(report) {
    return report.result === 'pass' ? 'success' : report.result === 'pending' ? 'pending' : 'failure';
}
/** Plain text (statuses do not render Markdown), counts first, at most 140 characters. */
function statusDescription(report) {
    const text = report.errors.length > 0
        ? `Configuration error: ${(0,phrase/* plainText */.wh)((0,phrase/* authored */.VH)(report.errors[0].message))}`
        : `${report.result}: ${countsLine(report)}`;
    return limits_clip(text.replace(/\s+/g, ' '), STATUS_DESCRIPTION_LIMIT);
}

;// CONCATENATED MODULE: ./src/publish/status.ts


const ENDPOINT = 'POST /repos/{owner}/{repo}/statuses/{sha}';
/** The verdict as a commit status on the target commit (the PR head, never the merge commit). */
async function publishStatus(gh, repo, target, report) {
    try {
        const response = await gh.request(ENDPOINT, {
            ...repo,
            sha: target.sha,
            state: statusState(report),
            context: target.statusName,
            description: statusDescription(report),
            ...(report.run_url ? { target_url: report.run_url } : {})
        });
        return confirmed(response.data, ENDPOINT, 'commit status');
    }
    catch (error) {
        return refused(error, ENDPOINT, 'commit statuses');
    }
}

;// CONCATENATED MODULE: ./src/publish/publish.ts




/**
 * Posts the rendered verdict where the settings ask: commit status and/or check run on the target
 * commit, and the sticky comment on PRs. Everything is rendered before the first write. The writes
 * go out together; updating the comment waits for the author GitHub records on the status or check
 * run (see `publishComment`). `early` are the comment's reads, when started while evaluating.
 */
async function publishVerdict(gh, repo, settings, target, report, notices, early) {
    const launchIssue = target.kind === 'audit' ? settings.signoffIssue : undefined;
    const comment = (target.pr || launchIssue !== undefined) && settings.comment === 'auto'
        ? renderComment(report, { notices })
        : undefined;
    const status = settings.status === 'commit-status' || settings.status === 'both'
        ? publishStatus(gh, repo, target, report)
        : undefined;
    const checkRun = settings.status === 'check-run' || settings.status === 'both'
        ? publishCheckRun(gh, repo, target, report)
        : undefined;
    // Who GitHub says wrote the status or check run is who the gate is: its comments are that author's.
    const author = Promise.all([status, checkRun]).then(outcomes => outcomes.map(o => (o?.posted ? o.author : undefined)).find(Boolean));
    const posted = await Promise.all([
        status,
        checkRun,
        comment !== undefined
            ? publishComment(gh, repo, target, report.checklist.path, comment, author, early, launchIssue)
            : undefined
    ]);
    const notes = [];
    for (const [what, outcome] of [
        ['commit status', posted[0]],
        ['check run', posted[1]],
        [launchIssue !== undefined ? 'launch issue comment' : 'PR comment', posted[2]]
    ]) {
        if (outcome && !outcome.posted)
            notes.push(`The ${what} was not posted: ${outcome.reason}`);
    }
    return { notes };
}

;// CONCATENATED MODULE: ./src/publish/reactions.ts

const reactions_CREATE = 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions';
/**
 * The gate's only answer to a command comment: `+1` when applied, `confused` when refused. GitHub
 * keeps one reaction of each kind per person (asking again answers the existing one), so a re-run
 * adds nothing. A refused write is a note, never a failed run.
 */
async function publishReactions(gh, repo, reactions) {
    const notes = [];
    for (const r of reactions) {
        try {
            await gh.request(reactions_CREATE, { ...repo, comment_id: r.commentId, content: r.content });
        }
        catch (error) {
            const outcome = refused(error, reactions_CREATE, 'reactions on command comments');
            if (!outcome.posted)
                notes.push(`Reactions on command comments were not added: ${outcome.reason}`);
            break;
        }
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/publish/summary.ts



/** GitHub shows at most 1 MiB of job summary per step; leave room for what other steps wrote. */
const SUMMARY_BYTES = 1024 * 1024 - 1024;
/** Appends the report to the job summary file; a local run without one simply skips it. */
function writeJobSummary(report, notes, file = process.env.GITHUB_STEP_SUMMARY) {
    if (!file)
        return false;
    const noteLines = notes.map(n => `> ${inlineMarkdown(markdown_text(n))}`).join('\n');
    const body = renderBody({ ...report, run_url: null }, { budget: SUMMARY_BYTES - utf8Bytes(noteLines) - 4, measure: utf8Bytes, elsewhere: 'the JSON report' });
    (0,external_node_fs_.appendFileSync)(file, `${body}${noteLines ? `\n${noteLines}\n` : ''}\n`);
    return true;
}

;// CONCATENATED MODULE: ./src/gate/gate-target.ts












/** One target through the pipeline: checklist → evidence → verdict → report → publish. */
async function gateTarget(clients, settings, runner, target) {
    const gh = clients.main;
    const repo = { owner: runner.owner, repo: runner.repo };
    // The PR and its comments are read while the checklist is read and evaluated: publishing needs them last.
    const commentReads = settings.comment === 'auto' ? prefetchCommentReads(gh, repo, target) : undefined;
    const { report, errors, warnings, runWarnings, attestations } = await reportTarget(clients, settings, runner, target, { comments: commentReads?.comments });
    for (const w of runWarnings)
        core/* warning */.$e(w);
    for (const w of warnings) {
        core/* warning */.$e((0,config_error/* formatConfigError */.Y)(w), {
            title: 'Checklist warning',
            file: w.file,
            startLine: w.line,
            startColumn: w.column
        });
    }
    for (const e of errors) {
        core/* error */.z3((0,config_error/* formatConfigError */.Y)(e), {
            title: 'Checklist error',
            file: e.file,
            startLine: e.line,
            startColumn: e.column
        });
    }
    logReport(report);
    const [{ notes }, reacted] = await Promise.all([
        publishVerdict(gh, repo, settings, target, report, [], commentReads),
        publishReactions(gh, repo, attestations.reactions)
    ]);
    notes.push(...reacted);
    for (const n of notes)
        core/* warning */.$e(n);
    writeJobSummary(report, notes);
    const reportPath = (0,outputs/* writeJsonReport */.a)(report, runner.runnerTemp);
    return { report, reportPath };
}
function logReport(report) {
    const on = report.target.pr
        ? `PR #${report.target.pr} (${report.target.sha.slice(0, 7)})`
        : report.target.sha.slice(0, 7);
    if (report.errors.length > 0) {
        (0,log/* logLine */.B)(`${report.target.name} on ${on}: configuration error`);
        return;
    }
    (0,log/* logLine */.B)(`${report.target.name} on ${on}: ${report.result} — ${countsLine(report)}`);
    for (const item of report.items) {
        if (item.required && states/* OPEN_STATES */.oX.includes(item.state)) {
            (0,log/* logLine */.B)(`  ${item.state.padEnd(7)} ${item.path}: ${(0,phrase/* plainText */.wh)(item.summary_parts)}`);
        }
    }
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** The allowed word nearest to a typo, when it is close enough to be what was meant. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/** Levenshtein distance (insertions, deletions, substitutions), one row at a time. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 7204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ containsNeedle),
/* harmony export */   hJ: () => (/* binding */ parseNeedle),
/* harmony export */   rx: () => (/* binding */ valueIsNeedle)
/* harmony export */ });
/* unused harmony exports findNeedle, literalPattern */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

/** The flags that mean something for a search of a whole file. */
const FLAGS = {
    i: re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.CASE_INSENSITIVE,
    m: re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.MULTILINE,
    s: re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.DOTALL
};
/** Accepted and ignored: a yes/no search of the whole text has no "global" mode. */
const IGNORED_FLAGS = 'g';
const LITERAL_FIX = 'or drop the surrounding slashes to match the text literally';
/** `/…/` with lower-case letters after it is a pattern; anything else is plain text. */
const PATTERN = /^\/(.+)\/([a-z]*)$/s;
function parseNeedle(raw) {
    const m = PATTERN.exec(raw);
    if (!m)
        return { ok: true, needle: { kind: 'text', text: raw } };
    const [, source, flags] = m;
    const flagProblem = checkFlags(raw, source, flags);
    if (flagProblem)
        return { ok: false, problem: flagProblem };
    let bits = 0;
    for (const f of flags)
        bits |= FLAGS[f] ?? 0;
    try {
        return { ok: true, needle: { kind: 'pattern', source, flags, re: re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source, bits) } };
    }
    catch (error) {
        return { ok: false, problem: explainSyntax(error) };
    }
}
/** Whether `text` contains the needle. */
function findNeedle(text, needle) {
    return needle.kind === 'text' ? text.includes(needle.text) : needle.re.test(text);
}
const compiled = new Map();
/**
 * `findNeedle` for a needle as written in the checklist, compiled once per process. Throws on a needle
 * the validator would have refused (a programming error, never a user's).
 */
function containsNeedle(text, raw) {
    return findNeedle(text, compiledNeedle(raw));
}
/**
 * Whether a whole value (a YAML scalar, a header) is the needle: plain text must equal it, a
 * `/pattern/` must match somewhere in it (anchor with `^…$` for the whole value).
 */
function valueIsNeedle(value, raw) {
    const needle = compiledNeedle(raw);
    return needle.kind === 'text' ? value === needle.text : needle.re.test(value);
}
function compiledNeedle(raw) {
    let needle = compiled.get(raw);
    if (!needle) {
        const parsed = parseNeedle(raw);
        if (!parsed.ok)
            throw new Error(`invalid needle ${raw}: ${parsed.problem.message}`);
        needle = parsed.needle;
        compiled.set(raw, needle);
    }
    return needle;
}
function checkFlags(raw, source, flags) {
    const unknown = [...new Set(flags)].filter(f => !(f in FLAGS) && !IGNORED_FLAGS.includes(f));
    if (unknown.length === 0)
        return undefined;
    const named = unknown.map(f => `\`${f}\``).join(', ');
    const why = {
        y: '`y` (sticky) would anchor the search at the start; write `^` (or `\\A`) in the pattern instead',
        u: 'patterns always match by Unicode character, so `u` is not needed'
    };
    const reasons = unknown.map(f => why[f]).filter(Boolean);
    return {
        message: `reads as the regular expression \`${source}\` with the unsupported flag${unknown.length > 1 ? 's' : ''} ${named}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`,
        fix: `Use only the flags \`i\` (ignore case), \`m\` (\`^\` and \`$\` at each line) and \`s\` (\`.\` matches newlines); to match the text \`${raw}\` itself, write \`${literalPattern(raw)}\`.`
    };
}
/** RE2's syntax errors, with the unsupported constructs named as a JavaScript author knows them. */
function explainSyntax(error) {
    if (!(error instanceof re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JSSyntaxException */ .pB)) {
        const message = error instanceof re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JSException */ .o_ ? error.message : String(error);
        return {
            message: `is not a valid regular expression: ${message}`,
            fix: `Simplify the pattern, ${LITERAL_FIX}.`
        };
    }
    const input = error.input ?? '';
    const unsupported = (construct, kind, fix) => ({
        message: `uses ${construct}: the gate's regular expressions are RE2 syntax, which matches in time linear in the file and has no ${kind}`,
        fix
    });
    if (/^\\[1-9]/.test(input))
        return unsupported(`a backreference (\`${input}\`)`, 'backreferences', 'Match each form the text can take instead, e.g. `/"[^"]*"|\'[^\']*\'/` rather than `/(["\'])[^"\']*\\1/`.');
    if (input.startsWith('\\k'))
        return unsupported('a named backreference (`\\k<…>`)', 'backreferences', 'Match each form the text can take instead of referring back to a group.');
    if (input.startsWith('(?=') || input.startsWith('(?!'))
        return unsupported(`a lookahead (\`${input.slice(0, 3)}…)\`)`, 'lookaround', `Match what follows as part of the pattern, or check it with a separate entry, ${LITERAL_FIX}.`);
    if (input.startsWith('(?<=') || input.startsWith('(?<!'))
        return unsupported(`a lookbehind (\`${input.slice(0, 4)}…)\`)`, 'lookaround', `Match what comes before as part of the pattern, or check it with a separate entry, ${LITERAL_FIX}.`);
    if (input.startsWith('\\u'))
        return unsupported('a `\\u` escape', '`\\u` escapes', 'Write the code point as `\\x{…}`, e.g. `\\x{00e9}` for `\\u00e9`.');
    return generic(error);
}
function generic(error) {
    const words = {
        'invalid repeat count': 'a repeat count over 1000 (counting nested repeats together)',
        'invalid nested repetition operator': 'a repeat of a repeat (such as `a**` or the possessive `a++`)',
        'invalid escape sequence': 'an escape RE2 does not know',
        'expression nests too deeply': 'parentheses nested too deeply',
        'expression too large': 'an expression too large to run in linear time'
    };
    const what = words[error.error] ?? error.error;
    return {
        message: `is not a valid regular expression: ${what}${error.input ? ` at \`${error.input}\`` : ''}`,
        fix: `Fix the pattern (RE2 syntax), ${LITERAL_FIX}.`
    };
}
/** A pattern that matches `text` literally (slashes escaped too, so it stays one needle). */
function literalPattern(text) {
    return `/${text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}/`;
}


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

/***/ 2878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   Pl: () => (/* binding */ parseSelector),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/**
 * Selectors into a YAML or JSON document: a dot path such as `services.*.healthcheck`, where `*` is
 * any key of a map or any index of a list and a number also indexes a list. Pure: the `file` check's
 * `match` parses its selectors here at validation and selects with them at evaluation.
 */
function parseSelector(raw) {
    const parts = raw.split('.');
    if (raw === '' || parts.some(p => p === '')) {
        return {
            ok: false,
            message: `selector \`${raw}\` has an empty step`,
            fix: 'Write keys separated by single dots, e.g. `services.*.healthcheck`, with `*` for any key or index.'
        };
    }
    return { ok: true, steps: parts.map(p => (p === '*' ? { kind: 'any' } : { kind: 'key', key: p })) };
}
/** Every node the steps reach from `root`; a named step that finds nothing is listed as missing. */
function select(root, steps) {
    let frontier = [{ path: '', value: root }];
    const missing = [];
    const at = (base, key) => (base === '' ? String(key) : `${base}.${key}`);
    for (const step of steps) {
        const next = [];
        for (const { path, value } of frontier) {
            if (step.kind === 'any') {
                if (Array.isArray(value))
                    value.forEach((v, i) => next.push({ path: at(path, i), value: v }));
                else if (isMap(value))
                    for (const [k, v] of Object.entries(value))
                        next.push({ path: at(path, k), value: v });
                continue;
            }
            const { key } = step;
            if (Array.isArray(value) && /^\d+$/.test(key) && Number(key) < value.length)
                next.push({ path: at(path, key), value: value[Number(key)] });
            else if (isMap(value) && Object.hasOwn(value, key))
                next.push({ path: at(path, key), value: value[key] });
            else
                missing.push(at(path, key));
        }
        frontier = next;
    }
    return { found: frontier, missing };
}
function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A scalar's text for matching (strings, numbers, booleans); undefined for maps, lists and null. */
function scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    return undefined;
}


/***/ })

};

//# sourceMappingURL=397.index.js.map