/* The rules that read the prose of the preamble and section 一 block by
 * block: each block's source goes to both, in one pass (check_overview.c). */
#ifndef XXGK_CHECK_OVERVIEW_H
#define XXGK_CHECK_OVERVIEW_H
#include "check_fold.h"

/* V401 (check_consistency.c): one block's source read for the statistics
 * period; true when the block states the period, which settles the rule. */
bool ck_period_span(ck *c, xxgk_span sp);

/* V404 (check_prose.c): the counts stated in one block of section 一
 * compared with the tables, m the words that say what a count counts. */
void ck_counts_block(ck *c, const ck_words *m, const ck_folded *t);
/* The same over a block's source: only the pieces that can state a count
 * are folded, and read with the words of check_prose.c. */
void ck_counts_span(ck *c, xxgk_span sp);
#endif
