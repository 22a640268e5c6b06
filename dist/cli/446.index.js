export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _checklist_lookup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2628);
/* harmony import */ var _checklist_semantics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3441);
/* harmony import */ var _text_terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1555);
/* harmony import */ var _checklist_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6525);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);





/**
 * `validate [file ...]`: each error as `file:line:col: message` (then its fix), warnings likewise;
 * exit 1 when any file has an error, else 0.
 */
async function validate(files, io) {
    const c = io.color;
    let failed = 0;
    for (const file of files.length > 0 ? files : [_checklist_file_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CHECKLIST */ .ZW]) {
        const parsed = await (0,_checklist_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readChecklistFile */ .DP)(file, io);
        if (!parsed.ok) {
            failed++;
            for (const e of parsed.errors) {
                io.out((0,_checklist_file_js__WEBPACK_IMPORTED_MODULE_0__/* .positioned */ .lP)(e));
                if (e.fix)
                    io.out(c.dim(`  fix: ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .k)(e.fix)}`));
            }
            continue;
        }
        for (const w of (0,_checklist_semantics_js__WEBPACK_IMPORTED_MODULE_3__/* .checkWarnings */ .sq)(parsed.checklist))
            io.out((0,_checklist_file_js__WEBPACK_IMPORTED_MODULE_0__/* .positioned */ .lP)({ file, ...w }, 'warning'));
        const leaves = (0,_checklist_lookup_js__WEBPACK_IMPORTED_MODULE_4__/* .allLeaves */ .Kg)(parsed.checklist).length;
        io.out(`${c.green('✓')} ${(0,_text_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .k)(file)}: valid, ${leaves} item${leaves === 1 ? '' : 's'} in ${parsed.checklist.sections.length} section${parsed.checklist.sections.length === 1 ? '' : 's'}`);
    }
    if (failed > 0)
        io.err(`${failed} checklist${failed === 1 ? ' has' : 's have'} errors.`);
    return failed > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.fail : _io_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.pass;
}


/***/ })

};

//# sourceMappingURL=446.index.js.map