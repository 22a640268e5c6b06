export const id = 527;
export const ids = [527];
export const modules = {

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
// EXTERNAL MODULE: ./src/checklist/markdown.ts + 5 modules
var markdown = __webpack_require__(7699);
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
    if (!(0,markdown/* isMarkdownPath */.Bb)(file)) {
        io.err(`${c.red('error:')} ${(0,terminal/* terminalSafe */.k)(file)} is not a Markdown file (.md)`);
        return cli_io/* EXIT */.d.error;
    }
    if (options.output && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(io.cwd, options.output)) && !options.force) {
        io.err(`${c.red('error:')} ${(0,terminal/* terminalSafe */.k)(options.output)} exists; add --force to replace it`);
        return cli_io/* EXIT */.d.error;
    }
    const read = await (0,checklist_file/* readText */.yR)(file, io);
    const parsed = read.ok ? (0,markdown/* parseMarkdownChecklist */.bA)(read.text, { file, today: (0,checklist_file/* today */.Ec)() }) : read;
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