/* json_pos.c — source positions for cJSON trees, and JSON syntax errors
 * (json_pos.h).
 *
 * Both scanners follow cJSON 1.7.15's parser (cJSON.c: parse_value,
 * parse_string, parse_number, parse_array, parse_object) byte for byte, so
 * that the text they walk is the text cJSON accepted:
 *   whitespace   any byte <= 32
 *   literals     null, true, false
 *   number       what strtod reads of the run of [0-9+-.eE] there
 *   string       '"' ... '"', a backslash escaping the next byte; escapes are
 *                b f n r t " \ / and \uXXXX (surrogates paired)
 *   array        '[' [value (',' value)*] ']'
 *   object       '{' [string ':' value (',' string ':' value)*] '}'
 *   nesting      at most 1000 arrays and objects deep
 * The syntax checker runs only on a text cJSON rejected; there it also
 * refuses raw control characters in strings (which JSON forbids and cJSON
 * lets through), since a newline inside a string is the usual sign of a
 * missing closing quote.
 */
#include "json_pos.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

struct kiln_json_pos_slot {
    const cJSON *node;  /* NULL: empty */
    kiln_json_span span;
};

#define NESTING_LIMIT 1000  /* CJSON_NESTING_LIMIT */

static int is_ws(unsigned char c) { return c <= 32; }

static int is_number_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
}

/* Bytes of the UTF-8 byte-order mark at the start of s, if any. */
static long bom(const unsigned char *s, long n)
{
    return (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) ? 3 : 0;
}

/* Bytes strtod reads from the number starting at s[i]: cJSON offers it the
 * run of number bytes there (upstream 1.7.15 at most 63 of them; Debian's
 * 1.7.15-1+deb12u4 all of them, and a run longer than 63 bytes fails upstream
 * anyway, since the bytes left over cannot follow a value). */
static long number_len(const unsigned char *s, long n, long i)
{
    long k = 0;
    while (i + k < n && is_number_byte(s[i + k])) k++;
    char small[64], *buf = k < (long)sizeof small ? small : malloc((size_t)k + 1);
    if (!buf) KILN_BUG("out of memory (%ld bytes)", k + 1);
    memcpy(buf, s + i, (size_t)k);
    buf[k] = '\0';
    char *end;
    strtod(buf, &end);
    long used = (long)(end - buf);
    if (buf != small) free(buf);
    return used;
}

/* Offset just past the string whose '"' is at s[i], or -1 if unterminated. */
static long string_end(const unsigned char *s, long n, long i)
{
    long j = i + 1;
    while (j < n && s[j] != '"') {
        if (s[j] == '\\') {
            if (j + 1 >= n) return -1;
            j++;
        }
        j++;
    }
    return j < n ? j + 1 : -1;
}

/* ---- line table ---------------------------------------------------------- */

void kiln_json_pos_init(kiln_json_pos *ix, const char *text, long len, kiln_arena *a)
{
    memset(ix, 0, sizeof *ix);
    ix->text = text;
    ix->len = len;
    int n = 1;
    for (long i = 0; i < len; i++)
        if (text[i] == '\n') n++;
    ix->line_start = KILN_NEW(a, long, n);
    ix->n_lines = 0;
    ix->line_start[ix->n_lines++] = 0;
    for (long i = 0; i < len; i++)
        if (text[i] == '\n') ix->line_start[ix->n_lines++] = i + 1;
}

void kiln_json_pos_linecol(const kiln_json_pos *ix, long off, int *line, int *col)
{
    if (off < 0) off = 0;
    if (off > ix->len) off = ix->len;
    int lo = 0, hi = ix->n_lines - 1;  /* last line starting at or before off */
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (ix->line_start[mid] <= off) lo = mid;
        else hi = mid - 1;
    }
    *line = lo + 1;
    *col = (int)(off - ix->line_start[lo]) + 1;
}

/* ---- node index ---------------------------------------------------------- */

static size_t hash_ptr(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (size_t)h;
}

static size_t count_nodes(const cJSON *n)
{
    size_t c = 1;
    for (const cJSON *k = n->child; k; k = k->next) c += count_nodes(k);
    return c;
}

static void put(kiln_json_pos *ix, const cJSON *node, kiln_json_span span)
{
    size_t i = hash_ptr(node) & (ix->cap - 1);
    while (ix->slots[i].node) i = (i + 1) & (ix->cap - 1);
    ix->slots[i].node = node;
    ix->slots[i].span = span;
}

