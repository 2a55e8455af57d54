#include "KeyCatalog.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "KeyCatalog" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(KeyCatalog)
};

QList<KnownKey> buildCatalog()
{
    auto l = [](std::initializer_list<const char*> items) {
        QStringList list;
        for (const char* item : items)
            list << QString::fromLatin1(item);
        return list;
    };
    // Formats as the services document them; prefixes are the stable part.
    return {
        {l({"OPENAI_API_KEY"}), Strings::tr("OpenAI"), l({"sk-"}), 20, 0,
         Strings::tr("starts with \"sk-\"")},
        {l({"ANTHROPIC_API_KEY"}), Strings::tr("Anthropic"), l({"sk-ant-"}), 20, 0,
         Strings::tr("starts with \"sk-ant-\"")},
        {l({"HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN"}),
         Strings::tr("Hugging Face"), l({"hf_"}), 20, 0, Strings::tr("starts with \"hf_\"")},
        {l({"REPLICATE_API_TOKEN"}), Strings::tr("Replicate"), l({"r8_"}), 20, 0,
         Strings::tr("starts with \"r8_\"")},
        {l({"AWS_ACCESS_KEY_ID"}), Strings::tr("Amazon Web Services"), l({"AKIA", "ASIA"}), 0, 20,
         Strings::tr("is 20 characters starting with \"AKIA\" or \"ASIA\"")},
        {l({"AWS_SECRET_ACCESS_KEY"}),
         Strings::tr("Amazon Web Services"),
         {},
         0,
         40,
         Strings::tr("is 40 characters long")},
        {l({"STRIPE_SECRET_KEY", "STRIPE_API_KEY"}), Strings::tr("Stripe"),
         l({"sk_live_", "sk_test_", "rk_live_", "rk_test_"}), 20, 0,
         Strings::tr("starts with \"sk_live_\", \"sk_test_\" or a restricted \"rk_\" prefix")},
        {l({"GITHUB_TOKEN", "GH_TOKEN"}), Strings::tr("GitHub"),
         l({"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"}), 20, 0,
         Strings::tr("starts with \"ghp_\", \"github_pat_\" or another \"gh…_\" prefix")},
        {l({"GROQ_API_KEY"}), Strings::tr("Groq"), l({"gsk_"}), 20, 0,
         Strings::tr("starts with \"gsk_\"")},
        {l({"GOOGLE_API_KEY", "GEMINI_API_KEY"}), Strings::tr("Google AI"), l({"AIza"}), 30, 0,
         Strings::tr("starts with \"AIza\"")},
        {l({"MISTRAL_API_KEY"}),
         Strings::tr("Mistral AI"),
         {},
         20,
         0,
         Strings::tr("is a long random string")},
        {l({"COHERE_API_KEY"}),
         Strings::tr("Cohere"),
         {},
         20,
         0,
         Strings::tr("is a long random string")},
        {l({"SLACK_BOT_TOKEN"}), Strings::tr("Slack"), l({"xoxb-"}), 20, 0,
         Strings::tr("starts with \"xoxb-\"")},
        {l({"SENDGRID_API_KEY"}), Strings::tr("SendGrid"), l({"SG."}), 20, 0,
         Strings::tr("starts with \"SG.\"")},
        {l({"DATABASE_URL"}), Strings::tr("a database"),
         l({"postgres://", "postgresql://", "mysql://", "sqlite:", "mongodb://", "mongodb+srv://",
            "redis://"}),
         0, 0, Strings::tr("is a connection URL such as \"postgresql://…\""), false},
    };
}
} // namespace

const QList<KnownKey>& KeyCatalog::entries()
{
    static const QList<KnownKey> catalog = buildCatalog();
    return catalog;
}

const KnownKey* KeyCatalog::find(const QString& key)
{
    for (const KnownKey& entry : entries())
        if (entry.keys.contains(key))
            return &entry;
    return nullptr;
}

QString KeyCatalog::describe(const QString& key)
{
    const KnownKey* entry = find(key);
    if (!entry)
        return {};
    return Strings::tr("%1 is used by %2; its value usually %3.")
        .arg(key, entry->service, entry->expected);
}

QString KeyCatalog::valueWarning(const QString& key, const QString& value)
{
    const KnownKey* entry = find(key);
    if (!entry || value.isEmpty())
        return {};
    const QString trimmed = value.trimmed();
    if (trimmed != value)
        return Strings::tr(
                   "The value starts or ends with spaces or line breaks; %1 values usually do not.")
            .arg(entry->service);
    bool prefixOk = entry->prefixes.isEmpty();
    for (const QString& prefix : entry->prefixes)
        prefixOk = prefixOk || value.startsWith(prefix);
    const bool lengthOk = (entry->minLength == 0 || value.size() >= entry->minLength) &&
                          (entry->exactLength == 0 || value.size() == entry->exactLength);
    if (prefixOk && lengthOk)
        return {};
    return Strings::tr(
               "This value does not look like a value for %1 from %2: such a value usually %3. "
               "You can still save it.")
        .arg(key, entry->service, entry->expected);
}

GenerationAdvice KeyCatalog::generationAdvice(const QString& key)
{
    if (const KnownKey* entry = find(key)) {
        if (!entry->issued)
            return {true, Strings::tr("%1 is not a random value: it usually %2; store it with "
                                      "`latchkey-cli set %1`.")
                              .arg(key, entry->expected)};
        return {true,
                Strings::tr("%1 is issued by %2: create it there and store it with `latchkey-cli "
                            "set %1`; Latchkey does not generate it.")
                    .arg(key, entry->service)};
    }
    for (const char* suffix : {"_API_KEY", "_ACCESS_KEY_ID", "_ACCESS_TOKEN"})
        if (key.endsWith(QLatin1String(suffix)))
            return {false, Strings::tr(
                               "%1 looks like a key a service issues; a generated value only works "
                               "where you choose the value yourself.")
                               .arg(key)};
    return {};
}

} // namespace latchkey
