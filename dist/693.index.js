export const id = 693;
export const ids = [693,447];
export const modules = {

/***/ 2447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allText: () => (/* binding */ allText),
/* harmony export */   forEachLine: () => (/* binding */ forEachLine),
/* harmony export */   fromString: () => (/* binding */ fromString),
/* harmony export */   megabytes: () => (/* binding */ megabytes),
/* harmony export */   textChunks: () => (/* binding */ textChunks)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3307);

/** Bytes as "12.5 MB" (decimal megabytes, as GitHub shows artifact sizes). */
function megabytes(bytes) {
    return `${Number((bytes / 1e6).toFixed(1))} MB`;
}
/**
 * Decoded UTF-8 text of a stream, chunk by chunk (a byte-order mark is dropped). Stops with a
 * ReportError naming `file` once more than `limit` bytes arrived; the stream is destroyed when the
 * consumer stops early.
 */
async function* textChunks(stream, file, limit) {
    const decoder = new TextDecoder('utf-8');
    let bytes = 0;
    try {
        for await (const chunk of stream) {
            bytes += chunk.length;
            if (bytes > limit)
                throw new _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(file, `unpacks to more than ${megabytes(limit)}, the limit for one report; refused`);
            const text = decoder.decode(chunk, { stream: true });
            if (text)
                yield text;
        }
        const tail = decoder.decode();
        if (tail)
            yield tail;
    }
    finally {
        stream.destroy();
    }
}
/** Calls `onLine` for every line (without its line ending), numbered from 1. */
async function forEachLine(chunks, onLine) {
    let rest = '';
    let n = 0;
    for await (const chunk of chunks) {
        const text = rest + chunk;
        let start = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
            onLine(text.charCodeAt(i - 1) === 13 ? text.slice(start, i - 1) : text.slice(start, i), ++n);
            start = i + 1;
        }
        rest = text.slice(start);
    }
    if (rest !== '')
        onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, n + 1);
}
/** All of the text (for JSON formats, bounded by the caller's byte limit). */
async function allText(chunks) {
    const parts = [];
    for await (const chunk of chunks)
        parts.push(chunk);
    return parts.join('');
}
/** A string as a one-chunk source (tests, and reports already in memory). */
async function* fromString(text) {
    yield text;
}


/***/ }),

/***/ 9693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ZIP_LIMITS: () => (/* binding */ DEFAULT_ZIP_LIMITS),
/* harmony export */   ZipError: () => (/* binding */ ZipError),
/* harmony export */   openZip: () => (/* binding */ openZip)
/* harmony export */ });
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(663);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2447);
/**
 * A zip archive on disk as report files (yauzl): the central directory is read first, so the
 * declared unpacked sizes are known before anything is inflated; an archive that declares more
 * than the limit is refused whole (zip bombs), and yauzl stops any entry that inflates to more
 * than it declared. Entries are read one at a time, as streams.
 */


const DEFAULT_ZIP_LIMITS = { unpackedBytes: 1024 * 1024 * 1024, entries: 10_000 };
/** The archive is unusable (refused, corrupt); the message says why. */
class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
async function openZip(path, limits = DEFAULT_ZIP_LIMITS) {
    const zip = await new Promise((resolve, reject) => yauzl__WEBPACK_IMPORTED_MODULE_0__.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => err || !z
        ? reject(new ZipError(`not a readable zip archive: ${err?.message ?? 'unknown error'}`))
        : resolve(z)));
    try {
        if (zip.entryCount > limits.entries)
            throw new ZipError(`holds ${zip.entryCount} entries, more than the limit of ${limits.entries}; refused`);
        const entries = await new Promise((resolve, reject) => {
            const list = [];
            let declared = 0;
            zip.on('entry', (entry) => {
                declared += entry.uncompressedSize;
                if (declared > limits.unpackedBytes) {
                    reject(new ZipError(`unpacks to more than ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__.megabytes)(limits.unpackedBytes)} (at ${entry.fileName}); refused as a possible zip bomb`));
                    return;
                }
                if (!entry.fileName.endsWith('/'))
                    list.push(entry);
                zip.readEntry();
            });
            zip.on('end', () => resolve(list));
            zip.on('error', (err) => reject(new ZipError(`is corrupt: ${err.message}`)));
            zip.readEntry();
        });
        const files = entries.map(entry => ({
            name: entry.fileName,
            size: entry.uncompressedSize,
            open: () => new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => err || !stream
                ? reject(new ZipError(`${entry.fileName}: ${err?.message ?? 'cannot be read'}`))
                : resolve(stream)))
        }));
        return { files, close: () => zip.close() };
    }
    catch (error) {
        zip.close();
        throw error;
    }
}


/***/ })

};

//# sourceMappingURL=693.index.js.map