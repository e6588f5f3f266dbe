#include "pos_cursor.h"

/* On the line of the last place and not before it: that place's column
 * plus the code points between (a column counts the bytes that are not
 * continuation bytes, so counts add up); else asked afresh. */
xxgk_pos pos_cursor_seek(pos_cursor *c, const xxgk_doc *doc, uint32_t off)
{
    uint32_t at;
    const doc_lines *l = doc_shown(doc, off, &at);
    xxgk_pos p;
    if (c->lines == l && at >= c->off && at < c->next_line && at <= l->len) {
        p.line = c->pos.line;
        p.col = c->pos.col + utf8_count(l->src + c->off, at - c->off);
    } else {
        p = doc_lines_position(l, at);
        c->next_line = l->starts && p.line < l->n ? l->starts[p.line] : l->len + 1;
        c->lines = l;
    }
    if (at > l->len) /* doc_lines_position's clamp: never a base */
        c->lines = NULL;
    c->off = at;
    c->pos = p;
    return p;
}
