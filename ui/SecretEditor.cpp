#include "SecretEditor.h"

#include "KeyCatalog.h"
#include "SecretGenerator.h"
#include "SecretName.h"
#include "SecretValue.h"
#include "Vault.h"
#include "Wipe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace latchkey {

namespace {
QLabel* noteLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}
} // namespace

SecretEditor::SecretEditor(Vault* vault, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Add ? tr("Add Secret") : tr("Edit Secret"));
    setObjectName(QStringLiteral("secretEditor"));

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    m_key->setMaxLength(kMaxSecretNameLength + 1);
    m_keyReason = noteLabel(this, "keyReason");
    m_service = noteLabel(this, "serviceLabel");

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(mode == Mode::Add ? tr("The secret value")
                                                  : tr("Leave empty to keep the current value"));
    m_multi = new QPlainTextEdit(this);
    m_multi->setObjectName(QStringLiteral("multiLineEdit"));
    m_multi->setTabChangesFocus(true);
    m_multi->setPlaceholderText(tr("Paste a multi-line value, e.g. a PEM private key"));
    m_multiHidden = new QLabel(this);
    m_multiHidden->setWordWrap(true);
    m_multiHidden->setAlignment(Qt::AlignCenter);
    m_multiHidden->setFrameShape(QFrame::StyledPanel);
    m_valuePages = new QStackedWidget(this);
    m_valuePages->addWidget(m_value);
    m_valuePages->addWidget(m_multi);
    m_valuePages->addWidget(m_multiHidden);

    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setCheckable(true);
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Show or hide the value as you type it"));
    m_multiToggle = new QToolButton(this);
    m_multiToggle->setObjectName(QStringLiteral("multiLineButton"));
    m_multiToggle->setCheckable(true);
    m_multiToggle->setText(tr("Multi-line"));
    m_multiToggle->setToolTip(tr("Allow line breaks, for values such as PEM keys"));
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valuePages, 1);
    valueRow->addWidget(m_show, 0, Qt::AlignTop);
    valueRow->addWidget(m_multiToggle, 0, Qt::AlignTop);
    m_hint = noteLabel(this, "valueHint");

    // A value from the OS CSPRNG (SecretGenerator), for secrets you own.
    m_generate = new QToolButton(this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setText(tr("&Generate"));
    m_generateLength = new QSpinBox(this);
    m_generateLength->setObjectName(QStringLiteral("generateLength"));
    m_generateLength->setRange(SecretGenerator::kMinLength, SecretGenerator::kMaxLength);
    m_generateLength->setValue(SecretGenerator::kDefaultLength);
    m_generateLength->setSuffix(tr(" characters"));
    m_generateCharset = new QComboBox(this);
    m_generateCharset->setObjectName(QStringLiteral("generateCharset"));
    m_generateCharset->addItems(SecretGenerator::charsetNames());
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate);
    generateRow->addWidget(m_generateLength);
    generateRow->addWidget(m_generateCharset);
    generateRow->addStretch();
    connect(m_generate, &QToolButton::clicked, this, &SecretEditor::generate);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What it is for (optional)"));

    m_error = noteLabel(this, "errorLabel");
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    QPalette warnPalette = m_keyReason->palette();
    m_keyReason->setPalette(errorPalette);
    m_hint->setPalette(warnPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecretEditor::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_keyReason);
    form->addRow(QString(), m_service);
    form->addRow(tr("&Value:"), valueRow);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), generateRow);
    form->addRow(tr("&Description:"), m_description);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(valueRow)))
        label->setBuddy(m_value);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_key, m_value);
    setTabOrder(m_value, m_multi);
    setTabOrder(m_multi, m_show);
    setTabOrder(m_show, m_multiToggle);
    setTabOrder(m_multiToggle, m_description);
    setTabOrder(m_description, m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, &SecretEditor::validate);
    connect(m_key, &QLineEdit::textChanged, this, &SecretEditor::updateGenerate);
    updateGenerate();
    connect(m_value, &QLineEdit::textChanged, this, &SecretEditor::validate);
    connect(m_multi, &QPlainTextEdit::textChanged, this, &SecretEditor::validate);
    connect(m_show, &QToolButton::toggled, this, &SecretEditor::updateValueWidgets);
    connect(m_multiToggle, &QToolButton::toggled, this, [this](bool on) {
        // Carry the text across; a multi-line value cannot go back to one line.
        if (on)
            m_multi->setPlainText(m_value->text());
        else
            m_value->setText(m_multi->toPlainText());
        updateValueWidgets();
    });
    if (m_mode == Mode::Add && m_vault) {
        connect(m_vault, &Vault::changed, this, [this] {
            loadExistingKeys();
            validate();
        });
        loadExistingKeys();
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateValueWidgets();
    validate();
}

