#include "AppIdentity.h"
#include "Cli.h"
#include "ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    latchkey::hardenProcess();
    QCoreApplication app(argc, argv);
    latchkey::setApplicationIdentity();
    return latchkey::cli::run(QCoreApplication::arguments());
}
