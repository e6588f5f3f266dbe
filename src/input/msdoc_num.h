/* A .doc's automatic numbering (msdoc_num.c). */
#ifndef XXGK_MSDOC_NUM_H
#define XXGK_MSDOC_NUM_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wd_numbering wd_numbering;

/* The lists (PlfLst at fc_lst) and list overrides (PlfLfo at fc_lfo) of
 * the table stream; NULL when there are none or they do not fit (no
 * paragraph is numbered then: the text is read as it is). */
wd_numbering *wd_numbering_new(const uint8_t *tbl, size_t ntbl, uint32_t fc_lst, uint32_t lcb_lst, uint32_t fc_lfo,
                               uint32_t lcb_lfo);
void wd_numbering_free(wd_numbering *nb);

/* The number Word shows before a paragraph of list override ilfo
 * (1-based) at level ilvl, counted now, into buf: the level's number text
 * with each level's number rendered, then a space for a tab or space
 * after it; *core_at and *ncore where the level's own numeral stands in
 * it. Its length; 0 when none (a bullet, a format xxgk cannot render). */
size_t wd_number_paragraph(wd_numbering *nb, int ilfo, int ilvl, char *buf, size_t cap, size_t *core_at,
                           size_t *ncore);
#endif
