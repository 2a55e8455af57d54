#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace latchkey {

// Well-known secret names and what their values usually look like. One place,
// as data, so the editor's hints and any future check agree. A mismatch is a
// warning only: services change their formats, and a person may know better.
struct KnownKey {
    QStringList keys;     // e.g. HF_TOKEN and HUGGINGFACE_TOKEN share one entry
    QString service;      // "OpenAI"
    QStringList prefixes; // a value should start with one of these (empty: any)
    int minLength = 0;    // a value shorter than this is suspicious (0: no check)
    int exactLength = 0;  // a value of another length is suspicious (0: no check)
    QString expected;     // how such a value looks, for the warning ("starts with sk-")
    bool issued = true;   // the service issues the value (false: a value composed by hand)
};

// Whether Latchkey may generate a value for a key (SecretGenerator).
struct GenerationAdvice {
    bool refuse = false; // the value comes from a service (or is a URL): never generate it
    QString text;        // why, or a warning; empty when generating is the right thing
};

class KeyCatalog {
public:
    static const QList<KnownKey>& entries();
    // The entry for `key` (case-sensitive, as environment variables are), or null.
    static const KnownKey* find(const QString& key);
    // "OPENAI_API_KEY is the OpenAI API key." or an empty string.
    static QString describe(const QString& key);
    // Why `value` does not look like a `key` value, or an empty string. Never
    // quotes the value.
    static QString valueWarning(const QString& key, const QString& value);
    // A key of the catalog is obtained from its service, never generated; a
    // name that looks like a service's key (…_API_KEY, …_ACCESS_KEY_ID) gets
    // a warning. Secrets you own (…_SECRET, …_PASSWORD) get nothing.
    static GenerationAdvice generationAdvice(const QString& key);
};

} // namespace latchkey