const kiln_json_span *kiln_json_pos_span(const kiln_json_pos *ix, const cJSON *node)
{
    if (!ix->cap || !node) return NULL;
    size_t i = hash_ptr(node) & (ix->cap - 1);
    while (ix->slots[i].node) {
        if (ix->slots[i].node == node) return &ix->slots[i].span;
        i = (i + 1) & (ix->cap - 1);
    }
    return NULL;
}

typedef struct {
    kiln_json_pos *ix;
    const unsigned char *s;
    long n, i;
} walker;

static void skip_ws(walker *w)
{
    while (w->i < w->n && is_ws(w->s[w->i])) w->i++;
}

static void expect(walker *w, char c)
{
    skip_ws(w);
    if (w->i >= w->n || w->s[w->i] != (unsigned char)c)
        KILN_BUG("json_pos: expected '%c' at byte %ld; text and cJSON tree disagree", c, w->i);
    w->i++;
}

/* value := ws literal|number|string|array|object; records node -> span. */
static void walk(walker *w, const cJSON *node, long key)
{
    skip_ws(w);
    long start = w->i;
    switch (node->type & 0xFF) {
    case cJSON_NULL:
    case cJSON_True:
        w->i += 4;
        break;
    case cJSON_False:
        w->i += 5;
        break;
    case cJSON_Number:
        w->i += number_len(w->s, w->n, w->i);
        break;
    case cJSON_String: {
        long e = w->i < w->n && w->s[w->i] == '"' ? string_end(w->s, w->n, w->i) : -1;
        if (e < 0) KILN_BUG("json_pos: no string at byte %ld", w->i);
        w->i = e;
        break;
    }
    case cJSON_Array:
        expect(w, '[');
        for (const cJSON *k = node->child; k; k = k->next) {
            walk(w, k, -1);
            if (k->next) expect(w, ',');
        }
        expect(w, ']');
        break;
    case cJSON_Object:
        expect(w, '{');
        for (const cJSON *k = node->child; k; k = k->next) {
            skip_ws(w);
            long kstart = w->i;
            long e = w->i < w->n && w->s[w->i] == '"' ? string_end(w->s, w->n, w->i) : -1;
            if (e < 0) KILN_BUG("json_pos: no key at byte %ld", w->i);
            w->i = e;
            expect(w, ':');
            walk(w, k, kstart);
            if (k->next) expect(w, ',');
        }
        expect(w, '}');
        break;
    default:
        KILN_BUG("json_pos: unexpected cJSON node type %d", node->type);
    }
    if (w->i > w->n) KILN_BUG("json_pos: value at byte %ld runs past the text", start);
    put(w->ix, node, (kiln_json_span){start, w->i, key});
}

void kiln_json_pos_index(kiln_json_pos *ix, const cJSON *root, kiln_arena *a)
{
    size_t n = count_nodes(root), cap = 16;
    while (cap < 2 * n) cap *= 2;
    ix->cap = cap;
    ix->slots = KILN_NEW(a, kiln_json_pos_slot, cap);
    const unsigned char *s = (const unsigned char *)ix->text;
    walker w = {ix, s, ix->len, bom(s, ix->len)};
    walk(&w, root, -1);
}

/* ---- syntax errors ------------------------------------------------------- */

typedef struct {
    const unsigned char *s;
    long n, i;
    int depth;
    long err;       /* offset of the error, -1 while none */
    char *msg;
    size_t msgsize;
} checker;

/* Describes the token at s[i] for "got ...": end of file, a short string,
 * a word (True, NaN, 01x), a character, or a byte; with a hint for the
 * usual slips of Python and JavaScript writers. */