void SecretEditor::loadExistingKeys()
{
    m_existingKeys.clear();
    for (const SecretInfo& info : m_vault->list().entries)
        m_existingKeys.insert(info.key);
}

SecretEditor::~SecretEditor()
{
    wipe();
}

void SecretEditor::setKey(const QString& key, bool fixed)
{
    m_key->setText(key);
    m_key->setReadOnly(fixed);
    if (fixed) {
        m_value->setFocus();
        if (m_mode == Mode::Edit && m_vault) {
            const VaultIndex::Snapshot snapshot = m_vault->list();
            if (const auto at = VaultIndex::find(snapshot.entries, key))
                setDescription(snapshot.entries.at(*at).description);
        }
    }
    validate();
}

void SecretEditor::setDescription(const QString& description)
{
    m_description->setText(description);
    if (m_mode == Mode::Edit)
        m_originalDescription = description;
}

QString SecretEditor::key() const
{
    return m_key->text();
}

QString SecretEditor::value() const
{
    return m_multiToggle->isChecked() ? m_multi->toPlainText() : m_value->text();
}

void SecretEditor::updateValueWidgets()
{
    const bool shown = m_show->isChecked();
    const bool multi = m_multiToggle->isChecked();
    m_show->setText(shown ? tr("Hide") : tr("Show"));
    m_value->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    if (!multi) {
        m_valuePages->setCurrentWidget(m_value);
    } else if (shown) {
        m_valuePages->setCurrentWidget(m_multi);
    } else {
        // A text box cannot echo bullets, so a hidden multi-line value is
        // summarised instead of drawn.
        const int lines = m_multi->toPlainText().isEmpty() ? 0 : m_multi->blockCount();
        m_multiHidden->setText(
            lines == 0 ? tr("Multi-line value (hidden). Press Show to type or paste it.")
                       : tr("Multi-line value of %n line(s), hidden. Press Show to see "
                            "or edit it.",
                            nullptr, lines));
        m_valuePages->setCurrentWidget(m_multiHidden);
    }
    // A stack is as tall as its tallest page; only the shown page may ask
    // for room, so the one-line field stays one line high.
    for (int i = 0; i < m_valuePages->count(); ++i) {
        QWidget* page = m_valuePages->widget(i);
        const bool current = page == m_valuePages->currentWidget();
        page->setSizePolicy(QSizePolicy::Preferred,
                            current
                                ? (page == m_multi ? QSizePolicy::Expanding : QSizePolicy::Fixed)
                                : QSizePolicy::Ignored);
    }
    m_valuePages->updateGeometry();
    growToFit();
    m_multiToggle->setEnabled(!(multi && m_multi->toPlainText().contains(QLatin1Char('\n'))));
}

