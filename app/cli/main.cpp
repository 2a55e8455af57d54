#include "AppIdentity.h"
#include "Cli.h"
#include "ProcessHardening.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    latchkey::hardenProcess();
    QCoreApplication app(argc, argv);
    latchkey::setApplicationIdentity();
    latchkey::installTranslations();
    return latchkey::cli::run(QCoreApplication::arguments());
}
