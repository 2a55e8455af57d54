#include "ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibrary>

#include <mutex>

namespace latchkey {

Result<QFunctionPointer> moduleEntry(const QString& name, const char* symbol)
{
    static std::mutex mutex;
    static QHash<QString, Result<QFunctionPointer>> found;
    const std::lock_guard<std::mutex> guard(mutex);
    const QString id = name + u':' + QLatin1String(symbol);
    if (const auto known = found.constFind(id); known != found.constEnd())
        return *known;

    QStringList folders;
    // An empty value is unset: an empty folder name would be the working
    // directory, and a module from there would run in every command.
    if (!qEnvironmentVariableIsEmpty("LATCHKEY_MODULE_DIR"))
        folders << qEnvironmentVariable("LATCHKEY_MODULE_DIR");
    folders << QCoreApplication::applicationDirPath() +
                   QStringLiteral("/../" LATCHKEY_RELATIVE_MODULE_DIR)
            << QStringLiteral(LATCHKEY_INSTALL_MODULE_DIR)
            << QStringLiteral(LATCHKEY_BUILD_MODULE_DIR);
    QString reason;
    for (const QString& folder : std::as_const(folders)) {
        QLibrary module(QDir(folder).filePath(name));
        if (!module.load()) {
            reason = module.errorString();
            continue;
        }
        if (QFunctionPointer entry = module.resolve(symbol))
            return *found.insert(id, entry);
        reason = module.errorString();
    }
    return *found.insert(id, Error{ErrorKind::Unavailable, reason});
}

} // namespace latchkey
