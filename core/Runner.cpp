#include "Runner.h"

#include "Mask.h"
#include "Wipe.h"

namespace latchkey {

namespace {

QString nameOf(const QString& entry)
{
    const qsizetype eq = entry.indexOf(u'=');
    return eq < 0 ? entry : entry.left(eq);
}

// Windows treats variable names case-insensitively; POSIX does not.
QString normalizedName(const QString& name)
{
#ifdef Q_OS_WIN
    return name.toUpper();
#else
    return name;
#endif
}

} // namespace

ChildEnvironment ChildEnvironment::build(const Manifest& manifest,
                                         const QHash<QString, QString>& values,
                                         const QStringList& parent)
{
    ChildEnvironment result;
    QHash<QString, qsizetype> position; // name -> index in entries
    QHash<QString, bool> inherited;
    for (const QString& entry : parent) {
        const QString name = normalizedName(nameOf(entry));
        if (name.isEmpty())
            continue; // Windows keeps "=C:=C:\\" style entries; they are not ours to pass on
        if (position.contains(name)) {
            result.entries[position.value(name)] = entry;
            continue;
        }
        position.insert(name, result.entries.size());
        inherited.insert(name, true);
        result.entries.append(entry);
    }

    QHash<QString, qsizetype> injectedAt;
    auto put = [&](const QString& name, const QString& value, Injection::Source source,
                   const QString& shown) {
        const QString key = normalizedName(name);
        const QString entry = name + u'=' + value;
        const bool overrides = inherited.value(key, false);
        if (position.contains(key))
            result.entries[position.value(key)] = entry;
        else {
            position.insert(key, result.entries.size());
            result.entries.append(entry);
        }
        const Injection injection{name, source, shown, overrides};
        if (injectedAt.contains(key)) {
            result.injected[injectedAt.value(key)] = injection;
        } else {
            injectedAt.insert(key, result.injected.size());
            result.injected.append(injection);
        }
    };

    for (const auto& [name, value] : manifest.env)
        put(name, value, Injection::Source::ManifestEnv, value);
    for (const SecretRequirement& secret : manifest.secrets) {
        const auto found = values.constFind(secret.key);
        if (found == values.constEnd()) {
            result.notSet.append(secret.key);
            continue;
        }
        put(secret.key, found.value(), Injection::Source::Secret, maskValue(found.value()));
    }
    return result;
}

bool isLoaderVariable(const QString& name)
{
    static const QStringList exact{
        QStringLiteral("PATH"),
        QStringLiteral("IFS"),
        QStringLiteral("ENV"),
        QStringLiteral("BASH_ENV"),
        QStringLiteral("SHELLOPTS"),
        QStringLiteral("BASHOPTS"),
        QStringLiteral("GCONV_PATH"),
        QStringLiteral("PYTHONPATH"),
        QStringLiteral("PYTHONHOME"),
        QStringLiteral("PYTHONSTARTUP"),
        QStringLiteral("PYTHONUSERBASE"),
        QStringLiteral("NODE_OPTIONS"),
        QStringLiteral("NODE_PATH"),
        QStringLiteral("PERL5LIB"),
        QStringLiteral("PERLLIB"),
        QStringLiteral("PERL5OPT"),
        QStringLiteral("RUBYLIB"),
        QStringLiteral("RUBYOPT"),
        QStringLiteral("CLASSPATH"),
        QStringLiteral("JAVA_TOOL_OPTIONS"),
        QStringLiteral("JDK_JAVA_OPTIONS"),
        QStringLiteral("_JAVA_OPTIONS"),
    };
    static const QStringList prefixes{QStringLiteral("LD_"), QStringLiteral("DYLD_"),
                                      QStringLiteral("BASH_FUNC_")};
    const QString key = normalizedName(name);
    if (exact.contains(key))
        return true;
    for (const QString& prefix : prefixes)
        if (key.startsWith(prefix))
            return true;
    return false;
}

QStringList loaderVariablesSet(const Manifest& manifest)
{
    QStringList names;
    for (const auto& entry : manifest.env)
        if (isLoaderVariable(entry.first) && !names.contains(entry.first))
            names.append(entry.first);
    return names;
}

void ChildEnvironment::set(const QString& name, const QString& value, Injection::Source source,
                           const QString& shown)
{
    const QString key = normalizedName(name);
    bool inherited = false;
    for (QString& entry : entries) {
        if (normalizedName(nameOf(entry)) != key)
            continue;
        inherited = true;
        wipe(entry); // it may hold a secret the env file replaces
        entry = name + u'=' + value;
    }
    if (!inherited)
        entries.append(name + u'=' + value);
    // An earlier injection of the same name is replaced; whether the final
    // value overrides an inherited one is what that earlier one knew.
    for (qsizetype i = 0; i < injected.size(); ++i) {
        if (normalizedName(injected.at(i).name) != key)
            continue;
        const bool overrides = injected.at(i).overrides;
        injected[i] = Injection{name, source, shown, overrides};
        return;
    }
    injected.append(Injection{name, source, shown, inherited});
}

QString ChildEnvironment::value(const QString& name) const
{
    const QString key = normalizedName(name);
    for (const QString& entry : entries)
        if (normalizedName(nameOf(entry)) == key)
            return entry.mid(entry.indexOf(u'=') + 1);
    return {};
}

} // namespace latchkey
