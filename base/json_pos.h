/* json_pos.h — source positions for cJSON trees, and JSON syntax errors.
 *
 * cJSON keeps no positions.  kiln_json_pos_index() walks the source text in
 * step with a tree cJSON parsed from it and records, for every node, the byte
 * span of its value and, for object members, the offset of its key; a model
 * error can then name the line and column of $.layers[2].kernel_size.
 * kiln_json_syntax_error() rescans a text cJSON rejected, with cJSON 1.7's
 * grammar (its leniencies included), and says where it breaks and why.
 *
 * Offsets are bytes from the start of the text (long).  Lines and columns are
 * 1-based; a column counts bytes, a line ends at '\n'.
 */
#ifndef KILN_JSON_POS_H
#define KILN_JSON_POS_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "arena.h"

/* Where one node's text lies: its value is text[start, end); key is the
 * offset of the opening '"' of its key in the enclosing object, -1 for array
 * elements and the root. */
typedef struct {
    long start, end;
    long key;
} kiln_json_span;

typedef struct kiln_json_pos_slot kiln_json_pos_slot;

typedef struct {
    const char *text;
    long len;
    long *line_start;          /* (n_lines) offset of each line's first byte */
    int n_lines;
    kiln_json_pos_slot *slots; /* open-addressed table, node pointer -> span */
    size_t cap;                /* slots, a power of two (0 before indexing) */
} kiln_json_pos;

/* Prepares the line table of text[0, len) (arena-allocated). */
void kiln_json_pos_init(kiln_json_pos *ix, const char *text, long len, kiln_arena *a);

/* Records the span of every node of `root`, which cJSON parsed from ix->text
 * (with cJSON_ParseWithLengthOpts).  A text that does not match the tree is
 * an internal error (KILN_BUG). */
void kiln_json_pos_index(kiln_json_pos *ix, const cJSON *root, kiln_arena *a);

/* The span of `node`, or NULL for a node that was not indexed. */
const kiln_json_span *kiln_json_pos_span(const kiln_json_pos *ix, const cJSON *node);

/* Line and column (1-based) of byte offset `off` (0 <= off <= len). */
void kiln_json_pos_linecol(const kiln_json_pos *ix, long off, int *line, int *col);

/* Finds the first place where text[0, len) stops being JSON as cJSON reads
 * it (a UTF-8 byte-order mark is skipped; whitespace is any byte <= 32;
 * nesting deeper than 1000 is refused).  Writes a message such as
 * "expected ',' or '}', got \"units\"" to msg (NUL-terminated, cut to msgsize)
 * and returns the byte offset to report; at the end of the text that is the
 * byte after the last non-blank one.  Returns -1 when the text parses. */
long kiln_json_syntax_error(const char *text, long len, char *msg, size_t msgsize);

#endif /* KILN_JSON_POS_H */
