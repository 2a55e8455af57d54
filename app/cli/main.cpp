#include "AppIdentity.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    latchkey::setApplicationIdentity();
    return latchkey::cli::run(QCoreApplication::arguments());
}
