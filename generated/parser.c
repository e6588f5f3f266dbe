/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         XXGK_YYSTYPE
/* Substitute the variable and function names.  */
#define yyparse         xxgk_yyparse
#define yylex           xxgk_yylex
#define yyerror         xxgk_yyerror
#define yydebug         xxgk_yydebug
#define yynerrs         xxgk_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_TITLE = 3,                      /* "title line"  */
  YYSYMBOL_TEXT = 4,                       /* "text"  */
  YYSYMBOL_BLANK = 5,                      /* "blank line"  */
  YYSYMBOL_SUBHEAD = 6,                    /* "sub-heading"  */
  YYSYMBOL_DATE = 7,                       /* "date line"  */
  YYSYMBOL_NOTE = 8,                       /* "note line"  */
  YYSYMBOL_RESTART = 9,                    /* "second report"  */
  YYSYMBOL_SEC_PROSE = 10,                 /* "section heading"  */
  YYSYMBOL_SEC_PROACTIVE = 11,             /* "section 二 heading"  */
  YYSYMBOL_SEC_REQUESTS = 12,              /* "section 三 heading"  */
  YYSYMBOL_SEC_APPEALS = 13,               /* "section 四 heading"  */
  YYSYMBOL_CLAUSE = 14,                    /* "clause caption"  */
  YYSYMBOL_HEAD = 15,                      /* "table header"  */
  YYSYMBOL_COL = 16,                       /* "column label"  */
  YYSYMBOL_ROW = 17,                       /* "row label"  */
  YYSYMBOL_GROUP = 18,                     /* "row group label"  */
  YYSYMBOL_NUMBER = 19,                    /* "number"  */
  YYSYMBOL_EMPTY = 20,                     /* "empty cell"  */
  YYSYMBOL_ROW_CELLS = 21,                 /* "row label and cells"  */
  YYSYMBOL_ROWS = 22,                      /* "row labels and cells"  */
  YYSYMBOL_PROSE = 23,                     /* "prose items"  */
  YYSYMBOL_COLS = 24,                      /* "column labels"  */
  YYSYMBOL_HEAD_COLS = 25,                 /* "table header and column labels"  */
  YYSYMBOL_YYACCEPT = 26,                  /* $accept  */
  YYSYMBOL_document = 27,                  /* document  */
  YYSYMBOL_front = 28,                     /* front  */
  YYSYMBOL_29_1 = 29,                      /* $@1  */
  YYSYMBOL_title_opt = 30,                 /* title_opt  */
  YYSYMBOL_31_2 = 31,                      /* $@2  */
  YYSYMBOL_restarts = 32,                  /* restarts  */
  YYSYMBOL_restart = 33,                   /* restart  */
  YYSYMBOL_34_3 = 34,                      /* $@3  */
  YYSYMBOL_35_4 = 35,                      /* $@4  */
  YYSYMBOL_sections_opt = 36,              /* sections_opt  */
  YYSYMBOL_sections = 37,                  /* sections  */
  YYSYMBOL_section = 38,                   /* section  */
  YYSYMBOL_39_5 = 39,                      /* $@5  */
  YYSYMBOL_40_6 = 40,                      /* $@6  */
  YYSYMBOL_41_7 = 41,                      /* $@7  */
  YYSYMBOL_42_8 = 42,                      /* $@8  */
  YYSYMBOL_prose_items = 43,               /* prose_items  */
  YYSYMBOL_proactive_opt = 44,             /* proactive_opt  */
  YYSYMBOL_45_9 = 45,                      /* $@9  */
  YYSYMBOL_clause_blocks = 46,             /* clause_blocks  */
  YYSYMBOL_47_10 = 47,                     /* $@10  */
  YYSYMBOL_48_11 = 48,                     /* $@11  */
  YYSYMBOL_49_12 = 49,                     /* $@12  */
  YYSYMBOL_p_items = 50,                   /* p_items  */
  YYSYMBOL_p_head = 51,                    /* p_head  */
  YYSYMBOL_p_head_cells = 52,              /* p_head_cells  */
  YYSYMBOL_stray = 53,                     /* stray  */
  YYSYMBOL_54_13 = 54,                     /* $@13  */
  YYSYMBOL_row_cells = 55,                 /* row_cells  */
  YYSYMBOL_cells = 56,                     /* cells  */
  YYSYMBOL_requests_opt = 57,              /* requests_opt  */
  YYSYMBOL_58_14 = 58,                     /* $@14  */
  YYSYMBOL_r_first = 59,                   /* r_first  */
  YYSYMBOL_60_15 = 60,                     /* $@15  */
  YYSYMBOL_61_16 = 61,                     /* $@16  */
  YYSYMBOL_62_17 = 62,                     /* $@17  */
  YYSYMBOL_r_items = 63,                   /* r_items  */
  YYSYMBOL_r_head = 64,                    /* r_head  */
  YYSYMBOL_r_head_cells = 65,              /* r_head_cells  */
  YYSYMBOL_appeals_opt = 66,               /* appeals_opt  */
  YYSYMBOL_67_18 = 67,                     /* $@18  */
  YYSYMBOL_a_first = 68,                   /* a_first  */
  YYSYMBOL_a_items = 69                    /* a_items  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */

#include <assert.h>
#include <stdio.h>
#include <string.h>

/* The lookahead as the builder knows it: a row label with its cells
 * (ROW_CELLS, xxgk_yylex) is a row label, a run of columns (COLS) a
 * column label, a header and the columns after it (HEAD_COLS) a header. */
static int lookahead(int yychar)
{
    return yychar == ROW_CELLS || yychar == ROWS ? ROW
           : yychar == COLS                      ? COL
           : yychar == HEAD_COLS                 ? HEAD
                                                 : yychar;
}

/* NUMBER and EMPTY come as runs of cells (xxgk_yylex): the builder takes
 * the run as it took each cell in order, its own token's kind with it
 * (b_values). */
static void take_cells(parse_ctx *ctx, const struct cell_run *r)
{
    b_values(ctx, r->v, (size_t)r->n);
}

/* A row label with its cells (ROW_CELLS, xxgk_yylex): the row begins and
 * takes them, as its label's and its cells' own tokens did. */
static void take_row_cells(parse_ctx *ctx, const struct cell_run *r)
{
    ctx->open_run = 0;
    b_row_begin(ctx, r->row);
    b_row_values(ctx, r->v, (size_t)r->n);
}

/* ROW_CELLS ROW_CELLS … (ROWS, xxgk_yylex): each row as its own token's
 * actions had it, in order: it begins (row_cells), takes its cells, and
 * every one but the last ends as it joined the list of rows when the next
 * row's label was the lookahead (b_row_end sees a row label); the last
 * stays open for the cells and the lookahead after it. */
static void take_rows(parse_ctx *ctx, const struct row_run *rr)
{
    ctx->open_run = 0;
    for (int i = 0; i < rr->n; i++) {
        b_row_begin(ctx, rr->rows[i].row);
        b_row_values(ctx, rr->rows[i].v, (size_t)rr->rows[i].n);
        if (i + 1 < rr->n) {
            ctx->row_next_set = true;
            ctx->row_next_at = rr->rows[i + 1].row->start;
            ctx->row_next_key = rr->rows[i + 1].row->key;
            b_row_end(ctx, ROW);
        }
    }
}

/* TEXT BLANK SUBHEAD … (PROSE, xxgk_yylex): each item as its own token's
 * action had it, in order (prose_items) */
static void take_prose(parse_ctx *ctx, const struct cell_run *r)
{
    ctx->open_run = 0;
    for (int i = 0; i < r->n; i++)
        b_prose(ctx, r->v[i].tok, &r->v[i]);
}

/* A table header or a column label, as its own token's action had it */
static void take_label(parse_ctx *ctx, const ptok *t)
{
    if (t->tok == HEAD)
        b_head(ctx, t);
    else
        b_column(ctx, t);
}

/* COL HEAD COL …, one token (COLS, HEAD_COLS: xxgk_yylex), in a header
 * of table 二 or 三: the actions each label had, in order: it begins a
 * header item (p_head_cells, r_head_cells) and every one but the last ends
 * it, as it joined the list of items when the next label came. */
static void take_columns(parse_ctx *ctx, const struct cell_run *r, int table)
{
    for (int i = 0; i < r->n; i++) {
        take_label(ctx, &r->v[i]);
        b_stray_begin(ctx);
        if (i + 1 < r->n)
            b_stray_end(ctx, table);
    }
}

/* COLS, HEAD_COLS in table 四, whose labels are its items */
static void take_appeal_columns(parse_ctx *ctx, const struct cell_run *r)
{
    for (int i = 0; i < r->n; i++)
        take_label(ctx, &r->v[i]);
}


#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_uint8 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_USE_ALLOCA
#  if YYSTACK_USE_ALLOCA
#   ifdef __GNUC__
#    define YYSTACK_ALLOC __builtin_alloca
#   elif defined __BUILTIN_VA_ARG_INCR
#    include <alloca.h> /* INFRINGES ON USER NAME SPACE */
#   elif defined _AIX
#    define YYSTACK_ALLOC __alloca
#   elif defined _MSC_VER
#    include <malloc.h> /* INFRINGES ON USER NAME SPACE */
#    define alloca _alloca
#   else
#    define YYSTACK_ALLOC alloca
#    if ! defined _ALLOCA_H && ! defined EXIT_SUCCESS
#     include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
      /* Use EXIT_SUCCESS as a witness for stdlib.h.  */
#     ifndef EXIT_SUCCESS
#      define EXIT_SUCCESS 0
#     endif
#    endif
#   endif
#  endif
# endif

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined XXGK_YYSTYPE_IS_TRIVIAL && XXGK_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE)) \
      + YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  4
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   2827

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  26
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  44
/* YYNRULES -- Number of rules.  */
#define YYNRULES  104
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  156

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   280


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25
};

