/* xxgk check: not built yet (see its issue). */
#include "cli.h"

int cmd_check(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("xxgk check: not implemented yet\n", stderr);
    return EXIT_TROUBLE;
}
