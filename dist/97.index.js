export const id = 97;
export const ids = [97];
export const modules = {

/***/ 9097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COMMANDS_PER_COMMENT: () => (/* binding */ MAX_COMMANDS_PER_COMMENT),
/* harmony export */   VERBS: () => (/* binding */ VERBS),
/* harmony export */   commandsIn: () => (/* binding */ commandsIn),
/* harmony export */   mayHoldCommands: () => (/* reexport safe */ _text_command_line_js__WEBPACK_IMPORTED_MODULE_0__.P),
/* harmony export */   parseCommand: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7391);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7636);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2297);
/* harmony import */ var _text_command_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(681);




const VERBS = ['sign-off', 'revoke', 'waive', 'unwaive', 'recheck'];
/** The longest command line kept (for the refusal list): longer ones are cut. */
const MAX_TEXT = 200;
/** The most commands read from one comment (a comment of thousands of lines is no release decision). */
const MAX_COMMANDS_PER_COMMENT = 20;
const COMMAND_LINE = /^ {0,3}\/readiness(?:\s|$)/i;

/** Every command of a comment body, in order. */
function commandsIn(body) {
    if (!(0,_text_command_line_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHoldCommands */ .P)(body))
        return [];
    const tree = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_1__/* .fromMarkdown */ .Y)(body, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfm */ .T)()], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_3__/* .gfmFromMarkdown */ .C)()] });
    const lines = body.split(/\r?\n/);
    const commands = [];
    for (const node of tree.children) {
        if (node.type !== 'paragraph' || !node.position)
            continue;
        for (let n = node.position.start.line; n <= node.position.end.line; n++) {
            const line = lines[n - 1] ?? '';
            if (COMMAND_LINE.test(line))
                commands.push(parseCommand(line.trim()));
            if (commands.length >= MAX_COMMANDS_PER_COMMENT)
                return commands;
        }
    }
    return commands;
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** One command line (it starts with `/readiness`). */
function parseCommand(line) {
    const text = line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
    const [head, ...tail] = line.split(/\s--(?:\s|$)/);
    const trailer = tail.length > 0 ? tail.join(' -- ').trim() : undefined;
    const words = head.trim().split(/\s+/).slice(1);
    const verb = (words.shift() ?? '').toLowerCase();
    const invalid = (problem) => ({ verb: 'invalid', problem, text });
    switch (verb) {
        case 'sign-off':
        case 'signoff': {
            if (words.length === 0)
                return invalid('name the items to sign off: `/readiness sign-off <id> [-- note]`');
            return { verb: 'sign-off', ids: words, note: trailer || undefined, text };
        }
        case 'revoke':
        case 'unwaive': {
            if (words.length === 0)
                return invalid(`name the items: \`/readiness ${verb} <id>\``);
            return verb === 'revoke' ? { verb, ids: words, text } : { verb, ids: words, text };
        }
        case 'waive': {
            const usage = '`/readiness waive <id> until <YYYY-MM-DD> -- <reason>`';
            if (words.length !== 3 || words[1].toLowerCase() !== 'until' || !DATE.test(words[2]))
                return invalid(`write it as ${usage}`);
            if (!trailer)
                return invalid(`a waiver needs a reason: ${usage}`);
            if (Number.isNaN(Date.parse(`${words[2]}T00:00:00Z`)))
                return invalid(`\`${words[2]}\` is no calendar date`);
            return { verb: 'waive', ids: [words[0]], until: words[2], reason: trailer, text };
        }
        case 'recheck':
            return { verb: 'recheck', text };
        case '':
            return invalid(`say what to do: ${VERBS.map(v => `\`${v}\``).join(', ')}`);
        default:
            return invalid(`unknown command \`${verb.slice(0, 40)}\`: use ${VERBS.map(v => `\`${v}\``).join(', ')}`);
    }
}


/***/ })

};

//# sourceMappingURL=97.index.js.map