/* V407 and V408 (check_outcomes.c): the outcomes of the requests stated in
 * the prose of 一、总体情况 against table 三. */
#ifndef XXGK_CHECK_OUTCOMES_H
#define XXGK_CHECK_OUTCOMES_H
#include "check_fold.h"

/* A clause [a, b) of folded prose that states one count, its digits in
 * [ns, ne) and 件 right after them, and names an outcome of the requests
 * (予以公开, 部分公开, 不予…, 无法提供, 其他处理): called by V404's scan
 * (check_prose.c, clause) for such a clause, which V404 itself does not
 * compare. Reads the sentence around it from the source; t is not changed. */
void ck_outcome_clause(ck *c, const ck_folded *t, size_t a, size_t b, size_t ns, size_t ne);
#endif
