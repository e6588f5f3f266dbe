/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

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

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_XXGK_YY_GENERATED_PARSER_H_INCLUDED
# define YY_XXGK_YY_GENERATED_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef XXGK_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define XXGK_YYDEBUG 1
#  else
#   define XXGK_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define XXGK_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined XXGK_YYDEBUG */
#if XXGK_YYDEBUG
extern int xxgk_yydebug;
#endif
/* "%code requires" blocks.  */

#include "parse.h"


/* Token kinds.  */
#ifndef XXGK_YYTOKENTYPE
# define XXGK_YYTOKENTYPE
  enum xxgk_yytokentype
  {
    XXGK_YYEMPTY = -2,
    XXGK_YYEOF = 0,                /* "end of file"  */
    XXGK_YYerror = 256,            /* error  */
    XXGK_YYUNDEF = 257,            /* "invalid token"  */
    TITLE = 258,                   /* "title line"  */
    TEXT = 259,                    /* "text"  */
    BLANK = 260,                   /* "blank line"  */
    SUBHEAD = 261,                 /* "sub-heading"  */
    DATE = 262,                    /* "date line"  */
    NOTE = 263,                    /* "note line"  */
    RESTART = 264,                 /* "second report"  */
    SEC_PROSE = 265,               /* "section heading"  */
    SEC_PROACTIVE = 266,           /* "section 二 heading"  */
    SEC_REQUESTS = 267,            /* "section 三 heading"  */
    SEC_APPEALS = 268,             /* "section 四 heading"  */
    CLAUSE = 269,                  /* "clause caption"  */
    HEAD = 270,                    /* "table header"  */
    COL = 271,                     /* "column label"  */
    ROW = 272,                     /* "row label"  */
    GROUP = 273,                   /* "row group label"  */
    NUMBER = 274,                  /* "number"  */
    EMPTY = 275,                   /* "empty cell"  */
    ROW_CELLS = 276,               /* "row label and cells"  */
    ROWS = 277,                    /* "row labels and cells"  */
    PROSE = 278,                   /* "prose items"  */
    COLS = 279,                    /* "column labels"  */
    HEAD_COLS = 280                /* "table header and column labels"  */
  };
  typedef enum xxgk_yytokentype xxgk_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined XXGK_YYSTYPE && ! defined XXGK_YYSTYPE_IS_DECLARED
union XXGK_YYSTYPE
{
 const ptok *tok; const struct cell_run *cells; const struct row_run *rows; 


};
typedef union XXGK_YYSTYPE XXGK_YYSTYPE;
# define XXGK_YYSTYPE_IS_TRIVIAL 1
# define XXGK_YYSTYPE_IS_DECLARED 1
#endif




int xxgk_yyparse (parse_ctx *ctx);

/* "%code provides" blocks.  */

int xxgk_yylex(XXGK_YYSTYPE *lval, parse_ctx *ctx);
void xxgk_yyerror(parse_ctx *ctx, const char *msg);


#endif /* !YY_XXGK_YY_GENERATED_PARSER_H_INCLUDED  */