void SecretEditor::validate()
{
    const QString key = m_key->text();
    const QString v = value();
    QString keyReason;
    if (!key.isEmpty())
        keyReason = secretNameError(key);
    m_keyReason->setText(keyReason.isEmpty() ? QString() : tr("Invalid key: %1.").arg(keyReason));
    m_keyReason->setVisible(!keyReason.isEmpty());

    QString notes = KeyCatalog::describe(key);
    if (m_mode == Mode::Add && keyReason.isEmpty() && !key.isEmpty() && !m_key->isReadOnly() &&
        m_existingKeys.contains(key))
        notes = (notes.isEmpty() ? QString() : notes + QLatin1Char('\n')) +
                tr("A secret named %1 already exists; saving replaces its value.").arg(key);
    m_service->setText(notes);
    m_service->setVisible(!notes.isEmpty());

    const QString valueError = v.isEmpty() ? QString() : secretValueError(v);
    const QString warning = valueError.isEmpty()
                                ? KeyCatalog::valueWarning(key, v)
                                : tr("This value cannot be stored: %1.").arg(valueError);
    m_hint->setText(warning);
    m_hint->setVisible(!warning.isEmpty());

    const bool valueOk = valueError.isEmpty() && (m_mode == Mode::Edit || !v.isEmpty());
    const bool valid = !key.isEmpty() && keyReason.isEmpty() && valueOk;
    m_save->setEnabled(valid && !m_saving && m_vault);
    m_save->setToolTip(valid                  ? QString()
                       : key.isEmpty()        ? tr("Enter a key first.")
                       : !keyReason.isEmpty() ? m_keyReason->text()
                                              : tr("Enter a value."));
    if (m_multiToggle->isChecked() && !m_show->isChecked())
        updateValueWidgets();
    growToFit();
}

void SecretEditor::growToFit()
{
    // Notes appear as the user types; make room rather than squeeze them.
    if (!isVisible() || !layout())
        return;
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SecretEditor::setBusy(bool busy)
{
    m_saving = busy;
    m_key->setEnabled(!busy);
    m_valuePages->setEnabled(!busy);
    m_description->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("&Save"));
    validate();
}

void SecretEditor::accept()
{
    if (m_saving || !m_save->isEnabled() || !m_vault)
        return;
    const QString key = m_key->text();
    const QString v = value();
    const QString description = m_description->text();
    m_error->hide();
    if (m_mode == Mode::Edit && v.isEmpty()) {
        // Only the description changed: metadata, no keychain round trip.
        if (description == m_originalDescription) {
            emit saved(key);
            QDialog::accept();
            return;
        }
        setBusy(true);
        QPointer<SecretEditor> self(this);
        m_vault->setDescription(key, description, this, [self, key](const Error& error) {
            if (!self)
                return;
            self->setBusy(false);
            if (error) {
                self->m_error->setText(error.message);
                self->m_error->show();
                return;
            }
            emit self->saved(key);
            self->QDialog::accept();
        });
        return;
    }
    setBusy(true);
    QPointer<SecretEditor> self(this);
    m_vault->set(key, v, description, this, [self, key](const Error& error) {
        if (!self)
            return;
        self->setBusy(false);
        if (error) {
            // Keep the dialog and everything typed; say what went wrong.
            self->m_error->setText(tr("Not saved: %1").arg(error.message));
            self->m_error->show();
            emit self->storeError(error);
            return;
        }
        self->wipe();
        emit self->saved(key);
        self->QDialog::accept();
    });
}

void SecretEditor::reject()
{
    wipe();
    QDialog::reject();
}

void SecretEditor::wipe()
{
    // QLineEdit keeps no undo history in password mode; clear both editors.
    m_value->clear();
    m_multi->clear();
}

void SecretEditor::updateGenerate()
{
    // Never offer to generate a key a service issues (KeyCatalog.h).
    const GenerationAdvice advice = KeyCatalog::generationAdvice(m_key->text().trimmed());
    m_generate->setEnabled(!advice.refuse);
    m_generate->setToolTip(advice.text.isEmpty()
                               ? tr("Fill in a random value from the system's secure random "
                                    "generator, of the length and characters chosen beside")
                               : advice.text);
}

void SecretEditor::generate()
{
    if (!m_generate->isEnabled())
        return;
    const auto charset = SecretGenerator::charsetFrom(m_generateCharset->currentText());
    if (!charset)
        return;
    if (m_multiToggle->isChecked())
        m_multiToggle->click();
    QString value = SecretGenerator::generate(m_generateLength->value(), *charset);
    m_value->setText(value);
    latchkey::wipe(value);
}

} // namespace latchkey
