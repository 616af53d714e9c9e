export const id = 729;
export const ids = [729];
export const modules = {

/***/ 6729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PolicyFileError: () => (/* binding */ PolicyFileError),
/* harmony export */   parsePolicy: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _shared_moderation_taxonomy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1085);
/* harmony import */ var _workspace_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7829);



/** A policy file that cannot be used; `problems` each start with `file:line:`. */
class PolicyFileError extends Error {
    problems;
    name = 'PolicyFileError';
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
const SHA256 = /^[0-9a-f]{64}$/i;
const TOP_KEYS = ['moderation'];
const POLICY_KEYS = ['block', 'warn', 'ignore', 'paths', 'overrides'];
const PATH_KEYS = ['match', 'block', 'warn', 'ignore'];
const OVERRIDE_KEYS = ['path', 'sha256', 'allow', 'reason'];
/** Collects problems with the line they are on; the file's whole list is reported at once. */
class Reader {
    file;
    lines;
    problems = [];
    unknownName = false;
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    problem(node, message) {
        const offset = nodeOffset(node);
        const line = offset === undefined ? 1 : this.lines.linePos(offset).line;
        this.problems.push(`${this.file}:${line}: ${message}`);
    }
    /** A mapping's pairs as [key, value node], after checking the keys against `allowed`. */
    entries(node, where, allowed) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            this.problem(node, `${where} must be a mapping (key: value lines).`);
            return [];
        }
        const result = [];
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined) {
                this.problem(pair, `${where} has a key that is not a plain name.`);
            }
            else if (allowed && !allowed.includes(key)) {
                this.problem(pair, `${where} has an unknown key "${key}"; allowed: ${allowed.join(', ')}.`);
            }
            else {
                result.push([key, pair]);
            }
        }
        return result;
    }
    /** A category name of the taxonomy; undefined (and a problem) otherwise. */
    categoryName(node, where) {
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        if (name === undefined) {
            this.problem(node, `${where}: a category name must be text.`);
            return undefined;
        }
        if ((0,_shared_moderation_taxonomy_js__WEBPACK_IMPORTED_MODULE_1__/* .isModerationName */ .C1)(name))
            return name;
        const renamed = _shared_moderation_taxonomy_js__WEBPACK_IMPORTED_MODULE_1__/* .RENAMED_IN_7 */ .Fz[name];
        const hint = renamed
            ? ` Moderation model 7 renamed it: use ${renamed.map((n) => `"${n}"`).join(' or ')}.`
            : '';
        this.problem(node, `${where}: unknown category "${name}".${hint}`);
        this.unknownName = true;
        return undefined;
    }
    /** `name: confidence` lines. */
    thresholds(node, where) {
        const result = new Map();
        for (const [, pair] of this.entries(node, where)) {
            const name = this.categoryName(pair.key, where);
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? pair.value.value : undefined;
            if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
                this.problem(pair, `${where}: the threshold for "${String(pair.key?.value)}" must be a number from 0 to 100 (a confidence in percent), not ${describe(pair.value)}.`);
                continue;
            }
            if (name !== undefined)
                result.set(name, value);
        }
        return result;
    }
    names(node, where) {
        const result = new Set();
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            this.problem(node, `${where} must be a list of category names, such as [Weapons].`);
            return result;
        }
        for (const item of node.items) {
            const name = this.categoryName(item, where);
            if (name !== undefined)
                result.add(name);
        }
        return result;
    }
    text(node, where) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string' && node.value.trim() !== '') {
            return node.value.trim();
        }
        this.problem(node, `${where} must be non-empty text.`);
        return undefined;
    }
}
function nodeOffset(node) {
    if (!node)
        return undefined;
    if ('range' in node && node.range)
        return node.range[0];
    if ('key' in node)
        return nodeOffset(node.key) ?? nodeOffset(node.value);
    return undefined;
}
function describe(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return JSON.stringify(node.value);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'a mapping' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? 'a list' : 'nothing';
}
function pathRule(reader, node, at) {
    const rule = { match: '', block: new Map(), warn: new Map(), ignore: new Set() };
    for (const [key, pair] of reader.entries(node, at, PATH_KEYS)) {
        if (key === 'match')
            rule.match = matchPattern(reader, pair, at) ?? '';
        if (key === 'block')
            rule.block = reader.thresholds(pair.value, `${at}.block`);
        if (key === 'warn')
            rule.warn = reader.thresholds(pair.value, `${at}.warn`);
        if (key === 'ignore') {
            rule.ignore = reader.names(pair.value, `${at}.ignore`);
            checkIgnored(reader, rule, pair, at);
        }
    }
    if (rule.match === '') {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !node.has('match'))
            reader.problem(node, `${at} needs a \`match\` glob.`);
        return undefined;
    }
    return rule;
}
/**
 * A name ignored where a rule judges it, or judges a name under it, would make the rule dead:
 * the ignore drops the label before the rule sees it.
 */
