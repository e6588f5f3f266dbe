/* Huge pages for the few large blocks of a large input.
 *
 * A 50 MB report makes a few hundred MB of arena chunks, line indexes and
 * vectors; touched 4 KB at a time that is ~80,000 page faults, and on the
 * paravirtualised machines xxgk runs on a fault costs about as much as
 * reading a kilobyte (docs/performance.md: diff of the 50 MB line spent
 * half its CPU time in them, which made it superlinear). Linux backs a
 * block with 2 MB pages when asked (MADV_HUGEPAGE: transparent huge pages
 * in their default "madvise" mode), cutting the faults ~500x. Only blocks
 * of 16 MB and more ask: a block's last huge page is resident whole once
 * touched, so a block of a few MB held up to 2 MB it did not use (a table
 * of 12,000 rows printed one cell a line, a 0.37 MB file, peaked 2 to 6 MB
 * higher with its 2, 4 and 8 MB arena chunks and its cells' vector
 * advised; docs/performance.md, fifty-second pass), while from 16 MB on
 * that waste is an eighth of the block at most and the faults of the
 * smaller blocks before it (14 MB: 3,584 faults) are a few ms.
 * Advice only: where it is refused or absent nothing changes. */
#ifndef XXGK_BIGMEM_H
#define XXGK_BIGMEM_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

enum { BIGMEM_MIN = 16u << 20, BIGMEM_PAGE = 2u << 20 };

/* advise the whole 2 MB pages inside [P, P+N) when N is large */
static inline void bigmem_advise(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (!p || n < BIGMEM_MIN)
        return;
    uintptr_t lo = ((uintptr_t)p + BIGMEM_PAGE - 1) & ~(uintptr_t)(BIGMEM_PAGE - 1);
    uintptr_t hi = ((uintptr_t)p + n) & ~(uintptr_t)(BIGMEM_PAGE - 1);
    if (hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

/* malloc, but a large block starts on a 2 MB boundary, so every whole 2 MB
 * of it can be a huge page (an unaligned block's first partial 2 MB faults
 * 4 KB at a time: ~500 faults a block); free() frees it. Only the whole
 * pages of the N bytes asked for are advised: the block's last partial 2 MB
 * stays in 4 KB pages, since as one huge page it is resident whole when its
 * first byte is touched (a 5.02 MB source held 6 MB; docs/performance.md,
 * thirty-second pass) */
static inline void *bigmem_alloc(size_t n)
{
    if (n < BIGMEM_MIN || n > SIZE_MAX - BIGMEM_PAGE)
        return malloc(n);
    size_t whole = (n + BIGMEM_PAGE - 1) & ~(size_t)(BIGMEM_PAGE - 1);
    void *p = aligned_alloc(BIGMEM_PAGE, whole);
    bigmem_advise(p, n);
    return p;
}
#endif
