/* arena.c — bump allocator (arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

struct kiln_arena_block {
    kiln_arena_block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

void *kiln_arena_alloc(kiln_arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    kiln_arena_block *b = a->head;
    if (!b || b->used + size > b->cap) {
        size_t cap = size > 65536 ? size : 65536;
        b = malloc(sizeof *b + cap);
        if (!b) KILN_BUG("out of memory (%zu bytes)", size);
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *kiln_arena_strdup(kiln_arena *a, const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    return memcpy(kiln_arena_alloc(a, n), s, n);
}

char *kiln_arena_printf(kiln_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = kiln_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

void kiln_arena_free(kiln_arena *a)
{
    kiln_arena_block *b = a->head;
    while (b) {
        kiln_arena_block *n = b->next;
        free(b);
        b = n;
    }
    a->head = NULL;
}
