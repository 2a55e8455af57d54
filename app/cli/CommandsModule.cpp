// The entry of the commands module, latchkey-cli-commands.so: the full
// command line, which Front.cpp loads for every command it does not answer.
#include "CliMain.h"

extern "C" __attribute__((visibility("default"))) int latchkey_cli_main(int argc, char** argv)
{
    return latchkey::cli::main(argc, argv);
}
