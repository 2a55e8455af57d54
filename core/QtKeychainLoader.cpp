// Finds QtKeychainJobs.cpp's entry point: linked in, or in the module (see
// QtKeychainJobs.h).
#include "QtKeychainJobs.h"

#include "ModuleLoader.h"

#include <QCoreApplication>

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
    const Result<QFunctionPointer> entry =
        moduleEntry(QStringLiteral("latchkey-qtkeychain"), "latchkey_qtkeychain_start");
    if (!entry) {
        why = QCoreApplication::translate("QtKeychainStore",
                                          "The QtKeychain store is not installed (%1).")
                  .arg(entry.error().message);
        return nullptr;
    }
    return reinterpret_cast<StartFunction>(*entry);
#endif
}

} // namespace latchkey::qtkeychain
