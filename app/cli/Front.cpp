// latchkey-cli on Linux: a front without Qt. It answers the plain
// `get --reveal` itself (FastGet.h) and hands every other command to the
// commands module, latchkey-cli-commands.so, which holds Qt and the core
// (CommandsModule.cpp). Loading the module costs what linking Qt into this
// program would; only the front's own few libraries come first.
#include "FastGet.h"
#include "ProcessHardening.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::string programFolder()
{
    char path[PATH_MAX];
    const ssize_t size = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (size <= 0)
        return {};
    const std::string program(path, static_cast<std::size_t>(size));
    return program.substr(0, program.rfind('/'));
}

// The order of core/ModuleLoader.cpp, except that a program in the build
// tree takes the build tree's module before an installed one.
std::vector<std::string> moduleFolders()
{
    std::vector<std::string> folders;
    if (const char* chosen = std::getenv("LATCHKEY_MODULE_DIR"); chosen && *chosen)
        folders.emplace_back(chosen);
    const std::string here = programFolder();
    const std::string build = LATCHKEY_BUILD_MODULE_DIR;
    const std::string buildRoot =
        build.substr(0, build.size() - std::string("/lib/latchkey").size());
    if (!here.empty() && here.rfind(buildRoot + "/", 0) == 0)
        folders.push_back(build);
    if (!here.empty())
        folders.push_back(here + "/../" LATCHKEY_RELATIVE_MODULE_DIR);
    folders.emplace_back(LATCHKEY_INSTALL_MODULE_DIR);
    folders.push_back(build);
    return folders;
}

int runCommands(int argc, char** argv)
{
    using Entry = int (*)(int, char**);
    // The reason given is the first module found that would not load (a
    // library it needs is missing, say), else that none was found.
    std::string reason;
    std::string searched;
    for (const std::string& folder : moduleFolders()) {
        const std::string file = folder + "/latchkey-cli-commands.so";
        searched += (searched.empty() ? "" : ", ") + folder;
        if (::access(file.c_str(), F_OK) != 0)
            continue;
        void* module = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (module) {
            if (auto entry = reinterpret_cast<Entry>(::dlsym(module, "latchkey_cli_main")))
                return entry(argc, argv);
        }
        const char* error = ::dlerror();
        if (reason.empty())
            reason = error ? error : file + " has no latchkey_cli_main";
    }
    if (reason.empty())
        reason = "it is in none of " + searched;
    // Before Qt, so not translated; a broken installation is the only cause.
    std::fprintf(stderr,
                 "latchkey-cli: its commands (latchkey-cli-commands.so) could not be loaded: %s; "
                 "reinstall Latchkey.\n",
                 reason.c_str());
    return 4;
}

} // namespace

int main(int argc, char** argv)
{
    latchkey::hardenProcess();
    if (const std::optional<int> answered = latchkey::cli::fastGet(argc, argv))
        return *answered;
    return runCommands(argc, argv);
}
