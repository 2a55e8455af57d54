// Helper for tst_vaultindex: adds COUNT entries named PREFIX_<n> to the index
// of VAULT in DIRECTORY, one locked read-modify-write each, as a second
// process would.
#include "VaultIndex.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: index_writer DIRECTORY VAULT PREFIX COUNT\n");
        return 2;
    }
    const latchkey::VaultIndex index(args.at(2), args.at(1));
    const int count = args.at(4).toInt();
    for (int i = 0; i < count; ++i) {
        const QString key = args.at(3) + QLatin1Char('_') + QString::number(i);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto result = index.update([&](QList<latchkey::SecretInfo>& entries) {
            entries.append({key, QStringLiteral("written by index_writer"), now, now, {}});
        });
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
            return 1;
        }
    }
    return 0;
}
