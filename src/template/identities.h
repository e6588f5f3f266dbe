/* The sums the template promises (../shared/spec/template.md,
 * "Arithmetic"), as data shared by the checker (src/check/check_arith.c)
 * and the splitter of glued digits (src/syntax/unglue_rows.c). */
#ifndef XXGK_IDENTITIES_H
#define XXGK_IDENTITIES_H
#include "xxgk.h"

/* Table 三: the six applicant columns whose sum is 总计; the last five are
 * the 法人或其他组织 columns whose sum is 小计. */
extern const int xxgk_applicant_cols[6];
/* Table 四: its three groups, and the four results each group's 总计 sums. */
extern const int xxgk_appeals_groups[3];
extern const int xxgk_appeals_parts[4];
/* Table 三: the outcome rows that （七）总计 sums, in the form's order, for a
 * template year (2019: （六）其他处理 is one row). Returns their number. */
int xxgk_outcome_rows(int tmpl, int *rows);
#endif
