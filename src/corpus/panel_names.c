/* The names a panel row is written with, by the CSV/JSON writer (panel.c)
 * and by the SQLite writer (panel_sqlite.c): a cell's key and a report's
 * status. Apart so that neither writer calls the other. */
#include <stdio.h>

#include "panel.h"
#include "template.h"

const char *panel_key_name(const panel_key *k, char *buf, size_t size)
{
    snprintf(buf, size, "%s.%s.%s", xxgk_table_key(k->table), xxgk_row_key(k->row), xxgk_col_key(k->col));
    return buf;
}

const char *panel_status(const xxgk_doc *doc)
{
    if (!doc)
        return "unreadable";
    const xxgk_report *r = xxgk_doc_report(doc);
    if (!r || !r->sections)
        return "not_a_report";
    if (xxgk_doc_count(doc, XXGK_ERROR))
        return "errors";
    return xxgk_doc_count(doc, XXGK_WARNING) ? "warnings" : "clean";
}
