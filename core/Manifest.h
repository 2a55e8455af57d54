#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace latchkey {

// One problem found in a manifest, located for editors and CI:
// "PATH:LINE:COLUMN: error: MESSAGE". Lines and columns count from 1; 0 means
// "the whole file".
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
    // "line 7, column 5: MESSAGE", for people (the GUI, the CLI's report).
    QString located() const;
};

// A secret the app declares (`secrets:` or `requirements: secrets:`).
struct SecretRequirement {
    QString key;
    QString description;
    bool optional =
        false; // required unless it says otherwise (core/README.md, "Manifest contract")
    int line = 0;
    int column = 0;
};

// A connection the platform manages (OAuth or a service account), declared
// under `integrations:` or `credentials:`: shown, never stored, never a
// reason for the local verdict. `google.sheets`, `google.drive`, …
struct Integration {
    QString key;
    QString description;
    bool optional = false;
    int line = 0;
    int column = 0;
};

// What an app's inf.yml declares. A manifest with error diagnostics is
// invalid; its other fields hold whatever could be read.
struct Manifest {
    QString path; // as given, for diagnostics
    QString name;
    QString description;
    QList<SecretRequirement> secrets;
    QList<Integration> integrations;
    QList<Integration> credentials;     // the same shape under another name
    QList<QPair<QString, QString>> env; // in file order
    QList<Diagnostic> diagnostics;

    bool isValid() const;
    QList<Diagnostic> errors() const;
    QList<Diagnostic> warnings() const;
    // The declared secret named `key`, or null.
    const SecretRequirement* secret(const QString& key) const;
};

} // namespace latchkey
