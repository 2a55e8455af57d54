#include "AppIdentity.h"

#include <QCoreApplication>

namespace latchkey {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
}

} // namespace latchkey
