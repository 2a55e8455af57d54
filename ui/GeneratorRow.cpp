#include "GeneratorRow.h"

#include "KeyCatalog.h"
#include "SecretGenerator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace latchkey {

GeneratorRow::GeneratorRow(QWidget* parent)
    : QWidget(parent)
    , m_generate(new QToolButton(this))
    , m_length(new QSpinBox(this))
    , m_charset(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("generatorRow"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setText(tr("&Generate"));
    m_length->setObjectName(QStringLiteral("generateLength"));
    m_length->setRange(SecretGenerator::kMinLength, SecretGenerator::kMaxLength);
    m_length->setValue(SecretGenerator::kDefaultLength);
    m_length->setSuffix(tr(" characters"));
    m_charset->setObjectName(QStringLiteral("generateCharset"));
    m_charset->addItems(SecretGenerator::charsetNames());
    m_hint->setObjectName(QStringLiteral("generateHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->hide();

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_generate);
    controls->addWidget(m_length);
    controls->addWidget(m_charset);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_hint);
    setTabOrder(m_generate, m_length);
    setTabOrder(m_length, m_charset);

    connect(m_generate, &QToolButton::clicked, this, [this] {
        if (canGenerate())
            emit generateRequested();
    });
    setKey(QString());
}

void GeneratorRow::setKey(const QString& key)
{
    // Never offer to generate a key a service issues (core/KeyCatalog.h).
    const GenerationAdvice advice = KeyCatalog::generationAdvice(key.trimmed());
    m_generate->setEnabled(!advice.refuse);
    m_generate->setToolTip(advice.text.isEmpty()
                               ? tr("Fill in a random value from the system's secure random "
                                    "generator, of the length and characters chosen beside")
                               : advice.text);
    m_hint->setText(advice.text);
    m_hint->setVisible(!advice.text.isEmpty());
}

bool GeneratorRow::canGenerate() const
{
    return m_generate->isEnabled();
}

QString GeneratorRow::generate() const
{
    const auto charset = SecretGenerator::charsetFrom(m_charset->currentText());
    if (!canGenerate() || !charset)
        return {};
    return SecretGenerator::generate(m_length->value(), *charset);
}

QWidget* GeneratorRow::firstInTabOrder() const
{
    return m_generate;
}

QWidget* GeneratorRow::lastInTabOrder() const
{
    return m_charset;
}

} // namespace latchkey
