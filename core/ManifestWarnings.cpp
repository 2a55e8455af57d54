#include "ManifestWarnings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

Diagnostic warning(const Manifest& manifest, int line, int column, const QString& message)
{
    return {Diagnostic::Severity::Warning, manifest.path, line, column, message};
}

} // namespace

bool isGenericSecretName(const QString& key)
{
    // Bare words and numbered bare words (KEY1, TOKEN_2): nothing names the service.
    static const QRegularExpression generic(
        QStringLiteral("^(API_?KEY|API_?TOKEN|API_?SECRET|ACCESS_?TOKEN|AUTH_?TOKEN|SECRET_?KEY|"
                       "TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASS|PWD|CREDENTIALS?)(_?[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return generic.match(key).hasMatch();
}

void addManifestWarnings(Manifest& manifest)
{
    QSet<QString> envNames;
    for (const auto& [name, value] : manifest.env)
        envNames.insert(name);

    QList<Diagnostic> found;
    for (const SecretRequirement& secret : manifest.secrets) {
        if (isGenericSecretName(secret.key))
            found.append(warning(
                manifest, secret.line, secret.column,
                Strings::tr(
                    "`%1` is a generic name; name the service too (e.g. OPENAI_API_KEY, not "
                    "API_KEY) so it cannot be mixed up with another app's secret")
                    .arg(secret.key)));
        if (secret.key != secret.key.toUpper())
            found.append(
                warning(manifest, secret.line, secret.column,
                        Strings::tr("`%1` contains lowercase letters; environment variables are "
                                    "upper case by convention (%2)")
                            .arg(secret.key, secret.key.toUpper())));
        if (secret.description.trimmed().isEmpty())
            found.append(
                warning(manifest, secret.line, secret.column,
                        Strings::tr("`%1` has no description; say what it is for and where to "
                                    "get it, users see it when they set it")
                            .arg(secret.key)));
        if (envNames.contains(secret.key))
            found.append(
                warning(manifest, secret.line, secret.column,
                        Strings::tr("`%1` is declared both in `env` and in `secrets`; the secret's "
                                    "value is the one the app gets")
                            .arg(secret.key)));
    }
    manifest.diagnostics += found;
}

} // namespace latchkey
