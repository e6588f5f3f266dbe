/* xxgk diff: not built yet (see its issue). */
#include "cli.h"

int cmd_diff(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("xxgk diff: not implemented yet\n", stderr);
    return EXIT_TROUBLE;
}
