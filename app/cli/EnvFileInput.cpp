#include "EnvFileInput.h"

#include "Console.h"
#include "EnvFile.h"
#include "Mask.h"
#include "TerminalText.h"
#include "VaultReader.h"
#include "Wipe.h"

#include <QCoreApplication>

namespace latchkey::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EnvFileInput", text);
}
} // namespace

bool FileVariables::provides(const QString& name) const
{
    for (const Variable& v : variables)
        if (v.name == name)
            return true;
    return false;
}

QStringList FileVariables::loaderVariables() const
{
    QStringList names;
    for (const Variable& v : variables)
        if (isLoaderVariable(v.name) && !names.contains(v.name))
            names << v.name;
    return names;
}

void FileVariables::applyTo(ChildEnvironment& env) const
{
    for (const Variable& v : variables)
        env.set(v.name, v.value, Injection::Source::EnvFile, maskValue(v.value));
}

Manifest FileVariables::withoutProvided(const Manifest& manifest) const
{
    Manifest result = manifest;
    result.secrets.removeIf([this](const SecretRequirement& s) { return provides(s.key); });
    return result;
}

void FileVariables::wipe()
{
    for (Variable& v : variables)
        latchkey::wipe(v.value);
    variables.clear();
}

int FileVariables::load(const QStringList& paths)
{
    int status = 0;
    for (const QString& path : paths) {
        EnvFile file = EnvFile::read(path);
        if (file.error) {
            err(terminalSafe(file.error->toString()));
            wipe();
            return exitCodeFor(ErrorKind::InvalidInput);
        }
        for (const Diagnostic& d : std::as_const(file.warnings))
            err(terminalSafe(d.toString()));
        for (const EnvEntry& e : std::as_const(file.entries)) {
            const QString where =
                QStringLiteral("%1:%2:%3").arg(terminalSafe(path)).arg(e.line).arg(e.column);
            if (!e.invalid.isEmpty()) {
                err(tr("%1: error: %2").arg(where, e.invalid));
                status = exitCodeFor(ErrorKind::InvalidInput);
                continue;
            }
            Variable v{e.key, e.value, path, std::nullopt};
            if (SecretReference::looksLike(e.value)) {
                QString why;
                const std::optional<SecretReference> r = SecretReference::parse(e.value, why);
                if (!r) {
                    err(tr("%1: error: the value of %2 is not a valid reference: %3")
                            .arg(where, e.key, why));
                    status = exitCodeFor(ErrorKind::InvalidInput);
                    continue;
                }
                v.origin = path + QStringLiteral(", ") + e.value;
                v.reference = LocatedReference{*r, path, e.line, e.column};
            }
            for (qsizetype i = 0; i < variables.size(); ++i)
                if (variables.at(i).name == v.name) {
                    latchkey::wipe(variables[i].value);
                    variables.removeAt(i);
                    break;
                }
            variables.append(std::move(v));
        }
        file.wipeValues();
    }
    if (status != 0)
        wipe();
    return status;
}

int FileVariables::resolve(VaultReader& reader)
{
    QList<LocatedReference> references;
    for (const Variable& v : std::as_const(variables))
        if (v.reference)
            references.append(*v.reference);
    if (references.isEmpty())
        return 0;
    QHash<QString, QString> values;
    if (const int status = reader.resolve(references, values)) {
        wipe();
        return status;
    }
    for (Variable& v : variables)
        if (v.reference)
            v.value = values.value(v.reference->reference.toString());
    latchkey::wipe(values);
    return 0;
}

} // namespace latchkey::cli
