#include "CliMain.h"

#include "AppIdentity.h"
#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>

namespace latchkey::cli {

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations();
    return run(QCoreApplication::arguments());
}

} // namespace latchkey::cli
