/* The same agency and year twice in one panel (a crawl that saved a
 * report's page and its text, or one report under two names): the later
 * row says which file came first and whether every cell is the same. The
 * panel keeps, per (agency_key, year) it has seen, the first file and its
 * cells as written (a few hundred bytes a report). */
#include <stdlib.h>
#include <string.h>

#include "panel.h"
#include "u64map.h"
#include "vec.h"

typedef struct seen_row {
    char *agency_key, *file;
    int year;
    char **cells;     /* per key: the cell as the panel writes it ("state:value") */
    size_t next;      /* 1 + the next row of the same hash, 0 at the end */
} seen_row;

struct panel_seen {
    u64map index;     /* hash of (agency_key, year) -> 1 + its first row */
    seen_row *rows;
    size_t n, cap, nkeys;
};

static uint64_t seen_hash(const char *key, int year)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *s = (const unsigned char *)key; *s; s++)
        h = (h ^ *s) * 1099511628211ULL;
    return u64map_mix(h ^ (uint64_t)(unsigned)year);
}

/* The cell as text: its state, and its value when it has one. */
static char *cell_key(const panel_cell *c)
{
    char num[48] = "";
    if (c->state == PANEL_CELL_VALUE)
        xxgk_dec_format(c->value, num, sizeof num);
    const char *state = panel_cell_state_name(c->state);
    size_t n = strlen(state) + strlen(num) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s:%s", state, num);
    return s;
}

static void row_free(seen_row *r, size_t nkeys)
{
    for (size_t i = 0; r->cells && i < nkeys; i++)
        free(r->cells[i]);
    free(r->cells);
    free(r->agency_key);
    free(r->file);
}

panel_seen *panel_seen_new(size_t nkeys)
{
    panel_seen *s = calloc(1, sizeof *s);
    if (s)
        s->nkeys = nkeys;
    return s;
}

void panel_seen_free(panel_seen *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        row_free(&s->rows[i], s->nkeys);
    free(s->rows);
    u64map_free(&s->index);
    free(s);
}

/* Compare with the first row; the message's tail into d. */
static void compare(const seen_row *first, const panel_cell *cells, const panel_key *keys, size_t nkeys,
                    panel_dup *d)
{
    d->differ = 0;
    for (size_t i = 0; i < nkeys; i++) {
        char *now = cell_key(&cells[i]);
        if (now && strcmp(now, first->cells[i]) != 0) {
            if (!d->differ++) {
                d->first = keys[i];
                snprintf(d->here, sizeof d->here, "%s", now);
                snprintf(d->there, sizeof d->there, "%s", first->cells[i]);
            }
        }
        free(now);
    }
}

bool panel_seen_add(panel_seen *s, const char *file, const xxgk_report *r, const panel_cell *cells,
                    const panel_key *keys, panel_dup *d)
{
    memset(d, 0, sizeof *d);
    if (!r || !r->agency_key || !*r->agency_key || !r->year)
        return true;
    uint64_t h = seen_hash(r->agency_key, r->year);
    uint64_t *at = u64map_at(&s->index, h);
    if (!at)
        return false;
    for (size_t i = (size_t)*at; i; i = s->rows[i - 1].next) {
        const seen_row *f = &s->rows[i - 1];
        if (f->year == r->year && strcmp(f->agency_key, r->agency_key) == 0) {
            d->of = f->file;
            compare(f, cells, keys, s->nkeys, d);
            return true;
        }
    }
    if (!vec_reserve(&s->rows, s->n, &s->cap, sizeof *s->rows))
        return false;
    seen_row *row = &s->rows[s->n];
    *row = (seen_row){strdup(r->agency_key), strdup(file), r->year, calloc(s->nkeys ? s->nkeys : 1, sizeof(char *)),
                      (size_t)*at};
    bool ok = row->agency_key && row->file && row->cells;
    for (size_t i = 0; ok && i < s->nkeys; i++)
        ok = (row->cells[i] = cell_key(&cells[i])) != NULL;
    if (!ok) {
        row_free(row, s->nkeys);
        return false;
    }
    *at = ++s->n;
    return true;
}
