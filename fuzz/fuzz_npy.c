/* fuzz_npy.c — NumPy .npy arrays (runtime/formats.c), read, written back and
 * read again: what kiln accepts it must reproduce exactly. */
#include "formats.h"
#include "fuzz.h"

static int64_t elem(kiln_dtype t) { return t == KILN_U8 ? 1 : t == KILN_I64 || t == KILN_F64 ? 8 : 4; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("npy", ".npy", data, size);
    kiln_array a;
    if (kiln_npy_read(path, &a) == 0) {
        FUZZ_ASSERT(a.rank >= 0 && a.rank <= 8 && a.data);
        int64_t bytes = kiln_array_count(&a) * elem(a.dtype);
        char out[300];
        snprintf(out, sizeof out, "%s.out.npy", path);
        if (bytes <= (1 << 20) && kiln_npy_write(out, &a) == 0) {
            kiln_array b;
            FUZZ_ASSERT(kiln_npy_read(out, &b) == 0);
            FUZZ_ASSERT(b.dtype == a.dtype && b.rank == a.rank);
            FUZZ_ASSERT(memcmp(a.dims, b.dims, sizeof a.dims[0] * (size_t)a.rank) == 0);
            FUZZ_ASSERT(memcmp(a.data, b.data, (size_t)bytes) == 0);
            kiln_array_free(&b);
            unlink(out);
        }
        kiln_array_free(&a);
    }
    kiln_diag_reset();
    return 0;
}