static void got(const checker *c, long i, char *buf, size_t size)
{
    const unsigned char *s = c->s;
    if (i >= c->n) {
        snprintf(buf, size, "end of file");
        return;
    }
    unsigned char ch = s[i];
    if (ch == '"') {
        long e = string_end(s, c->n, i);
        int ok = e > 0 && e - i <= 32;
        for (long k = i; ok && k < e; k++)
            if (s[k] < 32) ok = 0;
        if (ok) snprintf(buf, size, "%.*s", (int)(e - i), (const char *)s + i);
        else snprintf(buf, size, "a string");
        return;
    }
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
        ch == '_' || ch == '-' || ch == '+' || ch == '.') {
        long e = i;
        while (e < c->n && e - i < 24 &&
               ((s[e] >= 'A' && s[e] <= 'Z') || (s[e] >= 'a' && s[e] <= 'z') ||
                (s[e] >= '0' && s[e] <= '9') || s[e] == '_' || s[e] == '-' || s[e] == '+' ||
                s[e] == '.'))
            e++;
        int w = (int)(e - i);
        const char *word = (const char *)s + i;
        const char *hint = "";
        if (w == 4 && !memcmp(word, "True", 4)) hint = " (JSON spells it true)";
        else if (w == 5 && !memcmp(word, "False", 5)) hint = " (JSON spells it false)";
        else if (w == 4 && !memcmp(word, "None", 4)) hint = " (JSON spells it null)";
        else if ((w == 3 && !memcmp(word, "NaN", 3)) || (w == 8 && !memcmp(word, "Infinity", 8)))
            hint = " (JSON has no NaN or Infinity)";
        snprintf(buf, size, "%.*s%s", w, word, hint);
        return;
    }
    if (ch == '\'') snprintf(buf, size, "\"'\" (JSON strings take double quotes)");
    else if (ch == '/') snprintf(buf, size, "'/' (JSON has no comments)");
    else if (ch > 32 && ch < 127) snprintf(buf, size, "'%c'", ch);
    else snprintf(buf, size, "byte 0x%02x", ch);
}

static int fail(checker *c, long at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(checker *c, long at, const char *fmt, ...)
{
    if (at >= c->n) {  /* point just after the last non-blank byte */
        at = c->n;
        while (at > 0 && is_ws(c->s[at - 1])) at--;
    }
    c->err = at;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->msg, c->msgsize, fmt, ap);
    va_end(ap);
    return 0;
}

/* " (the '{' at 3:5 is not closed)" when the text ended inside it. */
static void unclosed(const checker *c, long open, char *buf, size_t size)
{
    buf[0] = '\0';
    if (c->i < c->n) return;
    int line = 1;
    long ls = 0;
    for (long k = 0; k < open; k++)
        if (c->s[k] == '\n') line++, ls = k + 1;
    snprintf(buf, size, " (the '%c' at %d:%ld is not closed)", c->s[open], line, open - ls + 1);
}

static void cws(checker *c)
{
    while (c->i < c->n && is_ws(c->s[c->i])) c->i++;
}

static int hex4(const unsigned char *s, unsigned *out)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char h = s[k];
        v <<= 4;
        if (h >= '0' && h <= '9') v |= h - '0';
        else if (h >= 'a' && h <= 'f') v |= h - 'a' + 10;
        else if (h >= 'A' && h <= 'F') v |= h - 'A' + 10;
        else return 0;
    }
    *out = v;
    return 1;
}

/* string := '"' (byte | '\' escape)* '"' */
static int c_string(checker *c)
{
    long start = c->i, e = string_end(c->s, c->n, start);
    if (e < 0) return fail(c, start, "unterminated string (no closing '\"')");
    long last = e - 1;  /* the closing quote */
    for (long k = start + 1; k < last; k++) {  /* cJSON takes these; JSON does not */
        if (c->s[k] == '\n')
            return fail(c, start, "unterminated string (no closing '\"' on its line)");
        if (c->s[k] < 32) return fail(c, k, "control character (byte 0x%02x) in a string", c->s[k]);
    }
    for (long k = start + 1; k < last; k++) {
        if (c->s[k] != '\\') continue;
        unsigned char x = c->s[k + 1];
        if (x && strchr("bfnrt\"\\/", x)) {
            k++;
            continue;
        }
        if (x != 'u') {
            if (x > 32 && x < 127) return fail(c, k, "invalid escape '\\%c' in a string", x);
            return fail(c, k, "invalid escape in a string");
        }
        unsigned u, u2;
        if (last - k < 6 || !hex4(c->s + k + 2, &u) || (u >= 0xDC00 && u <= 0xDFFF))
            return fail(c, k, "invalid \\u escape in a string");
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (last - k < 12 || c->s[k + 6] != '\\' || c->s[k + 7] != 'u' ||
                !hex4(c->s + k + 8, &u2) || u2 < 0xDC00 || u2 > 0xDFFF)
                return fail(c, k, "invalid \\u escape in a string (unpaired surrogate)");
            k += 6;
        }
        k += 5;
    }
    c->i = e;
    return 1;
}

static int c_value(checker *c);

