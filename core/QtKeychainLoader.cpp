// Finds QtKeychainJobs.cpp's entry point: linked in, or in the module (see
// QtKeychainJobs.h).
#include "QtKeychainJobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#ifndef LATCHKEY_QTKEYCHAIN_MODULE
extern "C" void latchkey_qtkeychain_start(latchkey::qtkeychain::Op op, const QString& service,
                                          const QString& key, const QByteArray& data,
                                          std::chrono::milliseconds timeout, QObject* context,
                                          const latchkey::qtkeychain::Finished& done);
#endif

namespace latchkey::qtkeychain {

StartFunction starter(QString& why)
{
#ifndef LATCHKEY_QTKEYCHAIN_MODULE
    Q_UNUSED(why);
    return &latchkey_qtkeychain_start;
#else
    static StartFunction found = nullptr;
    static QString reason;
    static bool looked = false;
    if (!looked) {
        looked = true;
        // Installed beside the programs' lib/ folder, or where the build put it.
        QStringList folders;
        if (qEnvironmentVariableIsSet("LATCHKEY_MODULE_DIR"))
            folders << qEnvironmentVariable("LATCHKEY_MODULE_DIR");
        folders << QCoreApplication::applicationDirPath() +
                       QStringLiteral("/../" LATCHKEY_RELATIVE_MODULE_DIR)
                << QStringLiteral(LATCHKEY_INSTALL_MODULE_DIR)
                << QStringLiteral(LATCHKEY_BUILD_MODULE_DIR);
        for (const QString& folder : std::as_const(folders)) {
            QLibrary module(QDir(folder).filePath(QStringLiteral("latchkey-qtkeychain")));
            if (!module.load()) {
                reason = module.errorString();
                continue;
            }
            found = reinterpret_cast<StartFunction>(module.resolve("latchkey_qtkeychain_start"));
            if (found)
                break;
            reason = module.errorString();
        }
    }
    if (!found)
        why = QCoreApplication::translate("QtKeychainStore",
                                          "The QtKeychain store is not installed (%1).")
                  .arg(reason);
    return found;
#endif
}

} // namespace latchkey::qtkeychain
