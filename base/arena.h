/* arena.h — bump allocator; everything of one compile is freed at once. */
#ifndef KILN_ARENA_H
#define KILN_ARENA_H

#include <stddef.h>

typedef struct kiln_arena_block kiln_arena_block;

typedef struct {
    kiln_arena_block *head;
} kiln_arena;

/* Returns `size` bytes, 16-byte aligned, zeroed. Aborts when out of memory. */
void *kiln_arena_alloc(kiln_arena *a, size_t size);
/* Copies the NUL-terminated string s (NULL stays NULL). */
char *kiln_arena_strdup(kiln_arena *a, const char *s);
/* printf into the arena. */
char *kiln_arena_printf(kiln_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Frees every block; the arena can be reused afterwards. */
void kiln_arena_free(kiln_arena *a);

#define KILN_NEW(a, T, n) ((T *)kiln_arena_alloc((a), sizeof(T) * (size_t)(n)))

#endif