/* array := '[' [value (',' value)*] ']' */
static int c_array(checker *c)
{
    long open = c->i;
    char where[64];
    char g[96];
    if (c->depth >= NESTING_LIMIT)
        return fail(c, open, "nesting deeper than %d levels", NESTING_LIMIT);
    c->depth++;
    c->i++;
    cws(c);
    if (c->i < c->n && c->s[c->i] == ']') {
        c->i++;
        c->depth--;
        return 1;
    }
    for (;;) {
        cws(c);
        if (c->i < c->n && c->s[c->i] == ']')  /* only after a ',' */
            return fail(c, c->i, "expected a value, got ']' (JSON allows no trailing comma)");
        if (!c_value(c)) return 0;
        cws(c);
        if (c->i < c->n && c->s[c->i] == ',') {
            c->i++;
            continue;
        }
        if (c->i < c->n && c->s[c->i] == ']') break;
        got(c, c->i, g, sizeof g);
        unclosed(c, open, where, sizeof where);
        return fail(c, c->i, "expected ',' or ']', got %s%s", g, where);
    }
    c->i++;
    c->depth--;
    return 1;
}

/* object := '{' [string ':' value (',' string ':' value)*] '}' */
static int c_object(checker *c)
{
    long open = c->i;
    char where[64];
    char g[96];
    if (c->depth >= NESTING_LIMIT)
        return fail(c, open, "nesting deeper than %d levels", NESTING_LIMIT);
    c->depth++;
    c->i++;
    cws(c);
    if (c->i < c->n && c->s[c->i] == '}') {
        c->i++;
        c->depth--;
        return 1;
    }
    for (int first = 1;; first = 0) {
        cws(c);
        if (c->i >= c->n || c->s[c->i] != '"') {
            if (!first && c->i < c->n && c->s[c->i] == '}')
                return fail(c, c->i, "expected a key, got '}' (JSON allows no trailing comma)");
            got(c, c->i, g, sizeof g);
            unclosed(c, open, where, sizeof where);
            if (c->i < c->n && c->s[c->i] == '{')
                snprintf(where, sizeof where, " (is a '}' missing before it?)");
            return fail(c, c->i, "expected a key in double quotes, got %s%s", g, where);
        }
        if (!c_string(c)) return 0;
        cws(c);
        if (c->i >= c->n || c->s[c->i] != ':') {
            got(c, c->i, g, sizeof g);
            unclosed(c, open, where, sizeof where);
            return fail(c, c->i, "expected ':' after the key, got %s%s", g, where);
        }
        c->i++;
        if (!c_value(c)) return 0;
        cws(c);
        if (c->i < c->n && c->s[c->i] == ',') {
            c->i++;
            continue;
        }
        if (c->i < c->n && c->s[c->i] == '}') break;
        got(c, c->i, g, sizeof g);
        unclosed(c, open, where, sizeof where);
        return fail(c, c->i, "expected ',' or '}', got %s%s", g, where);
    }
    c->i++;
    c->depth--;
    return 1;
}

/* value := ws (null | true | false | string | number | array | object) */
static int c_value(checker *c)
{
    char g[96];
    cws(c);
    long i = c->i, left = c->n - i;
    if (left <= 0) return fail(c, i, "expected a value, got end of file");
    const char *p = (const char *)c->s + i;
    if (left >= 4 && (!memcmp(p, "null", 4) || !memcmp(p, "true", 4))) {
        c->i += 4;
        return 1;
    }
    if (left >= 5 && !memcmp(p, "false", 5)) {
        c->i += 5;
        return 1;
    }
    unsigned char ch = c->s[i];
    if (ch == '"') return c_string(c);
    if (ch == '[') return c_array(c);
    if (ch == '{') return c_object(c);
    if (ch == '-' || (ch >= '0' && ch <= '9')) {
        long k = number_len(c->s, c->n, i);
        if (k == 0) {
            got(c, i, g, sizeof g);
            return fail(c, i, "expected a number, got %s", g);
        }
        c->i += k;
        return 1;
    }
    got(c, i, g, sizeof g);
    return fail(c, i, "expected a value, got %s", g);
}

long kiln_json_syntax_error(const char *text, long len, char *msg, size_t msgsize)
{
    char g[96];
    const unsigned char *s = (const unsigned char *)text;
    checker c = {s, len, bom(s, len), 0, -1, msg, msgsize};
    if (msgsize) msg[0] = '\0';
    if (!c_value(&c)) return c.err;
    cws(&c);
    if (c.i < c.n) {
        got(&c, c.i, g, sizeof g);
        fail(&c, c.i, "expected the end of the file after the top-level value, got %s", g);
        return c.err;
    }
    return -1;
}