function checkIgnored(reader, rules, pair, at) {
    for (const name of [...rules.block.keys(), ...rules.warn.keys()]) {
        const ignored = (0,_shared_moderation_taxonomy_js__WEBPACK_IMPORTED_MODULE_1__/* .lineage */ .OZ)(name).find((n) => rules.ignore.has(n));
        if (ignored === undefined)
            continue;
        const what = ignored === name ? `"${name}"` : `"${ignored}" (above "${name}")`;
        reader.problem(pair, `${at}: ${what} is ignored, so its rule for "${name}" can never apply; keep one.`);
    }
}
function matchPattern(reader, pair, at) {
    const pattern = reader.text(pair.value, `${at}.match`);
    if (pattern === undefined)
        return undefined;
    if (pattern.startsWith('!')) {
        reader.problem(pair, `${at}.match must be one glob without \`!\`; a later entry can undo an earlier one instead.`);
        return undefined;
    }
    try {
        const parsed = (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePatterns */ .Z7)(pattern);
        // Validated as the `images` input validates it; matched whole (braces and all) by minimatch.
        if (parsed.exclude.length === 0)
            return pattern.replace(/^(\.\/)+/, '');
        reader.problem(pair, `${at}.match must be one glob without \`!\`.`);
    }
    catch (error) {
        if (!(error instanceof _workspace_files_js__WEBPACK_IMPORTED_MODULE_2__/* .GlobPatternError */ .jq))
            throw error;
        reader.problem(pair, `${at}.match: ${error.message.replace(/ on line 1/, '')}`);
    }
    return undefined;
}
function override(reader, node, at) {
    const found = {};
    for (const [key, pair] of reader.entries(node, at, OVERRIDE_KEYS)) {
        if (key === 'path')
            found.path = overridePath(reader, pair, at);
        if (key === 'reason')
            found.reason = reader.text(pair.value, `${at}.reason`);
        if (key === 'allow') {
            found.allow = [...reader.names(pair.value, `${at}.allow`)];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(pair.value) && pair.value.items.length === 0) {
                reader.problem(pair, `${at}.allow is empty: name the categories the override allows.`);
            }
        }
        if (key === 'sha256') {
            const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) ? String(pair.value.value) : '';
            if (SHA256.test(value))
                found.sha256 = value.toLowerCase();
            else
                reader.problem(pair, `${at}.sha256 must be the file's SHA-256 in hex (64 characters; \`sha256sum FILE\` prints it).`);
        }
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return undefined;
    for (const key of OVERRIDE_KEYS) {
        if (!node.has(key))
            reader.problem(node, `${at} needs \`${key}\`: an override is a person's decision about exact bytes, and says why.`);
    }
    const { path, sha256, allow, reason } = found;
    if (!path || !sha256 || !allow?.length || !reason)
        return undefined;
    return { path, sha256, allow, reason };
}
function overridePath(reader, pair, at) {
    const path = reader.text(pair.value, `${at}.path`)?.replace(/^(\.\/)+/, '');
    if (path === undefined)
        return undefined;
    const parts = path.split('/');
    if (path.startsWith('/') ||
        path.includes('\\') ||
        parts.some((part) => part === '' || part === '.' || part === '..')) {
        reader.problem(pair, `${at}.path must be a workspace-relative path with forward slashes, as the results show it.`);
        return undefined;
    }
    return path;
}
function list(reader, node, at, read) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        reader.problem(node, `${at} must be a list (lines starting with "- ").`);
        return [];
    }
    return node.items
        .map((item, index) => read(item, `${at}[${index}]`))
        .filter((value) => value !== undefined);
}
/**
 * Reads a policy file's text. Every problem is reported together, each with its line, and
 * unknown category names with the list of valid ones: see docs/moderation.md for the format.
 */
function parsePolicy(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    const reader = new Reader(file, lines);
    for (const error of doc.errors) {
        const line = error.linePos?.[0].line ?? 1;
        reader.problems.push(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const policy = {
        source: file,
        block: new Map(),
        warn: new Map(),
        ignore: new Set(),
        paths: [],
        overrides: [],
    };
    if (reader.problems.length === 0)
        readPolicy(reader, doc.contents, policy);
    if (reader.unknownName) {
        reader.problems.push(`Valid category names (moderation model 7): ${_shared_moderation_taxonomy_js__WEBPACK_IMPORTED_MODULE_1__/* .MODERATION_NAMES */ .gq.join(', ')}.`);
    }
    if (reader.problems.length > 0)
        throw new PolicyFileError(reader.problems);
    return policy;
}
function readPolicy(reader, contents, policy) {
    const top = reader.entries(contents, 'The policy file', TOP_KEYS);
    const moderation = top.find(([key]) => key === 'moderation')?.[1];
    if (!moderation) {
        if (reader.problems.length === 0)
            reader.problem(contents, 'The policy file needs a top-level `moderation:` mapping.');
        return;
    }
    const mutable = policy;
    let ignorePair;
    for (const [key, pair] of reader.entries(moderation.value, 'moderation', POLICY_KEYS)) {
        const at = `moderation.${key}`;
        if (key === 'block')
            mutable.block = reader.thresholds(pair.value, at);
        if (key === 'warn')
            mutable.warn = reader.thresholds(pair.value, at);
        if (key === 'ignore') {
            mutable.ignore = reader.names(pair.value, at);
            ignorePair = pair;
        }
        if (key === 'paths')
            mutable.paths = list(reader, pair.value, at, (n, where) => pathRule(reader, n, where));
        if (key === 'overrides')
            mutable.overrides = list(reader, pair.value, at, (n, where) => override(reader, n, where));
    }
    if (ignorePair)
        checkIgnored(reader, policy, ignorePair, 'moderation');
    const rules = [policy, ...policy.paths].some((r) => r.block.size > 0 || r.warn.size > 0);
    if (reader.problems.length === 0 && !rules) {
        reader.problem(moderation, 'moderation has no `block` or `warn` rule, so every image would be clear. A policy file replaces the built-in policy; copy its rules from docs/moderation.md.');
    }
}


/***/ })

};
