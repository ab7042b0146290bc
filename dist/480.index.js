export const id = 480;
export const ids = [480];
export const modules = {

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeReadError: () => (/* binding */ describeReadError),
/* harmony export */   serveChecks: () => (/* binding */ serveChecks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _engine_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5155);





/** A file system error in the words the command line shows. */
function describeReadError(e) {
    const code = e.code;
    return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : e.message;
}
/** Checks the documents the main thread sends, one at a time, each answered with a {@link CheckReply}. */
function serveChecks() {
    const templates = new Map();
    let session;
    let queue = Promise.resolve();
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort;
    if (!port)
        return;
    port.on('message', (message) => {
        if ('setup' in message) {
            const { setup } = message;
            session = new _engine_session_js__WEBPACK_IMPORTED_MODULE_4__.CheckSession(setup.config, 
            // The main thread reads templates (from disk or from GitHub) and sends them along.
            async (p) => templates.get(p) ?? Promise.reject(new Error('not received')), setup.template, setup.failOn);
            return;
        }
        // One at a time, in the order sent: the main thread may send the next document before this one is done.
        queue = queue.then(() => answer(message)).then((reply) => port.postMessage(reply));
    });
    // Loading this thread is not the document's time: its clock starts now.
    port.postMessage({ ready: true });
    async function answer(request) {
        for (const [p, bytes] of request.templates)
            templates.set(p, bytes);
        let bytes = request.bytes;
        if (bytes === undefined) {
            try {
                bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(request.file?.cwd ?? '.', request.file?.name ?? request.path));
            }
            catch (e) {
                return { readError: describeReadError(e) };
            }
        }
        try {
            if (!session)
                return { error: 'no settings received before the document' };
            return { result: await session.check(request.path, bytes) };
        }
        catch (e) {
            if (e instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TemplateLoadError */ .l)
                return { templateError: { file: e.file, line: e.line, message: e.message } };
            return { error: e?.message ?? String(e) };
        }
    }
}


/***/ })

};