#if XXGK_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   180,   180,   181,   185,   185,   189,   190,   190,   194,
     195,   200,   200,   201,   201,   205,   206,   210,   211,   215,
     215,   216,   216,   217,   217,   218,   218,   219,   220,   221,
     222,   229,   230,   231,   232,   233,   234,   235,   254,   255,
     255,   264,   264,   265,   265,   266,   266,   271,   272,   273,
     277,   282,   283,   284,   285,   286,   287,   291,   291,   301,
     302,   303,   304,   305,   306,   310,   311,   312,   318,   319,
     319,   324,   325,   325,   326,   326,   327,   327,   332,   333,
     334,   338,   342,   343,   344,   345,   346,   347,   348,   354,
     355,   355,   360,   361,   362,   363,   364,   368,   369,   370,
     371,   372,   373,   374,   375
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "title line", "text",
  "blank line", "sub-heading", "date line", "note line", "second report",
  "section heading", "section 二 heading", "section 三 heading",
  "section 四 heading", "clause caption", "table header", "column label",
  "row label", "row group label", "number", "empty cell",
  "row label and cells", "row labels and cells", "prose items",
  "column labels", "table header and column labels", "$accept", "document",
  "front", "$@1", "title_opt", "$@2", "restarts", "restart", "$@3", "$@4",
  "sections_opt", "sections", "section", "$@5", "$@6", "$@7", "$@8",
  "prose_items", "proactive_opt", "$@9", "clause_blocks", "$@10", "$@11",
  "$@12", "p_items", "p_head", "p_head_cells", "stray", "$@13",
  "row_cells", "cells", "requests_opt", "$@14", "r_first", "$@15", "$@16",
  "$@17", "r_items", "r_head", "r_head_cells", "appeals_opt", "$@18",
  "a_first", "a_items", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-85)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-105)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    2421,     4,   431,  2435,   -85,  2218,   266,    30,   292,  2689,
    2694,  2449,  2708,     6,  2713,   318,  2727,    58,  2732,   344,
     285,  2746,  2547,  2463,  2477,  2491,  2505,  2519,  2533,   661,
    2239,   370,    84,   396,  2260,  2751,   310,  2561,  2765,   321,
    2770,  2802,  2784,   373,     6,  2789,  2575,   413,  2674,  1313,
     436,   459,   482,   505,   528,   551,   574,   597,  1797,  1820,
     620,  1958,  1976,  1994,  2012,  2030,  2048,  2281,   362,  2803,
     643,   666,   689,   712,   735,   758,  1843,   781,   804,   804,
     804,  1866,   827,   850,  2066,   464,  1843,   873,   643,  1889,
     896,   919,   942,   965,   988,  1011,  1034,  1057,  1080,  1103,
    1126,  2084,  2102,  2120,  2138,  2156,  2174,  2192,  1912,  1149,
    1843,  1172,  1195,  1218,  1241,  1264,  1287,  1935,  2302,  2323,
    2344,  2365,  2386,  2407,  1310,  1336,  1362,  1388,  1414,  1440,
     110,   136,   162,   188,   214,   240,  1466,  1492,  1518,  1544,
    1570,  1596,  2589,  2603,  2617,  2631,  2645,  2659,  1613,  1636,
    1659,  1682,  1705,  1728,  1751,  1774
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int8 yydefact[] =
{
       0,     0,     0,     0,     1,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int8 yypgoto[] =
{
     -85,   -85,   -85,   -85,   -85,   -85,   -85,   -85,   -85,   -85,
     -45,    21,    -9,   -85,   -85,   -85,   -85,   -12,   -85,   -85,
     -85,   -85,   -85,   -85,   -84,   -85,   -41,   -64,   -85,   -54,
     -59,   -85,   -85,   -85,   -85,   -85,   -85,   -85,   -85,   -37,
     -85,   -85,   -85,   -85
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int8 yydefgoto[] =
{
       0,     1,     2,     3,    29,    37,    20,    36,    44,    45,
      68,    69,    10,    13,    15,    17,    19,    11,    38,    39,
      48,    70,    49,    88,    89,    76,   111,    86,    87,   112,
      92,    40,    41,    58,    78,    79,    80,    81,    59,    60,
      42,    43,    66,    84
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      21,    30,   108,    31,     4,    32,   -31,    33,    77,   -31,
     -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,
      93,    94,    85,     9,   110,    46,   117,    99,   109,   -31,
     -23,    16,    67,   -23,   -23,   -23,   -23,   -23,   -23,   -23,
     -23,   -23,   -23,   -23,   100,   -23,   -23,   -23,   -23,     0,
       0,   -23,   -23,   -23,   -23,   -23,     0,     0,   -31,     0,
      21,   -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,
     -31,   -31,     0,   -31,   -31,   -31,   -31,     0,     0,   -31,
     -31,   -31,   -31,   -31,   -68,     0,     0,   -68,   130,   131,
     132,   133,   134,   -68,   -68,   -68,   -68,   -68,     0,   -69,
     -69,   -69,   -69,     0,     0,   -69,   -69,   135,   -69,   -69,
     -32,     0,     0,   -32,   -32,   -32,   -32,   -32,   -32,   -32,
     -32,   -32,   -32,   -32,     0,   -32,   -32,   -32,   -32,     0,
       0,   -32,   -32,   -32,   -32,   -32,   -33,     0,     0,   -33,
     -33,   -33,   -33,   -33,   -33,   -33,   -33,   -33,   -33,   -33,
       0,   -33,   -33,   -33,   -33,     0,     0,   -33,   -33,   -33,
     -33,   -33,   -34,     0,     0,   -34,   -34,   -34,   -34,   -34,
     -34,   -34,   -34,   -34,   -34,   -34,     0,   -34,   -34,   -34,
     -34,     0,     0,   -34,   -34,   -34,   -34,   -34,   -35,     0,
       0,   -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,
     -35,   -35,     0,   -35,   -35,   -35,   -35,     0,     0,   -35,
     -35,   -35,   -35,   -35,   -36,     0,     0,   -36,   -36,   -36,
     -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,     0,   -36,
     -36,   -36,   -36,     0,     0,   -36,   -36,   -36,   -36,   -36,
     -37,     0,     0,   -37,   -37,   -37,   -37,   -37,   -37,   -37,
     -37,   -37,   -37,   -37,     0,   -37,   -37,   -37,   -37,     0,
       0,   -37,   -37,   -37,   -37,   -37,   -21,    14,     0,   -21,
     -21,   -21,   -21,   -21,   -21,   -21,   -21,   -21,   -21,   -21,
     -21,   -21,   -21,     0,     0,    -3,     0,     0,    34,   -21,
     -21,   -21,   -25,    18,    35,   -25,   -25,   -25,   -25,   -25,
     -25,   -25,   -25,   -25,   -25,   -25,     0,   -25,   -25,     0,
     -10,   -25,     0,   -10,     0,   -25,   -25,   -25,   -31,   -10,
       0,   -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,
     -31,   -31,   -31,   -31,   -31,    47,   -43,   -43,     0,     0,
       0,   -31,   -31,   -31,   -31,   -43,   -43,   -31,   -31,   -31,
     -31,   -31,   -31,   -31,   -31,   -31,   -31,   -31,     0,   -31,
     -31,     0,   -14,   -31,     0,   -14,     0,   -31,   -31,   -31,
     -38,   -14,     0,   -38,   124,   125,   126,   127,   128,   -38,
     -38,   -38,   -38,   -38,   -39,   -39,   -39,     0,    61,    62,
       0,     0,    63,   129,   -39,   -39,   -89,    64,    65,   -89,
     136,   137,   138,   139,   140,   -89,   -89,   -89,   -89,   -89,
       0,   -90,   -90,   -41,     0,   -90,   -41,   -41,     0,   141,
     -90,   -90,   -41,   -41,   -41,   -41,   -41,   -41,   -41,   -41,
     -41,    -2,   -41,   -41,   -41,   -41,   -82,   -41,   -41,   -82,
     -82,     5,     6,     7,     8,   -82,   -82,   -82,   -82,   -82,
       0,   -82,   -82,   -82,   -82,   -82,   -82,   -82,   -82,   -83,
     -82,   -82,   -83,   -83,   -12,     0,     0,   -12,   -83,   -83,
     -83,   -83,   -83,   -12,   -83,   -83,   -83,   -83,   -83,   -83,
     -83,   -83,   -72,   -83,   -83,   -72,   -72,     0,     0,     0,
       0,   -72,   -72,   -72,   -72,   -72,     0,   -72,   -72,   -72,
     -72,   -72,   -72,   -72,   -72,   -86,   -72,   -72,   -86,   -86,
       0,     0,     0,     0,   -86,   -86,   -86,   -86,   -86,     0,
     -86,   -86,   -86,   -86,   -86,   -86,   -86,   -86,   -74,   -86,
     -86,   -74,   -74,     0,     0,     0,     0,   -74,   -74,   -74,
     -74,   -74,     0,   -74,   -74,   -74,   -74,   -74,   -74,   -74,
     -74,   -76,   -74,   -74,   -76,   -76,     0,     0,     0,     0,
     -76,   -76,   -76,   -76,   -76,     0,   -76,   -76,   -76,   -76,
     -76,   -76,   -76,   -76,   -84,   -76,   -76,   -84,   -84,     0,
       0,     0,     0,   -84,   -84,   -84,   -84,   -84,     0,   -84,
     -84,   -84,   -84,   -84,   -84,   -84,   -84,   -85,   -84,   -84,
     -85,   -85,     0,     0,     0,     0,   -85,   -85,   -85,   -85,
     -85,     0,   -85,   -85,   -85,   -85,   -85,   -85,   -85,   -85,
     -81,   -85,   -85,   -81,   -81,     0,     0,     0,     0,   -81,
     -81,   -81,   -81,   -81,     0,   -81,   -81,   -81,   -81,    82,
      83,   -81,   -81,   -57,   -81,   -81,   -57,   -57,     0,     0,
       0,     0,   -57,   -57,   -57,   -57,   -57,   -57,   -57,   -57,
     -57,    -5,   -57,   -57,   -57,   -57,   -45,   -57,   -57,   -45,
     -45,    -5,    -5,    -5,    -5,   -45,   -45,   -45,   -45,   -45,
     -45,   -45,   -45,   -45,     0,   -45,   -45,   -45,   -45,   -51,
     -45,   -45,   -51,   -51,     0,     0,     0,     0,   -51,   -51,
     -51,   -51,   -51,   -51,   -51,   -51,   -51,     0,   -51,   -51,
     -51,   -51,   -52,   -51,   -51,   -52,   -52,     0,     0,     0,
       0,   -52,   -52,   -52,   -52,   -52,   -52,   -52,   -52,   -52,
       0,   -52,   -52,   -52,   -52,   -53,   -52,   -52,   -53,   -53,
       0,     0,     0,     0,   -53,   -53,   -53,   -53,   -53,   -53,
     -53,   -53,   -53,     0,   -53,   -53,   -53,   -53,   -54,   -53,
     -53,   -54,   -54,     0,     0,     0,     0,   -54,   -54,   -54,
     -54,   -54,   -54,   -54,   -54,   -54,     0,   -54,   -54,   -54,
     -54,   -50,   -54,   -54,   -50,   -50,     0,     0,     0,     0,
     -50,   -50,   -50,   -50,   -50,   -50,   -50,   -50,   -50,     0,
      90,    91,   -50,   -50,   -65,   -50,   -50,   -65,   -65,     0,
       0,     0,     0,   -65,   -65,   -65,   -65,   -65,     0,   -65,
     -65,   -65,   -65,   -65,   -65,   -65,   -65,   -87,   -65,   -65,
     -87,   -87,     0,     0,     0,     0,   -87,   -87,   -87,   -87,
     -87,     0,   -87,   -87,   -87,   -87,   -87,   -87,   -87,   -87,
     -88,   -87,   -87,   -88,   -88,     0,     0,     0,     0,   -88,
     -88,   -88,   -88,   -88,     0,   -88,   -88,   -88,   -88,   -88,
     -88,   -88,   -88,   -65,   -88,   -88,   -65,   -65,     0,     0,
       0,     0,   -65,   -65,   -65,   -65,   -65,   -65,   -65,   -65,
     -65,     0,   -65,   -65,   -65,   -65,   -55,   -65,   -65,   -55,
     -55,     0,     0,     0,     0,   -55,   -55,   -55,   -55,   -55,
     -55,   -55,   -55,   -55,     0,   -55,   -55,   -55,   -55,   -56,
     -55,   -55,   -56,   -56,     0,     0,     0,     0,   -56,   -56,
     -56,   -56,   -56,   -56,   -56,   -56,   -56,     0,   -56,   -56,
     -56,   -56,   -73,   -56,   -56,   -73,   -73,     0,     0,     0,
       0,   -73,   -73,   -73,   -73,   -73,     0,   -73,   -73,   -73,
     -73,   113,   114,   -73,   -73,   -75,   -73,   -73,   -75,   -75,
       0,     0,     0,     0,   -75,   -75,   -75,   -75,   -75,     0,
     -75,   -75,   -75,   -75,   113,   114,   -75,   -75,   -77,   -75,
     -75,   -77,   -77,     0,     0,     0,     0,   -77,   -77,   -77,
     -77,   -77,     0,   -77,   -77,   -77,   -77,   113,   114,   -77,
     -77,   -62,   -77,   -77,   -62,   -62,     0,     0,     0,     0,
     -62,   -62,   -62,   -62,   -62,     0,   -62,   -62,   -62,   -62,
     -62,   -62,   -62,   -62,   -59,   -62,   -62,   -59,   -59,     0,
       0,     0,     0,   -59,   -59,   -59,   -59,   -59,     0,   -59,
     -59,   -59,   -59,   -59,   -59,   -59,   -59,   -60,   -59,   -59,
     -60,   -60,     0,     0,     0,     0,   -60,   -60,   -60,   -60,
     -60,     0,   -60,   -60,   -60,   -60,   -60,   -60,   -60,   -60,
     -61,   -60,   -60,   -61,   -61,     0,     0,     0,     0,   -61,
     -61,   -61,   -61,   -61,     0,   -61,   -61,   -61,   -61,   -61,
     -61,   -61,   -61,   -80,   -61,   -61,   -80,   -80,     0,     0,
       0,     0,   -80,   -80,   -80,   -80,   -80,     0,   -80,   -80,
     -80,   -80,   115,   116,   -80,   -80,   -79,   -80,   -80,   -79,
     -79,     0,     0,     0,     0,   -79,   -79,   -79,   -79,   -79,
       0,   -79,   -79,   -79,   -79,    82,    83,   -79,   -79,   -58,
     -79,   -79,   -58,   -58,     0,     0,     0,     0,   -58,   -58,
     -58,   -58,   -58,   -58,   -58,   -58,   -58,     0,   152,   153,
     -58,   -58,   -48,   -58,   -58,   -48,   -48,     0,     0,     0,
       0,   -48,   -48,   -48,   -48,   -48,   -48,   -48,   -48,   -48,
       0,    90,    91,   -48,   -48,   -49,   -48,   -48,   -49,   -49,
       0,     0,     0,     0,   -49,   -49,   -49,   -49,   -49,   -49,
     -49,   -49,   -49,     0,   154,   155,   -49,   -49,   -66,   -49,
     -49,   -66,   -66,     0,     0,     0,     0,   -66,   -66,   -66,
     -66,   -66,     0,   -66,   -66,   -66,   -66,   -66,   -66,   -66,
     -66,   -67,   -66,   -66,   -67,   -67,     0,     0,     0,     0,
     -67,   -67,   -67,   -67,   -67,     0,   -67,   -67,   -67,   -67,
     -67,   -67,   -67,   -67,   -63,   -67,   -67,   -63,   -63,     0,
       0,     0,     0,   -63,   -63,   -63,   -63,   -63,     0,   -63,
     -63,   -63,   -63,   -63,   -63,   -63,   -63,   -64,   -63,   -63,
     -64,   -64,     0,     0,     0,     0,   -64,   -64,   -64,   -64,
     -64,     0,   -64,   -64,   -64,   -64,   -64,   -64,   -64,   -64,
     -32,   -64,   -64,   -32,   -32,   -32,   -32,   -32,   -32,   -32,
     -32,   -32,   -32,   -32,   -32,   -32,   -32,     0,    72,    73,
       0,     0,     0,   -32,   -32,   -32,   -33,    74,    75,   -33,
     -33,   -33,   -33,   -33,   -33,   -33,   -33,   -33,   -33,   -33,
     -33,   -33,   -33,     0,     0,     0,     0,     0,     0,   -33,
     -33,   -33,   -34,     0,     0,   -34,   -34,   -34,   -34,   -34,
     -34,   -34,   -34,   -34,   -34,   -34,   -34,   -34,   -34,     0,
       0,     0,     0,     0,     0,   -34,   -34,   -34,   -35,     0,
       0,   -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,
     -35,   -35,   -35,   -35,   -35,     0,     0,     0,     0,     0,
       0,   -35,   -35,   -35,   -36,     0,     0,   -36,   -36,   -36,
     -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,
     -36,     0,     0,     0,     0,     0,     0,   -36,   -36,   -36,
     -37,     0,     0,   -37,   -37,   -37,   -37,   -37,   -37,   -37,
     -37,   -37,   -37,   -37,   -37,   -37,   -37,     0,     0,     0,
       0,     0,     0,   -37,   -37,   -37,   -32,     0,     0,   -32,
     -32,   -32,   -32,   -32,   -32,   -32,   -32,   -32,   -32,   -32,
       0,   -32,   -32,     0,     0,   -32,     0,     0,     0,   -32,
     -32,   -32,   -33,     0,     0,   -33,   -33,   -33,   -33,   -33,
     -33,   -33,   -33,   -33,   -33,   -33,     0,   -33,   -33,     0,
       0,   -33,     0,     0,     0,   -33,   -33,   -33,   -34,     0,
       0,   -34,   -34,   -34,   -34,   -34,   -34,   -34,   -34,   -34,
     -34,   -34,     0,   -34,   -34,     0,     0,   -34,     0,     0,
       0,   -34,   -34,   -34,   -35,     0,     0,   -35,   -35,   -35,
     -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,     0,   -35,
     -35,     0,     0,   -35,     0,     0,     0,   -35,   -35,   -35,
     -36,     0,     0,   -36,   -36,   -36,   -36,   -36,   -36,   -36,
     -36,   -36,   -36,   -36,     0,   -36,   -36,     0,     0,   -36,
       0,     0,     0,   -36,   -36,   -36,   -37,     0,     0,   -37,
     -37,   -37,   -37,   -37,   -37,   -37,   -37,   -37,   -37,   -37,
       0,   -37,   -37,   -62,     0,   -37,   -62,   -62,     0,   -37,
     -37,   -37,   -62,   -62,   -62,   -62,   -62,   -62,   -62,   -62,
     -62,     0,   -62,   -62,   -62,   -62,   -59,   -62,   -62,   -59,
     -59,     0,     0,     0,     0,   -59,   -59,   -59,   -59,   -59,
     -59,   -59,   -59,   -59,     0,   -59,   -59,   -59,   -59,   -60,
     -59,   -59,   -60,   -60,     0,     0,     0,     0,   -60,   -60,
     -60,   -60,   -60,   -60,   -60,   -60,   -60,     0,   -60,   -60,
     -60,   -60,   -61,   -60,   -60,   -61,   -61,     0,     0,     0,
       0,   -61,   -61,   -61,   -61,   -61,   -61,   -61,   -61,   -61,
       0,   -61,   -61,   -61,   -61,   -66,   -61,   -61,   -66,   -66,
       0,     0,     0,     0,   -66,   -66,   -66,   -66,   -66,   -66,
     -66,   -66,   -66,     0,   -66,   -66,   -66,   -66,   -67,   -66,
     -66,   -67,   -67,     0,     0,     0,     0,   -67,   -67,   -67,
     -67,   -67,   -67,   -67,   -67,   -67,     0,   -67,   -67,   -67,
     -67,   -63,   -67,   -67,   -63,   -63,     0,     0,     0,     0,
     -63,   -63,   -63,   -63,   -63,   -63,   -63,   -63,   -63,     0,
     -63,   -63,   -63,   -63,   -64,   -63,   -63,   -64,   -64,     0,
       0,     0,     0,   -64,   -64,   -64,   -64,   -64,   -64,   -64,
     -64,   -64,     0,   -64,   -64,   -64,   -64,   -78,   -64,   -64,
     -78,   -78,     0,     0,     0,     0,   -78,   -78,   -78,   -78,
     -78,     0,   -78,   -78,   -78,   -78,     0,     0,   -78,   -78,
     -71,   -78,   -78,   -71,   -71,     0,     0,     0,     0,   -71,
     -71,   -71,   -71,   -71,     0,   -71,   -71,   -71,   -71,     0,
       0,   -71,   -71,   -47,   -71,   -71,   -47,   -47,     0,     0,
       0,     0,   -47,   -47,   -47,   -47,   -47,   -47,   -47,   -47,
     -47,     0,     0,     0,   -47,   -47,   -70,   -47,   -47,   -70,
      95,     0,     0,     0,     0,   -70,   -70,   -70,   -70,   -70,
       0,    50,    51,    96,    53,     0,     0,    97,    98,   -44,
      56,    57,   -44,   148,     0,     0,     0,     0,   -44,   -44,
     -44,   -44,   -44,   -44,    72,    73,   149,     0,     0,     0,
     150,   151,   -42,    74,    75,   -42,   148,     0,     0,     0,
       0,   -42,   -42,   -42,   -42,   -42,   -42,    72,    73,   149,
       0,     0,     0,   150,   151,   -46,    74,    75,   -46,   148,
       0,     0,     0,     0,   -46,   -46,   -46,   -46,   -46,   -46,
      72,    73,   149,     0,     0,     0,   150,   151,   -92,    74,
      75,   -92,   -92,     0,     0,     0,     0,   -92,   -92,   -92,
     -92,   -92,     0,   -92,   -92,     0,   -93,   -92,   -92,   -93,
     -93,     0,   -92,   -92,     0,   -93,   -93,   -93,   -93,   -93,
       0,   -93,   -93,     0,   -96,   -93,   -93,   -96,   -96,     0,
     -93,   -93,     0,   -96,   -96,   -96,   -96,   -96,     0,   -96,
     -96,     0,   -94,   -96,   -96,   -94,   -94,     0,   -96,   -96,
       0,   -94,   -94,   -94,   -94,   -94,     0,   -94,   -94,     0,
     -95,   -94,   -94,   -95,   -95,     0,   -94,   -94,     0,   -95,
     -95,   -95,   -95,   -95,     0,   -95,   -95,     0,   -97,   -95,
     -95,   -97,   -97,     0,   -95,   -95,     0,   -97,   -97,   -97,
     -97,   -97,     0,   -97,   -97,     0,   -91,   -97,   -97,   -91,
     101,     0,   -97,   -97,     0,   -91,   -91,   -91,   -91,   -91,
       0,   102,   103,     0,  -104,   104,   105,  -104,  -104,     0,
     106,   107,     0,  -104,  -104,  -104,  -104,  -104,     0,  -104,
    -104,     0,   -98,  -104,  -104,   -98,   -98,     0,  -104,  -104,
       0,   -98,   -98,   -98,   -98,   -98,     0,   -98,   -98,     0,
     -99,   -98,   -98,   -99,   -99,     0,   -98,   -98,     0,   -99,
     -99,   -99,   -99,   -99,     0,   -99,   -99,     0,  -102,   -99,
     -99,  -102,  -102,     0,   -99,   -99,     0,  -102,  -102,  -102,
    -102,  -102,     0,  -102,  -102,     0,  -103,  -102,  -102,  -103,
    -103,     0,  -102,  -102,     0,  -103,  -103,  -103,  -103,  -103,
       0,  -103,  -103,     0,  -100,  -103,  -103,  -100,  -100,     0,
    -103,  -103,     0,  -100,  -100,  -100,  -100,  -100,     0,  -100,
    -100,     0,  -101,  -100,  -100,  -101,  -101,     0,  -100,  -100,
       0,  -101,  -101,  -101,  -101,  -101,     0,  -101,  -101,     0,
       0,  -101,  -101,     0,     0,     0,  -101,  -101,   -19,    12,
       0,   -19,   -19,   -19,   -19,   -19,   -19,   -19,   -19,   -19,
     -19,   -19,     0,     0,     0,     0,     0,     0,     0,   -20,
       0,   -19,   -20,   118,   119,   120,   121,   122,   -20,   -20,
     -20,   -20,   -20,     0,     0,     0,     0,     0,     0,     0,
     -11,     0,   123,   -11,   -11,   -11,   -11,   -11,   -11,   -11,
     -11,   -11,   -11,   -11,     0,     0,     0,     0,     0,     0,
       0,   -15,     0,   -11,   -15,   118,   119,   120,   121,   122,
     -15,     5,     6,     7,     8,     0,     0,     0,     0,     0,
       0,     0,   -32,     0,   123,   -32,   -32,   -32,   -32,   -32,
     -32,   -32,   -32,   -32,   -32,   -32,     0,     0,     0,     0,
       0,     0,     0,   -33,     0,   -32,   -33,   -33,   -33,   -33,
     -33,   -33,   -33,   -33,   -33,   -33,   -33,     0,     0,     0,
       0,     0,     0,     0,   -34,     0,   -33,   -34,   -34,   -34,
     -34,   -34,   -34,   -34,   -34,   -34,   -34,   -34,     0,     0,
       0,     0,     0,     0,     0,   -35,     0,   -34,   -35,   -35,
     -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,   -35,     0,
       0,     0,     0,     0,     0,     0,   -36,     0,   -35,   -36,
     -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,   -36,
       0,     0,     0,     0,     0,     0,     0,   -37,     0,   -36,
     -37,   -37,   -37,   -37,   -37,   -37,   -37,   -37,   -37,   -37,
     -37,    -4,     0,     0,    -4,    -4,    -4,    -4,    -4,    -4,
     -37,    -4,    -4,    -4,    -4,   -31,     0,     0,   -31,   -31,
     -31,   -31,   -31,   -31,    -4,   -31,   -31,   -31,   -31,    -6,
       0,     0,    22,    23,    24,    25,    26,    27,   -31,    -6,
      -6,    -6,    -6,   -32,     0,     0,   -32,   -32,   -32,   -32,
     -32,   -32,    28,   -32,   -32,   -32,   -32,   -33,     0,     0,
     -33,   -33,   -33,   -33,   -33,   -33,   -32,   -33,   -33,   -33,
     -33,   -34,     0,     0,   -34,   -34,   -34,   -34,   -34,   -34,
     -33,   -34,   -34,   -34,   -34,   -35,     0,     0,   -35,   -35,
     -35,   -35,   -35,   -35,   -34,   -35,   -35,   -35,   -35,   -36,
       0,     0,   -36,   -36,   -36,   -36,   -36,   -36,   -35,   -36,
     -36,   -36,   -36,   -37,     0,     0,   -37,   -37,   -37,   -37,
     -37,   -37,   -36,   -37,   -37,   -37,   -37,    -7,     0,     0,
       0,    -7,    -7,    -7,    -7,    -7,   -37,    -7,    -7,    -7,
      -7,   -31,     0,     0,     0,   -31,   -31,   -31,   -31,   -31,
      -7,   -31,   -31,   -31,   -31,    -8,     0,     0,     0,   142,
     143,   144,   145,   146,   -31,    -8,    -8,    -8,    -8,   -32,
       0,     0,     0,   -32,   -32,   -32,   -32,   -32,   147,   -32,
     -32,   -32,   -32,   -33,     0,     0,     0,   -33,   -33,   -33,
     -33,   -33,   -32,   -33,   -33,   -33,   -33,   -34,     0,     0,
       0,   -34,   -34,   -34,   -34,   -34,   -33,   -34,   -34,   -34,
     -34,   -35,     0,     0,     0,   -35,   -35,   -35,   -35,   -35,
     -34,   -35,   -35,   -35,   -35,   -36,     0,     0,     0,   -36,
     -36,   -36,   -36,   -36,   -35,   -36,   -36,   -36,   -36,   -37,
       0,     0,     0,   -37,   -37,   -37,   -37,   -37,   -36,   -37,
     -37,   -37,   -37,     0,   -40,     0,     0,   -40,     0,     0,
       0,     0,   -37,   -40,   -40,   -40,   -40,   -40,    71,    -9,
       0,     0,    -9,     0,   -17,     0,     0,   -17,    -9,     5,
       6,     7,     8,   -17,   -17,   -17,   -17,   -17,   -27,     0,
       0,   -27,     0,   -28,     0,     0,   -28,   -27,   -27,   -27,
     -27,   -27,   -28,   -28,   -28,   -28,   -28,   -29,     0,     0,
     -29,     0,   -30,     0,     0,   -30,   -29,   -29,   -29,   -29,
     -29,   -30,   -30,   -30,   -30,   -30,   -18,     0,     0,   -18,
       0,   -13,     0,     0,   -13,   -18,   -18,   -18,   -18,   -18,
     -13,   -13,   -13,   -13,   -13,   -22,     0,     0,   -22,     0,
     -24,     0,     0,   -24,   -22,   -22,   -22,   -22,   -22,   -24,
     -24,   -24,   -24,   -24,   -26,     0,     0,   -26,     0,   -15,
       0,     0,   -15,   -26,   -26,   -26,   -26,   -26,   -15,     5,
       6,     7,     8,   -16,     0,     0,   -16,     0,     0,     0,
       0,     0,   -16,     5,     6,     7,     8,    50,    51,    52,
      53,     0,     0,    54,    55,     0,    56,    57
};

static const yytype_int8 yycheck[] =
{
       9,    13,    86,    15,     0,    17,     0,    19,    49,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      79,    80,    67,     2,    88,    37,   110,    81,    87,    23,
       0,     1,    44,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    81,    15,    16,    17,    18,    -1,
      -1,    21,    22,    23,    24,    25,    -1,    -1,     0,    -1,
      69,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    -1,    15,    16,    17,    18,    -1,    -1,    21,
      22,    23,    24,    25,     0,    -1,    -1,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    -1,    15,
      16,    17,    18,    -1,    -1,    21,    22,    23,    24,    25,
       0,    -1,    -1,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    -1,    15,    16,    17,    18,    -1,
      -1,    21,    22,    23,    24,    25,     0,    -1,    -1,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      -1,    15,    16,    17,    18,    -1,    -1,    21,    22,    23,
      24,    25,     0,    -1,    -1,     3,     4,     5,     6,     7,
       8,     9,    10,    11,    12,    13,    -1,    15,    16,    17,
      18,    -1,    -1,    21,    22,    23,    24,    25,     0,    -1,
      -1,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    -1,    15,    16,    17,    18,    -1,    -1,    21,
      22,    23,    24,    25,     0,    -1,    -1,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    -1,    15,
      16,    17,    18,    -1,    -1,    21,    22,    23,    24,    25,
       0,    -1,    -1,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    -1,    15,    16,    17,    18,    -1,
      -1,    21,    22,    23,    24,    25,     0,     1,    -1,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,    -1,    -1,     0,    -1,    -1,     3,    23,
      24,    25,     0,     1,     9,     3,     4,     5,     6,     7,
       8,     9,    10,    11,    12,    13,    -1,    15,    16,    -1,
       0,    19,    -1,     3,    -1,    23,    24,    25,     0,     9,
      -1,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    14,    15,    16,    -1,    -1,
      -1,    23,    24,    25,     0,    24,    25,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    -1,    15,
      16,    -1,     0,    19,    -1,     3,    -1,    23,    24,    25,
       0,     9,    -1,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    15,    16,
      -1,    -1,    19,    23,    24,    25,     0,    24,    25,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      -1,    15,    16,     0,    -1,    19,     3,     4,    -1,    23,
      24,    25,     9,    10,    11,    12,    13,    14,    15,    16,
      17,     0,    19,    20,    21,    22,     0,    24,    25,     3,
       4,    10,    11,    12,    13,     9,    10,    11,    12,    13,
      -1,    15,    16,    17,    18,    19,    20,    21,    22,     0,
      24,    25,     3,     4,     0,    -1,    -1,     3,     9,    10,
      11,    12,    13,     9,    15,    16,    17,    18,    19,    20,
      21,    22,     0,    24,    25,     3,     4,    -1,    -1,    -1,
      -1,     9,    10,    11,    12,    13,    -1,    15,    16,    17,
      18,    19,    20,    21,    22,     0,    24,    25,     3,     4,
      -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,
      15,    16,    17,    18,    19,    20,    21,    22,     0,    24,
      25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,
      12,    13,    -1,    15,    16,    17,    18,    19,    20,    21,
      22,     0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,
       9,    10,    11,    12,    13,    -1,    15,    16,    17,    18,
      19,    20,    21,    22,     0,    24,    25,     3,     4,    -1,
      -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    17,    18,    19,    20,    21,    22,     0,    24,    25,
       3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,
      13,    -1,    15,    16,    17,    18,    19,    20,    21,    22,
       0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,
      10,    11,    12,    13,    -1,    15,    16,    17,    18,    19,
      20,    21,    22,     0,    24,    25,     3,     4,    -1,    -1,
      -1,    -1,     9,    10,    11,    12,    13,    14,    15,    16,
      17,     0,    19,    20,    21,    22,     0,    24,    25,     3,
       4,    10,    11,    12,    13,     9,    10,    11,    12,    13,
      14,    15,    16,    17,    -1,    19,    20,    21,    22,     0,
      24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,
      11,    12,    13,    14,    15,    16,    17,    -1,    19,    20,
      21,    22,     0,    24,    25,     3,     4,    -1,    -1,    -1,
      -1,     9,    10,    11,    12,    13,    14,    15,    16,    17,
      -1,    19,    20,    21,    22,     0,    24,    25,     3,     4,
      -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    -1,    19,    20,    21,    22,     0,    24,
      25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    -1,    19,    20,    21,
      22,     0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    -1,
      19,    20,    21,    22,     0,    24,    25,     3,     4,    -1,
      -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    17,    18,    19,    20,    21,    22,     0,    24,    25,
       3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,
      13,    -1,    15,    16,    17,    18,    19,    20,    21,    22,
       0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,
      10,    11,    12,    13,    -1,    15,    16,    17,    18,    19,
      20,    21,    22,     0,    24,    25,     3,     4,    -1,    -1,
      -1,    -1,     9,    10,    11,    12,    13,    14,    15,    16,
      17,    -1,    19,    20,    21,    22,     0,    24,    25,     3,
       4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,
      14,    15,    16,    17,    -1,    19,    20,    21,    22,     0,
      24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,
      11,    12,    13,    14,    15,    16,    17,    -1,    19,    20,
      21,    22,     0,    24,    25,     3,     4,    -1,    -1,    -1,
      -1,     9,    10,    11,    12,    13,    -1,    15,    16,    17,
      18,    19,    20,    21,    22,     0,    24,    25,     3,     4,
      -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,
      15,    16,    17,    18,    19,    20,    21,    22,     0,    24,
      25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,
      12,    13,    -1,    15,    16,    17,    18,    19,    20,    21,
      22,     0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,
       9,    10,    11,    12,    13,    -1,    15,    16,    17,    18,
      19,    20,    21,    22,     0,    24,    25,     3,     4,    -1,
      -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    17,    18,    19,    20,    21,    22,     0,    24,    25,
       3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,
      13,    -1,    15,    16,    17,    18,    19,    20,    21,    22,
       0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,
      10,    11,    12,    13,    -1,    15,    16,    17,    18,    19,
      20,    21,    22,     0,    24,    25,     3,     4,    -1,    -1,
      -1,    -1,     9,    10,    11,    12,    13,    -1,    15,    16,
      17,    18,    19,    20,    21,    22,     0,    24,    25,     3,
       4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,
      -1,    15,    16,    17,    18,    19,    20,    21,    22,     0,
      24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,
      11,    12,    13,    14,    15,    16,    17,    -1,    19,    20,
      21,    22,     0,    24,    25,     3,     4,    -1,    -1,    -1,
      -1,     9,    10,    11,    12,    13,    14,    15,    16,    17,
      -1,    19,    20,    21,    22,     0,    24,    25,     3,     4,
      -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    -1,    19,    20,    21,    22,     0,    24,
      25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,
      12,    13,    -1,    15,    16,    17,    18,    19,    20,    21,
      22,     0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,
       9,    10,    11,    12,    13,    -1,    15,    16,    17,    18,
      19,    20,    21,    22,     0,    24,    25,     3,     4,    -1,
      -1,    -1,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    17,    18,    19,    20,    21,    22,     0,    24,    25,
       3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,
      13,    -1,    15,    16,    17,    18,    19,    20,    21,    22,
       0,    24,    25,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    15,    16,
      -1,    -1,    -1,    23,    24,    25,     0,    24,    25,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,    23,
      24,    25,     0,    -1,    -1,     3,     4,     5,     6,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,    -1,    -1,    23,    24,    25,     0,    -1,
      -1,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,
      -1,    23,    24,    25,     0,    -1,    -1,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,    -1,    -1,    -1,    -1,    23,    24,    25,
       0,    -1,    -1,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    -1,    -1,
      -1,    -1,    -1,    23,    24,    25,     0,    -1,    -1,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      -1,    15,    16,    -1,    -1,    19,    -1,    -1,    -1,    23,
      24,    25,     0,    -1,    -1,     3,     4,     5,     6,     7,
       8,     9,    10,    11,    12,    13,    -1,    15,    16,    -1,
      -1,    19,    -1,    -1,    -1,    23,    24,    25,     0,    -1,
      -1,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    -1,    15,    16,    -1,    -1,    19,    -1,    -1,
      -1,    23,    24,    25,     0,    -1,    -1,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    -1,    15,
      16,    -1,    -1,    19,    -1,    -1,    -1,    23,    24,    25,
       0,    -1,    -1,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    -1,    15,    16,    -1,    -1,    19,
      -1,    -1,    -1,    23,    24,    25,     0,    -1,    -1,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      -1,    15,    16,     0,    -1,    19,     3,     4,    -1,    23,
      24,    25,     9,    10,    11,    12,    13,    14,    15,    16,
      17,    -1,    19,    20,    21,    22,     0,    24,    25,     3,
       4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,
      14,    15,    16,    17,    -1,    19,    20,    21,    22,     0,
      24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,
      11,    12,    13,    14,    15,    16,    17,    -1,    19,    20,
      21,    22,     0,    24,    25,     3,     4,    -1,    -1,    -1,
      -1,     9,    10,    11,    12,    13,    14,    15,    16,    17,
      -1,    19,    20,    21,    22,     0,    24,    25,     3,     4,
      -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    -1,    19,    20,    21,    22,     0,    24,
      25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    -1,    19,    20,    21,
      22,     0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    -1,
      19,    20,    21,    22,     0,    24,    25,     3,     4,    -1,
      -1,    -1,    -1,     9,    10,    11,    12,    13,    14,    15,
      16,    17,    -1,    19,    20,    21,    22,     0,    24,    25,
       3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,
      13,    -1,    15,    16,    17,    18,    -1,    -1,    21,    22,
       0,    24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,
      10,    11,    12,    13,    -1,    15,    16,    17,    18,    -1,
      -1,    21,    22,     0,    24,    25,     3,     4,    -1,    -1,
      -1,    -1,     9,    10,    11,    12,    13,    14,    15,    16,
      17,    -1,    -1,    -1,    21,    22,     0,    24,    25,     3,
       4,    -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,
      -1,    15,    16,    17,    18,    -1,    -1,    21,    22,     0,
      24,    25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,
      11,    12,    13,    14,    15,    16,    17,    -1,    -1,    -1,
      21,    22,     0,    24,    25,     3,     4,    -1,    -1,    -1,
      -1,     9,    10,    11,    12,    13,    14,    15,    16,    17,
      -1,    -1,    -1,    21,    22,     0,    24,    25,     3,     4,
      -1,    -1,    -1,    -1,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    -1,    -1,    -1,    21,    22,     0,    24,
      25,     3,     4,    -1,    -1,    -1,    -1,     9,    10,    11,
      12,    13,    -1,    15,    16,    -1,     0,    19,    20,     3,
       4,    -1,    24,    25,    -1,     9,    10,    11,    12,    13,
      -1,    15,    16,    -1,     0,    19,    20,     3,     4,    -1,
      24,    25,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    -1,     0,    19,    20,     3,     4,    -1,    24,    25,
      -1,     9,    10,    11,    12,    13,    -1,    15,    16,    -1,
       0,    19,    20,     3,     4,    -1,    24,    25,    -1,     9,
      10,    11,    12,    13,    -1,    15,    16,    -1,     0,    19,
      20,     3,     4,    -1,    24,    25,    -1,     9,    10,    11,
      12,    13,    -1,    15,    16,    -1,     0,    19,    20,     3,
       4,    -1,    24,    25,    -1,     9,    10,    11,    12,    13,
      -1,    15,    16,    -1,     0,    19,    20,     3,     4,    -1,
      24,    25,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    -1,     0,    19,    20,     3,     4,    -1,    24,    25,
      -1,     9,    10,    11,    12,    13,    -1,    15,    16,    -1,
       0,    19,    20,     3,     4,    -1,    24,    25,    -1,     9,
      10,    11,    12,    13,    -1,    15,    16,    -1,     0,    19,
      20,     3,     4,    -1,    24,    25,    -1,     9,    10,    11,
      12,    13,    -1,    15,    16,    -1,     0,    19,    20,     3,
       4,    -1,    24,    25,    -1,     9,    10,    11,    12,    13,
      -1,    15,    16,    -1,     0,    19,    20,     3,     4,    -1,
      24,    25,    -1,     9,    10,    11,    12,    13,    -1,    15,
      16,    -1,     0,    19,    20,     3,     4,    -1,    24,    25,
      -1,     9,    10,    11,    12,    13,    -1,    15,    16,    -1,
      -1,    19,    20,    -1,    -1,    -1,    24,    25,     0,     1,
      -1,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    -1,    -1,    -1,    -1,    -1,    -1,    -1,     0,
      -1,    23,     3,     4,     5,     6,     7,     8,     9,    10,
      11,    12,    13,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
       0,    -1,    23,     3,     4,     5,     6,     7,     8,     9,
      10,    11,    12,    13,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,     0,    -1,    23,     3,     4,     5,     6,     7,     8,
       9,    10,    11,    12,    13,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,     0,    -1,    23,     3,     4,     5,     6,     7,
       8,     9,    10,    11,    12,    13,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,     0,    -1,    23,     3,     4,     5,     6,
       7,     8,     9,    10,    11,    12,    13,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,     0,    -1,    23,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,     0,    -1,    23,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,     0,    -1,    23,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,     0,    -1,    23,
       3,     4,     5,     6,     7,     8,     9,    10,    11,    12,
      13,     0,    -1,    -1,     3,     4,     5,     6,     7,     8,
      23,    10,    11,    12,    13,     0,    -1,    -1,     3,     4,
       5,     6,     7,     8,    23,    10,    11,    12,    13,     0,
      -1,    -1,     3,     4,     5,     6,     7,     8,    23,    10,
      11,    12,    13,     0,    -1,    -1,     3,     4,     5,     6,
       7,     8,    23,    10,    11,    12,    13,     0,    -1,    -1,
       3,     4,     5,     6,     7,     8,    23,    10,    11,    12,
      13,     0,    -1,    -1,     3,     4,     5,     6,     7,     8,
      23,    10,    11,    12,    13,     0,    -1,    -1,     3,     4,
       5,     6,     7,     8,    23,    10,    11,    12,    13,     0,
      -1,    -1,     3,     4,     5,     6,     7,     8,    23,    10,
      11,    12,    13,     0,    -1,    -1,     3,     4,     5,     6,
       7,     8,    23,    10,    11,    12,    13,     0,    -1,    -1,
      -1,     4,     5,     6,     7,     8,    23,    10,    11,    12,
      13,     0,    -1,    -1,    -1,     4,     5,     6,     7,     8,
      23,    10,    11,    12,    13,     0,    -1,    -1,    -1,     4,
       5,     6,     7,     8,    23,    10,    11,    12,    13,     0,
      -1,    -1,    -1,     4,     5,     6,     7,     8,    23,    10,
      11,    12,    13,     0,    -1,    -1,    -1,     4,     5,     6,
       7,     8,    23,    10,    11,    12,    13,     0,    -1,    -1,
      -1,     4,     5,     6,     7,     8,    23,    10,    11,    12,
      13,     0,    -1,    -1,    -1,     4,     5,     6,     7,     8,
      23,    10,    11,    12,    13,     0,    -1,    -1,    -1,     4,
       5,     6,     7,     8,    23,    10,    11,    12,    13,     0,
      -1,    -1,    -1,     4,     5,     6,     7,     8,    23,    10,
      11,    12,    13,    -1,     0,    -1,    -1,     3,    -1,    -1,
      -1,    -1,    23,     9,    10,    11,    12,    13,    14,     0,
      -1,    -1,     3,    -1,     0,    -1,    -1,     3,     9,    10,
      11,    12,    13,     9,    10,    11,    12,    13,     0,    -1,
      -1,     3,    -1,     0,    -1,    -1,     3,     9,    10,    11,
      12,    13,     9,    10,    11,    12,    13,     0,    -1,    -1,
       3,    -1,     0,    -1,    -1,     3,     9,    10,    11,    12,
      13,     9,    10,    11,    12,    13,     0,    -1,    -1,     3,
      -1,     0,    -1,    -1,     3,     9,    10,    11,    12,    13,
       9,    10,    11,    12,    13,     0,    -1,    -1,     3,    -1,
       0,    -1,    -1,     3,     9,    10,    11,    12,    13,     9,
      10,    11,    12,    13,     0,    -1,    -1,     3,    -1,     0,
      -1,    -1,     3,     9,    10,    11,    12,    13,     9,    10,
      11,    12,    13,     0,    -1,    -1,     3,    -1,    -1,    -1,
      -1,    -1,     9,    10,    11,    12,    13,    15,    16,    17,
      18,    -1,    -1,    21,    22,    -1,    24,    25
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int8 yystos[] =
{
       0,    27,    28,    29,     0,    10,    11,    12,    13,    37,
      38,    43,     1,    39,     1,    40,     1,    41,     1,    42,
      32,    38,     3,     4,     5,     6,     7,     8,    23,    30,
      43,    43,    43,    43,     3,     9,    33,    31,    44,    45,
      57,    58,    66,    67,    34,    35,    43,    14,    46,    48,
      15,    16,    17,    18,    21,    22,    24,    25,    59,    64,
      65,    15,    16,    19,    24,    25,    68,    43,    36,    37,
      47,    14,    15,    16,    24,    25,    51,    52,    60,    61,
      62,    63,    19,    20,    69,    36,    53,    54,    49,    50,
      19,    20,    56,    56,    56,     4,    17,    21,    22,    55,
      65,     4,    15,    16,    19,    20,    24,    25,    50,    56,
      53,    52,    55,    19,    20,    19,    20,    50,     4,     5,
       6,     7,     8,    23,     4,     5,     6,     7,     8,    23,
       4,     5,     6,     7,     8,    23,     4,     5,     6,     7,
       8,    23,     4,     5,     6,     7,     8,    23,     4,    17,
      21,    22,    19,    20,    19,    20
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr1[] =
{
       0,    26,    27,    27,    29,    28,    30,    31,    30,    32,
      32,    34,    33,    35,    33,    36,    36,    37,    37,    39,
      38,    40,    38,    41,    38,    42,    38,    38,    38,    38,
      38,    43,    43,    43,    43,    43,    43,    43,    44,    45,
      44,    47,    46,    48,    46,    49,    46,    50,    50,    50,
      51,    52,    52,    52,    52,    52,    52,    54,    53,    55,
      55,    55,    55,    55,    55,    56,    56,    56,    57,    58,
      57,    59,    60,    59,    61,    59,    62,    59,    63,    63,
      63,    64,    65,    65,    65,    65,    65,    65,    65,    66,
      67,    66,    68,    68,    68,    68,    68,    69,    69,    69,
      69,    69,    69,    69,    69
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     1,     3,     0,     3,     0,     0,     3,     0,
       2,     0,     4,     0,     3,     0,     1,     1,     2,     0,
       3,     0,     4,     0,     4,     0,     4,     2,     2,     2,
       2,     0,     2,     2,     2,     2,     2,     2,     0,     0,
       2,     0,     4,     0,     3,     0,     5,     0,     2,     2,
       1,     1,     1,     1,     1,     2,     2,     0,     2,     1,
       1,     1,     1,     2,     2,     0,     2,     2,     0,     0,
       3,     1,     0,     3,     0,     3,     0,     3,     0,     2,
       2,     1,     1,     1,     1,     1,     1,     2,     2,     0,
       0,     3,     1,     1,     1,     1,     1,     0,     2,     2,
       2,     2,     2,     2,     2
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = XXGK_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == XXGK_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (ctx, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use XXGK_YYerror or XXGK_YYUNDEF. */
#define YYERRCODE XXGK_YYUNDEF


/* Enable debugging if requested.  */
#if XXGK_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)




# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, ctx); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, parse_ctx *ctx)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (ctx);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, parse_ctx *ctx)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  yy_symbol_value_print (yyo, yykind, yyvaluep, ctx);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp,
                 int yyrule, parse_ctx *ctx)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)], ctx);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, Rule, ctx); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !XXGK_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !XXGK_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yysymbol_kind_t yytoken;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;
  int yyn = yypact[+*yyctx->yyssp];
  if (!yypact_value_is_default (yyn))
    {
      /* Start YYX at -YYN if negative to avoid negative indexes in
         YYCHECK.  In other words, skip the first -YYN actions for
         this state because they are default actions.  */
      int yyxbegin = yyn < 0 ? -yyn : 0;
      /* Stay within bounds of both yycheck and yytname.  */
      int yychecklim = YYLAST - yyn + 1;
      int yyxend = yychecklim < YYNTOKENS ? yychecklim : YYNTOKENS;
      int yyx;
      for (yyx = yyxbegin; yyx < yyxend; ++yyx)
        if (yycheck[yyx + yyn] == yyx && yyx != YYSYMBOL_YYerror
            && !yytable_value_is_error (yytable[yyx + yyn]))
          {
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = YY_CAST (yysymbol_kind_t, yyx);
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}



/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, parse_ctx *ctx);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, parse_ctx *ctx)
{
  YY_USE (yyvaluep);
  YY_USE (ctx);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  switch (yykind)
    {
    case YYSYMBOL_TITLE: /* "title line"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_TEXT: /* "text"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_BLANK: /* "blank line"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_SUBHEAD: /* "sub-heading"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_DATE: /* "date line"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_NOTE: /* "note line"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_RESTART: /* "second report"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_SEC_PROSE: /* "section heading"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_SEC_PROACTIVE: /* "section 二 heading"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_SEC_REQUESTS: /* "section 三 heading"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_SEC_APPEALS: /* "section 四 heading"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_CLAUSE: /* "clause caption"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_HEAD: /* "table header"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_COL: /* "column label"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_ROW: /* "row label"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_GROUP: /* "row group label"  */
            { (void)((*yyvaluep).tok); (void)ctx; }
        break;

    case YYSYMBOL_NUMBER: /* "number"  */
            { (void)((*yyvaluep).cells); (void)ctx; }
        break;

    case YYSYMBOL_EMPTY: /* "empty cell"  */
            { (void)((*yyvaluep).cells); (void)ctx; }
        break;

    case YYSYMBOL_ROW_CELLS: /* "row label and cells"  */
            { (void)((*yyvaluep).cells); (void)ctx; }
        break;

    case YYSYMBOL_ROWS: /* "row labels and cells"  */
            { (void)((*yyvaluep).rows); (void)ctx; }
        break;

    case YYSYMBOL_PROSE: /* "prose items"  */
            { (void)((*yyvaluep).cells); (void)ctx; }
        break;

    case YYSYMBOL_COLS: /* "column labels"  */
            { (void)((*yyvaluep).cells); (void)ctx; }
        break;

    case YYSYMBOL_HEAD_COLS: /* "table header and column labels"  */
            { (void)((*yyvaluep).cells); (void)ctx; }
        break;

      default:
        break;
    }
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (parse_ctx *ctx)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = XXGK_YYEMPTY; /* Cause a token to be read.  */

  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == XXGK_YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, ctx);
    }

  if (yychar <= XXGK_YYEOF)
    {
      yychar = XXGK_YYEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == XXGK_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = XXGK_YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  /* Discard the shifted token.  */
  yychar = XXGK_YYEMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];


  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 4: /* $@1: %empty  */
      { b_copy_begin(ctx, NULL, false); }
    break;

  case 7: /* $@2: %empty  */
            { b_title(ctx, (yyvsp[0].tok)); }
    break;

  case 11: /* $@3: %empty  */
            { b_copy_begin(ctx, (yyvsp[0].tok), true); }
    break;

  case 13: /* $@4: %empty  */
              { b_copy_untitled(ctx, (yyvsp[0].tok)); }
    break;

  case 19: /* $@5: %empty  */
                { b_section(ctx, (yyvsp[0].tok)); }
    break;

  case 21: /* $@6: %empty  */
                    { b_section(ctx, (yyvsp[0].tok)); }
    break;

  case 23: /* $@7: %empty  */
                   { b_section(ctx, (yyvsp[0].tok)); }
    break;

  case 25: /* $@8: %empty  */
                  { b_section(ctx, (yyvsp[0].tok)); }
    break;

  case 27: /* section: "section heading" error  */
                      { b_section(ctx, (yyvsp[-1].tok)); }
    break;

  case 28: /* section: "section 二 heading" error  */
                          { b_table_end(ctx, ctx->error_at); b_section(ctx, (yyvsp[-1].tok)); }
    break;

  case 29: /* section: "section 三 heading" error  */
                         { b_table_end(ctx, ctx->error_at); b_section(ctx, (yyvsp[-1].tok)); }
    break;

  case 30: /* section: "section 四 heading" error  */
                        { b_table_end(ctx, ctx->error_at); b_section(ctx, (yyvsp[-1].tok)); }
    break;

  case 32: /* prose_items: prose_items "text"  */
                           { b_prose(ctx, TEXT, (yyvsp[0].tok)); }
    break;

  case 33: /* prose_items: prose_items "blank line"  */
                           { b_prose(ctx, BLANK, (yyvsp[0].tok)); }
    break;

  case 34: /* prose_items: prose_items "sub-heading"  */
                           { b_prose(ctx, SUBHEAD, (yyvsp[0].tok)); }
    break;

  case 35: /* prose_items: prose_items "date line"  */
                           { b_prose(ctx, DATE, (yyvsp[0].tok)); }
    break;

  case 36: /* prose_items: prose_items "note line"  */
                           { b_prose(ctx, NOTE, (yyvsp[0].tok)); }
    break;

  case 37: /* prose_items: prose_items "prose items"  */
                           { take_prose(ctx, (yyvsp[0].cells)); }
    break;

  case 38: /* proactive_opt: %empty  */
             { b_missing_table(ctx, ctx->la_prev_end); }
    break;

  case 39: /* $@9: %empty  */
      { b_table_begin(ctx, XXGK_TABLE_PROACTIVE, ctx->la_prev_end); }
    break;

  case 40: /* proactive_opt: $@9 clause_blocks  */
      { b_table_end(ctx, ctx->la.start); }
    break;

  case 41: /* $@10: %empty  */
             { b_clause(ctx, (yyvsp[0].tok)); }
    break;

  case 43: /* $@11: %empty  */
      { b_clause(ctx, NULL); }
    break;

  case 45: /* $@12: %empty  */
                           { b_clause(ctx, (yyvsp[0].tok)); }
    break;

  case 48: /* p_items: p_items p_head_cells  */
                           { b_stray_end(ctx, XXGK_TABLE_PROACTIVE); }
    break;

  case 49: /* p_items: p_items row_cells  */
                        { b_row_end(ctx, lookahead(yychar)); }
    break;

  case 50: /* p_head: p_head_cells  */
                   { b_stray_end(ctx, XXGK_TABLE_PROACTIVE); }
    break;

  case 51: /* p_head_cells: "table header"  */
           { b_head(ctx, (yyvsp[0].tok)); b_stray_begin(ctx); }
    break;

  case 52: /* p_head_cells: "column label"  */
          { b_column(ctx, (yyvsp[0].tok)); b_stray_begin(ctx); }
    break;

  case 53: /* p_head_cells: "column labels"  */
           { take_columns(ctx, (yyvsp[0].cells), XXGK_TABLE_PROACTIVE); }
    break;

  case 54: /* p_head_cells: "table header and column labels"  */
                { take_columns(ctx, (yyvsp[0].cells), XXGK_TABLE_PROACTIVE); }
    break;

  case 55: /* p_head_cells: p_head_cells "number"  */
                          { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 56: /* p_head_cells: p_head_cells "empty cell"  */
                          { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 57: /* $@13: %empty  */
      { b_stray_begin(ctx); }
    break;

  case 58: /* stray: $@13 cells  */
                                    { b_stray_end(ctx, XXGK_TABLE_PROACTIVE); }
    break;

  case 59: /* row_cells: "row label"  */
          { b_row_begin(ctx, (yyvsp[0].tok)); }
    break;

  case 60: /* row_cells: "row label and cells"  */
                { take_row_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 61: /* row_cells: "row labels and cells"  */
           { take_rows(ctx, (yyvsp[0].rows)); }
    break;

  case 62: /* row_cells: "text"  */
           { b_unknown_row_begin(ctx, (yyvsp[0].tok)); }
    break;

  case 63: /* row_cells: row_cells "number"  */
                       { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 64: /* row_cells: row_cells "empty cell"  */
                       { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 66: /* cells: cells "number"  */
                   { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 67: /* cells: cells "empty cell"  */
                   { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 68: /* requests_opt: %empty  */
             { b_missing_table(ctx, ctx->la_prev_end); }
    break;

  case 69: /* $@14: %empty  */
      { b_table_begin(ctx, XXGK_TABLE_REQUESTS, ctx->la_prev_end); }
    break;

  case 70: /* requests_opt: $@14 r_first r_items  */
      { b_table_end(ctx, ctx->la.start); }
    break;

  case 72: /* $@15: %empty  */
          { b_row_begin(ctx, (yyvsp[0].tok)); }
    break;

  case 73: /* r_first: "row label" $@15 cells  */
                                          { b_row_end(ctx, lookahead(yychar)); }
    break;

  case 74: /* $@16: %empty  */
                { take_row_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 75: /* r_first: "row label and cells" $@16 cells  */
                                                   { b_row_end(ctx, lookahead(yychar)); }
    break;

  case 76: /* $@17: %empty  */
           { take_rows(ctx, (yyvsp[0].rows)); }
    break;

  case 77: /* r_first: "row labels and cells" $@17 cells  */
                                         { b_row_end(ctx, lookahead(yychar)); }
    break;

  case 79: /* r_items: r_items r_head_cells  */
                           { b_stray_end(ctx, XXGK_TABLE_REQUESTS); }
    break;

  case 80: /* r_items: r_items row_cells  */
                        { b_row_end(ctx, lookahead(yychar)); }
    break;

  case 81: /* r_head: r_head_cells  */
                   { b_stray_end(ctx, XXGK_TABLE_REQUESTS); }
    break;

  case 82: /* r_head_cells: "table header"  */
           { b_head(ctx, (yyvsp[0].tok)); b_stray_begin(ctx); }
    break;

  case 83: /* r_head_cells: "column label"  */
          { b_column(ctx, (yyvsp[0].tok)); b_stray_begin(ctx); }
    break;

  case 84: /* r_head_cells: "column labels"  */
           { take_columns(ctx, (yyvsp[0].cells), XXGK_TABLE_REQUESTS); }
    break;

  case 85: /* r_head_cells: "table header and column labels"  */
                { take_columns(ctx, (yyvsp[0].cells), XXGK_TABLE_REQUESTS); }
    break;

  case 86: /* r_head_cells: "row group label"  */
            { b_group(ctx, (yyvsp[0].tok)); b_stray_begin(ctx); }
    break;

  case 87: /* r_head_cells: r_head_cells "number"  */
                          { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 88: /* r_head_cells: r_head_cells "empty cell"  */
                          { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 89: /* appeals_opt: %empty  */
             { b_missing_table(ctx, ctx->la_prev_end); }
    break;

  case 90: /* $@18: %empty  */
      { b_table_begin(ctx, XXGK_TABLE_APPEALS, ctx->la_prev_end); b_appeals_values_begin(ctx); }
    break;

  case 91: /* appeals_opt: $@18 a_first a_items  */
      { b_table_end(ctx, ctx->la.start); }
    break;

  case 92: /* a_first: "table header"  */
              { b_head(ctx, (yyvsp[0].tok)); }
    break;

  case 93: /* a_first: "column label"  */
              { b_column(ctx, (yyvsp[0].tok)); }
    break;

  case 94: /* a_first: "column labels"  */
              { take_appeal_columns(ctx, (yyvsp[0].cells)); }
    break;

  case 95: /* a_first: "table header and column labels"  */
                { take_appeal_columns(ctx, (yyvsp[0].cells)); }
    break;

  case 96: /* a_first: "number"  */
              { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 98: /* a_items: a_items "table header"  */
                      { b_head(ctx, (yyvsp[0].tok)); }
    break;

  case 99: /* a_items: a_items "column label"  */
                      { b_column(ctx, (yyvsp[0].tok)); }
    break;

  case 100: /* a_items: a_items "column labels"  */
                      { take_appeal_columns(ctx, (yyvsp[0].cells)); }
    break;

  case 101: /* a_items: a_items "table header and column labels"  */
                        { take_appeal_columns(ctx, (yyvsp[0].cells)); }
    break;

  case 102: /* a_items: a_items "number"  */
                      { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 103: /* a_items: a_items "empty cell"  */
                      { take_cells(ctx, (yyvsp[0].cells)); }
    break;

  case 104: /* a_items: a_items "text"  */
                      { b_value(ctx, TEXT, (yyvsp[0].tok)); }
    break;



      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == XXGK_YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yytoken};
        if (yyreport_syntax_error (&yyctx, ctx) == 2)
          YYNOMEM;
      }
    }

  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= XXGK_YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == XXGK_YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, ctx);
          yychar = XXGK_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;


      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, ctx);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END


  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (ctx, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != XXGK_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, ctx);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, ctx);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif

  return yyresult;
}



/* The filter's next token: the one read after a run of cells, else a new
 * one. */
static int read_token(parse_ctx *ctx, ptok *t)
{
    if (!ctx->has_pending)
        return filter_next(ctx, t);
    ctx->has_pending = false;
    *t = ctx->pending;
    return t->tok;
}

/* NUMBER EMPTY NUMBER …: a run of up to CELL_RUN_MAX cells is one token
 * to the parser (in ctx->runs), of the kind of its first cell. Whatever
 * state takes a cell takes any number of them after it, so the grammar
 * accepts and rejects the same texts, at the same token (the run's first
 * cell, where the error is reported); and a run costs Bison's loop once
 * instead of once per cell. The token that ends the run is kept to be
 * read next (ctx->pending). The builder sees each cell as before, in
 * order: it shares no state with the filter, which only reads on further
 * before the cells are taken. The filter reads the run in one call
 * (filter_cells). */
static void read_cells_after(parse_ctx *ctx, struct cell_run *r)
{
    int n = filter_cells(ctx, r->v + 1, CELL_RUN_MAX - 1);
    r->n = 1 + n;
    if (n < CELL_RUN_MAX - 1) {
        ctx->pending = r->v[r->n];
        ctx->has_pending = true;
    }
}

static struct cell_run *read_cells(parse_ctx *ctx, const ptok *first)
{
    struct cell_run *r = &ctx->runs[ctx->nruns++ % 2];
    r->v[0] = *first;
    r->row = NULL;
    read_cells_after(ctx, r);
    return r;
}

/* The run of cells after a row label into R, read where it starts (no
 * copy of its first cell), up to CELL_RUN_MAX, in one call (filter_cells,
 * as read_cells_after reads the cells after a first one): true when a
 * cell follows the label; the token read after the run (when it has room
 * left) or in place of a cell is kept to be read next. */
static bool cells_into(parse_ctx *ctx, struct cell_run *r)
{
    int n = filter_cells(ctx, r->v, CELL_RUN_MAX);
    r->n = n;
    if (n < CELL_RUN_MAX) {
        ctx->pending = r->v[n];
        ctx->has_pending = true;
    }
    return n > 0;
}

/* ROW NUMBER …: a row label and the run of cells right after it are one
 * token to the parser (ROW_CELLS): wherever a row label is taken, cells
 * may follow it (row_cells, r_first), so the grammar accepts and rejects
 * the same texts at the same token, the label, where the error is
 * reported; the builder sees the label, then each cell, as before, at the
 * same lookahead. Not after a syntax error: Bison reports the next one
 * only after three tokens shifted, and the two would count as one.
 * Returns the run, or NULL when no cell follows the label (the token read
 * after it kept to be read next). */
static const struct cell_run *row_and_cells(parse_ctx *ctx, const ptok *row)
{
    if (ctx->syntax_error)
        return NULL;
    /* read where a run of rows starts (row_run): its first row's cells
     * are not copied there */
    struct cell_run *r = &ctx->row_runs[ctx->nrow_runs % 2].rows[0];
    if (!cells_into(ctx, r))
        return NULL;
    ctx->nrow_runs++;
    r->row = row;
    return r;
}

/* ROW NUMBER … ROW NUMBER … ROW [NUMBER …]: a row label with its cells
 * (FIRST, as row_and_cells read it) and the rows right after it, each a
 * label and the run of cells after it, the last one's run perhaps empty,
 * are one token to the parser (ROWS), while a row label is what follows
 * a run (up to ROWS_MAX rows). Wherever a row label with its cells is
 * taken another row may follow (row_cells into p_items or r_items; r_first
 * into r_items), and a row label with no cells stands where one with cells
 * does: the same texts are accepted and rejected at the same token, the
 * first label; the builder sees each row's actions in their order
 * (take_rows), every row but the last ended with a row label as the
 * lookahead, as it was. Not after a syntax error, as ROW_CELLS. Returns
 * the rows, or NULL when no row label follows FIRST's cells. */
static const struct row_run *row_run(parse_ctx *ctx, const struct cell_run *first)
{
    if (!ctx->has_pending || ctx->pending.tok != ROW)
        return NULL;
    /* FIRST is the first row of its own run of rows (row_and_cells) */
    struct row_run *rr = &ctx->row_runs[(ctx->nrow_runs - 1) % 2];
    assert(first == &rr->rows[0]);
    rr->labels[0] = *first->row;
    rr->rows[0].row = &rr->labels[0];
    rr->n = 1;
    while (rr->n < ROWS_MAX && ctx->has_pending && ctx->pending.tok == ROW) {
        struct cell_run *r = &rr->rows[rr->n];
        rr->labels[rr->n] = ctx->pending;
        r->row = &rr->labels[rr->n];
        r->n = 0;
        rr->n++;
        ctx->has_pending = false;
        if (!cells_into(ctx, r))
            break; /* the last row, with no cells */
    }
    return rr;
}

/* The end of the last token of a row run: its last row's last cell, or
 * its label when it has none. */
static uint32_t row_run_end(const struct row_run *rr)
{
    const struct cell_run *r = &rr->rows[rr->n - 1];
    return r->n ? r->v[r->n - 1].end : r->row->end;
}

/* A run returned to the parser, its action not yet run (settle_open_run) */
static void open_run(parse_ctx *ctx, int kind, const void *items)
{
    ctx->open_run = kind;
    ctx->open_items = items;
    ctx->open_run_passed = false;
}

/* The tokens after the first two of run R (in R->v[0] and [1]) while
 * their kind is in KINDS, up to CELL_RUN_MAX in all, read from the filter
 * in one call (filter_run); the token that ends the run is kept to be
 * read next (ctx->pending). */
static void read_run_rest(parse_ctx *ctx, struct cell_run *r, tok_set kinds)
{
    int n = filter_run(ctx, r->v + 2, CELL_RUN_MAX - 2, kinds);
    r->n = 2 + n;
    if (n < CELL_RUN_MAX - 2) {
        ctx->pending = r->v[r->n];
        ctx->has_pending = true;
    }
}

/* the kinds of prose items, as a set for filter_run */
#define TOK_BIT(k) ((tok_set)1 << ((k) - TITLE))
#define PROSE_ITEMS (TOK_BIT(TEXT) | TOK_BIT(BLANK) | TOK_BIT(SUBHEAD) | TOK_BIT(DATE) | TOK_BIT(NOTE))
static bool prose_item(int k) { return k == TEXT || k == BLANK || k == SUBHEAD || k == DATE || k == NOTE; }

/* TEXT BLANK SUBHEAD DATE NOTE …: prose items one after another are one
 * token to the parser (PROSE; up to CELL_RUN_MAX items) outside a table,
 * where every state that takes one of them is in prose_items, which takes
 * any number after it (a table section's prose before its table is left
 * alone: there TEXT may begin a row). So the same texts are accepted at
 * the same tokens, and none of these is ever the token an error is found
 * at; the builder sees each item's action in order (take_prose). Not
 * after a syntax error (as ROW_CELLS). FIRST's kind is kept for a
 * message (ctx->prose_first). Returns the run, or NULL when FIRST stands
 * alone (the token after it kept to be read next). */
static const struct cell_run *prose_run(parse_ctx *ctx, const ptok *first)
{
    if (ctx->syntax_error || ctx->table >= 0)
        return NULL;
    ptok next;
    if (!prose_item(filter_next(ctx, &next))) {
        ctx->pending = next;
        ctx->has_pending = true;
        return NULL;
    }
    struct cell_run *r = &ctx->runs[ctx->nruns++ % 2];
    r->v[0] = *first;
    r->v[1] = next;
    r->row = NULL;
    read_run_rest(ctx, r, PROSE_ITEMS);
    ctx->prose_first = first->tok;
    return r;
}

static bool header_label(int k) { return k == COL || k == HEAD; }
#define HEADER_LABELS (TOK_BIT(COL) | TOK_BIT(HEAD))

/* COL HEAD COL …: table headers and column labels one after another are
 * one token to the parser (COLS or HEAD_COLS by the first; up to
 * CELL_RUN_MAX labels): wherever a header or a column label is taken
 * either may follow it (p_head_cells, r_head_cells, a_first, a_items),
 * so, as with ROW_CELLS, the same texts are accepted and rejected at the
 * same token, and not after a syntax error. The builder sees each label's
 * actions in order (take_columns). Returns the run, or NULL when the first
 * label stands alone (the token after it kept to be read next). */
static const struct cell_run *column_run(parse_ctx *ctx, const ptok *col)
{
    if (ctx->syntax_error)
        return NULL;
    ptok next;
    if (!header_label(filter_next(ctx, &next))) {
        ctx->pending = next;
        ctx->has_pending = true;
        return NULL;
    }
    struct cell_run *r = &ctx->runs[ctx->nruns++ % 2];
    r->v[0] = *col;
    r->v[1] = next;
    r->row = NULL;
    read_run_rest(ctx, r, HEADER_LABELS);
    return r;
}

/* The next token, kept in ctx->toks until an action has taken it: an
 * action takes its tokens when the token after them is the lookahead, so
 * a token is read over only four tokens later (a run of cells: two runs
 * later). A section heading is kept apart (ctx->secs): the error rules of
 * a section take it after any number of tokens, and a second one can
 * follow it before they run. */
int xxgk_yylex(XXGK_YYSTYPE *lval, parse_ctx *ctx)
{
    if (ctx->open_run)
        ctx->open_run_passed = true; /* the run was shifted: this token follows it */
    ptok *t = &ctx->toks[ctx->ntoks++ % PTOK_KEPT];
    int k = read_token(ctx, t);
    uint32_t end = t->end;
    if (k == NUMBER || k == EMPTY) {
        lval->cells = read_cells(ctx, t);
        end = lval->cells->v[lval->cells->n - 1].end;
    } else if (k == ROW && (lval->cells = row_and_cells(ctx, t))) {
        const struct row_run *rr = row_run(ctx, lval->cells);
        if (rr) {
            k = ROWS;
            lval->rows = rr;
            open_run(ctx, ROWS, rr);
            end = row_run_end(rr);
        } else {
            k = ROW_CELLS;
            open_run(ctx, ROW_CELLS, lval->cells);
            end = lval->cells->v[lval->cells->n - 1].end;
        }
    } else if (prose_item(k) && (lval->cells = prose_run(ctx, t))) {
        k = PROSE;
        open_run(ctx, PROSE, lval->cells);
        end = lval->cells->v[lval->cells->n - 1].end;
    } else if ((k == COL || k == HEAD) && (lval->cells = column_run(ctx, t))) {
        k = k == COL ? COLS : HEAD_COLS;
        end = lval->cells->v[lval->cells->n - 1].end;
    } else if (k == SEC_PROSE || k == SEC_PROACTIVE || k == SEC_REQUESTS || k == SEC_APPEALS) {
        ptok *sec = &ctx->secs[ctx->nsecs++ % 2];
        *sec = *t;
        lval->tok = sec;
    } else {
        lval->tok = t;
    }
    ctx->la_kind = k;
    ctx->la_key = k == ROW || k == ROW_CELLS || k == ROWS ? t->key : -1;
    ctx->la_prev_end = ctx->la_end;
    ctx->la.start = t->start;
    ctx->la.end = t->end;
    ctx->la_end = end;
    return k;
}

/* A row label with its cells (ROW_CELLS, ROWS) or a run of prose items
 * (PROSE) shifted, then a token that cannot follow it: the error is found
 * before the token's reduction (no default reductions), so its action
 * would never run and what the report put there would be lost with the
 * error. Take it now, before the error is reported: each item as it would
 * have been taken, the last row ended with the unexpected token as its
 * lookahead (the section's error rule then ends the table). A token that
 * is itself the unexpected one was never shifted: nothing of it is taken. */
static void settle_open_run(parse_ctx *ctx)
{
    int k = ctx->open_run;
    ctx->open_run = 0;
    if (!k || !ctx->open_run_passed)
        return;
    if (k == PROSE) {
        const struct cell_run *r = ctx->open_items;
        for (int i = 0; i < r->n; i++)
            b_prose(ctx, r->v[i].tok, &r->v[i]);
        return;
    }
    if (k == ROWS)
        take_rows(ctx, ctx->open_items);
    else
        take_row_cells(ctx, ctx->open_items);
    b_row_end(ctx, lookahead(ctx->la_kind));
}

void xxgk_yyerror(parse_ctx *ctx, const char *msg)
{
    settle_open_run(ctx);
    ctx->syntax_error = true;
    ctx->error_at = ctx->la.start;
    b_syntax_error(ctx, ctx->la, msg);
}

/* "unexpected row label, expecting section heading or number": the names
 * of the tokens say what the report has and what the template wants. */
static int yyreport_syntax_error(const yypcontext_t *pctx, parse_ctx *ctx)
{
    char msg[512];
    size_t n = 0;
    yysymbol_kind_t expected[24];
    int count = yypcontext_expected_tokens(pctx, expected, 24);
    yysymbol_kind_t got = yypcontext_token(pctx);
    if (got == YYSYMBOL_ROW_CELLS || got == YYSYMBOL_ROWS) /* a row label, as read */
        got = YYSYMBOL_ROW;
    if (got == YYSYMBOL_COLS) /* a column label, as read */
        got = YYSYMBOL_COL;
    if (got == YYSYMBOL_HEAD_COLS) /* a table header, as read */
        got = YYSYMBOL_HEAD;
    if (got == YYSYMBOL_PROSE) /* its first item, as read */
        got = YYTRANSLATE(ctx->prose_first);
    n += (size_t)snprintf(msg + n, sizeof msg - n, "unexpected %s",
                          got == YYSYMBOL_YYEMPTY ? "end of text" : yysymbol_name(got));
    /* Prose and headings may follow almost anywhere; when a table token
     * would also do, name only the table tokens: they say what is wrong. */
    bool table_expected = false;
    for (int i = 0; i < count; i++)
        if (expected[i] >= YYSYMBOL_CLAUSE && expected[i] <= YYSYMBOL_EMPTY)
            table_expected = true;
    int listed = 0;
    for (int i = 0; i < count && n < sizeof msg - 64; i++) {
        if (expected[i] == YYSYMBOL_ROW_CELLS || expected[i] == YYSYMBOL_ROWS ||
            expected[i] == YYSYMBOL_COLS || expected[i] == YYSYMBOL_HEAD_COLS ||
            expected[i] == YYSYMBOL_PROSE)
            continue; /* expected with ROW, COL, HEAD and the prose items, named by them */
        if (table_expected && !(expected[i] >= YYSYMBOL_CLAUSE && expected[i] <= YYSYMBOL_EMPTY))
            continue;
        n += (size_t)snprintf(msg + n, sizeof msg - n, "%s%s", listed++ ? " or " : ", expecting ",
                              yysymbol_name(expected[i]));
    }
    settle_open_run(ctx);
    ctx->syntax_error = true;
    ctx->error_at = ctx->la.start;
    b_syntax_error(ctx, ctx->la, msg);
    return 0;
}
