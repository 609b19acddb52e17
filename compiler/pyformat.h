/* pyformat.h — the parts of Python's string formatting that Keras's
 * callbacks expose to users: str.format() over named fields (ModelCheckpoint's
 * filepath "{epoch:02d}-{val_loss:.2f}.safetensors") and repr(float) (the
 * numbers of CSVLogger's rows and of ReduceLROnPlateau's message).
 *
 * Both follow the Python 3 language reference, "Format String Syntax" and
 * "Format Specification Mini-Language", and float.__repr__ (the shortest
 * decimal string that reads back as the same double).  Used by the parser to
 * check a template where it is written and by the runtime to fill it.
 */
#ifndef KILN_PYFORMAT_H
#define KILN_PYFORMAT_H

#include <stddef.h>

/* One named value a template may use: an int (epoch) or a float (loss...). */
typedef struct {
    const char *name;
    int is_int;       /* 1: Python int (value is integral), 0: Python float */
    double value;
} kiln_pyformat_field;

/* str.format(**fields) of `tmpl`: literal text, "{{" and "}}" for braces,
 * and fields "{name}" or "{name:spec}" with spec
 *   [[fill]align][sign][0][width][.precision][type]
 *   align < > ^ =;  sign + - ' ';  type d (ints only), e E f F g G %, or none
 *   (none: an int as d, a float as repr() without precision, as Python's 'g'
 *   that keeps a ".0" with one).
 * Not supported, and reported as such: conversions (!r), attribute and index
 * lookups, nested fields, '#', ',' and '_' grouping, types b o x X c n s.
 * Writes the result (NUL-terminated, at most cap bytes) to out; on error
 * returns -1 and a message such as "unknown field 'val_los' (the fields are
 * epoch, loss, val_loss)" or "format code 'd' needs an int, but 'val_loss'
 * is a float" in err (err_cap bytes).  out may be NULL to only check. */
int kiln_pyformat(const char *tmpl, const kiln_pyformat_field *fields, int n_fields,
                  char *out, size_t cap, char *err, size_t err_cap);

/* repr(v) of a Python float into buf (at least 32 bytes): the shortest digits
 * that round-trip, fixed notation for 1e-4 <= |v| < 1e16 ("0.0001", "2.0",
 * "0.04523198423489234"), scientific otherwise ("1e-05", "1.5e+16");
 * "nan", "inf", "-inf".  Returns buf. */
char *kiln_py_repr(double v, char *buf, size_t n);

/* The same for a float32: the shortest digits that read back as the same
 * float (0.0001f gives "0.0001", not the double's "0.00010000000474974513"). */
char *kiln_py_repr_f32(float v, char *buf, size_t n);

#endif /* KILN_PYFORMAT_H */
