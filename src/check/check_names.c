/* Names of cells in the validator's messages: the template's names of the
 * row and the column (template.def), "（七）总计 · 自然人". */
#include "check_int.h"
#include "template.h"

const char *ck_cell_name(ck *c, const xxgk_cell *cell)
{
    return doc_printf(c->doc, "%s · %s", xxgk_tpl_row_name(cell->row), xxgk_tpl_col_name(cell->col));
}
