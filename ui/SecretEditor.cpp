#include "SecretEditor.h"

#include "GeneratorRow.h"
#include "HiddenValueBox.h"
#include "HistorySection.h"
#include "KeyCatalog.h"
#include "SecretName.h"
#include "SecretValue.h"
#include "Session.h"
#include "Vault.h"
#include "VaultModel.h"
#include "Wipe.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

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

SecretEditor::SecretEditor(Session* session, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Edit ? tr("Edit Secret") : tr("Add Secret"));
    setObjectName(QStringLiteral("secretEditor"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("e.g. OPENAI_API_KEY"));
    m_key->setMaxLength(kMaxSecretNameLength + 1);
    m_keyReason = noteLabel(this, "keyReason");
    m_service = noteLabel(this, "serviceLabel");

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setEchoMode(QLineEdit::Password);
    // The default (32,767) would cut a long value silently; one character
    // more than the limit lets validate() say why it is too long.
    m_value->setMaxLength(int(kMaxSecretValueBytes) + 1);
    m_value->setPlaceholderText(mode == Mode::Edit ? tr("Leave empty to keep the current value")
                                                   : tr("The secret value"));
    m_multi = new QPlainTextEdit(this);
    m_multi->setObjectName(QStringLiteral("multiLineEdit"));
    m_multi->setTabChangesFocus(true);
    m_multi->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setStyleHint(QFont::TypeWriter);
    fixed.setFixedPitch(true);
    m_multi->setFont(fixed);
    m_multi->setPlaceholderText(tr("Paste a multi-line value, e.g. a PEM private key"));
    m_multiHidden = new HiddenValueBox(this);
    m_valuePages = new QStackedWidget(this);
    m_valuePages->addWidget(m_value);
    m_valuePages->addWidget(m_multi);
    m_valuePages->addWidget(m_multiHidden);

    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setCheckable(true);
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

    // A value from the OS CSPRNG, for secrets you own (GeneratorRow.h).
    m_generator = new GeneratorRow(this);
    connect(m_generator, &GeneratorRow::generateRequested, this, &SecretEditor::generate);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What it is for (optional)"));

    m_error = noteLabel(this, "errorLabel");
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_keyReason->setPalette(errorPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecretEditor::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_keyReason);
    form->addRow(QString(), m_service);
    form->addRow(tr("&Value:"), valueRow);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_generator);
    form->addRow(tr("&Description:"), m_description);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(valueRow)))
        label->setBuddy(m_value);
    // Earlier values, for an existing secret only (filled in by setKey).
    m_history = new HistorySection(session, this);
    connect(m_history, &HistorySection::restored, this, &SecretEditor::versionRestored);
    connect(m_history, &HistorySection::failed, this, &SecretEditor::storeError);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_history);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_key, m_value);
    setTabOrder(m_value, m_multi);
    setTabOrder(m_multi, m_multiHidden);
    setTabOrder(m_multiHidden, m_show);
    setTabOrder(m_show, m_multiToggle);
    setTabOrder(m_multiToggle, m_generator->firstInTabOrder());
    setTabOrder(m_generator->lastInTabOrder(), m_description);
    QWidget* previous = m_description;
    for (QWidget* next : m_history->tabOrder())
        setTabOrder(std::exchange(previous, next), next);
    setTabOrder(previous, m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, &SecretEditor::validate);
    connect(m_key, &QLineEdit::textChanged, m_generator, &GeneratorRow::setKey);
    connect(m_value, &QLineEdit::textChanged, this, [this](const QString& text) {
        // A pasted PEM key or certificate lands in one line: give it its lines.
        if (text.contains(QLatin1Char('\n')))
            return setMultiLine(true);
        validate();
    });
    connect(m_multi, &QPlainTextEdit::textChanged, this, &SecretEditor::validate);
    connect(m_show, &QToolButton::toggled, this, &SecretEditor::updateValueWidgets);
    connect(m_multiToggle, &QToolButton::toggled, this, &SecretEditor::setMultiLine);
    connect(m_multiHidden, &HiddenValueBox::pasteRequested, this, [this] {
        m_multi->setPlainText(QApplication::clipboard()->text());
        updateValueWidgets();
    });
    connect(m_multiHidden, &HiddenValueBox::clearRequested, this, [this] {
        m_multi->clear();
        updateValueWidgets();
    });
    // The value field never holds the X PRIMARY selection: a middle click
    // elsewhere must not paste a secret, during or after the dialog.
    if (QClipboard* clipboard = QApplication::clipboard(); clipboard->supportsSelection())
        connect(clipboard, &QClipboard::selectionChanged, this, [this] {
            // Ours, and what a value field has selected (not, say, the description).
            QClipboard* clipboard = QApplication::clipboard();
            if (!clipboard->ownsSelection())
                return;
            QString primary = clipboard->text(QClipboard::Selection);
            QString multi = m_multi->textCursor().selectedText();
            multi.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
            const bool fromValue =
                !primary.isEmpty() &&
                ((m_value->echoMode() == QLineEdit::Normal && m_value->selectedText() == primary) ||
                 multi == primary);
            latchkey::wipe(primary);
            latchkey::wipe(multi);
            // Dropped from the event loop, not from inside the clipboard's own signal.
            if (fromValue)
                QMetaObject::invokeMethod(this, &SecretEditor::dropPrimarySelection,
                                          Qt::QueuedConnection);
        });
    if (m_session)
        connect(m_session, &Session::secretsChanged, this, &SecretEditor::validate);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateValueWidgets();
    validate();
}

SecretEditor::~SecretEditor()
{
    wipe();
}

int SecretEditor::lineCount(const QString& value)
{
    if (value.isEmpty())
        return 0;
    return int(value.count(QLatin1Char('\n'))) + (value.endsWith(QLatin1Char('\n')) ? 0 : 1);
}

void SecretEditor::setKey(const QString& key, bool fixed)
{
    m_key->setText(key);
    m_key->setReadOnly(fixed);
    if (fixed) {
        m_value->setFocus();
        const SecretInfo* info =
            m_mode == Mode::Edit && m_session ? m_session->secrets()->find(key) : nullptr;
        if (info) {
            setDescription(info->description);
            m_history->setKey(key);
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

void SecretEditor::setMultiLine(bool on)
{
    // Carry the text across, hidden as it was; a multi-line value cannot go
    // back to one line.
    if (on != m_multiToggle->isChecked()) {
        const QSignalBlocker blocker(m_multiToggle);
        m_multiToggle->setChecked(on);
    }
    if (on && !m_value->text().isEmpty()) {
        m_multi->setPlainText(m_value->text());
        m_value->setText(QString()); // also drops its undo history
    } else if (!on && !m_multi->toPlainText().isEmpty()) {
        m_value->setText(m_multi->toPlainText());
        m_multi->clear();
    }
    updateValueWidgets();
    validate();
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
        // summarised instead of drawn; it still takes a paste.
        const int lines = lineCount(m_multi->toPlainText());
        m_multiHidden->setText(
            lines == 0
                ? (m_mode == Mode::Edit
                       ? tr("Hidden. Paste (Ctrl+V) a new value to replace the current one, or "
                            "press Show to type it.")
                       : tr("Hidden. Paste (Ctrl+V) the value here, or press Show to type it."))
                : tr("Multi-line value, hidden (lines: %1). Paste to replace it, Delete to "
                     "clear it, Show to see it.")
                      .arg(lines));
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

    const bool exists =
        m_session && keyReason.isEmpty() && !key.isEmpty() && m_session->secrets()->contains(key);
    QString notes = KeyCatalog::describe(key);
    if (m_mode == Mode::Add && exists)
        notes = (notes.isEmpty() ? QString() : notes + QLatin1Char('\n')) +
                tr("A secret named %1 already exists; saving replaces its value.").arg(key);
    if (m_mode == Mode::AddMissing && exists)
        notes = (notes.isEmpty() ? QString() : notes + QLatin1Char('\n')) +
                tr("%1 is in the vault now; it is not changed from here.").arg(key);
    m_service->setText(notes);
    m_service->setVisible(!notes.isEmpty());

    const QString valueError = v.isEmpty() ? QString() : secretValueError(v);
    const QString warning = valueError.isEmpty()
                                ? KeyCatalog::valueWarning(key, v)
                                : tr("This value cannot be stored: %1.").arg(valueError);
    m_hint->setText(warning);
    m_hint->setVisible(!warning.isEmpty());

    const bool valueOk = valueError.isEmpty() && (m_mode == Mode::Edit || !v.isEmpty());
    const bool valid =
        !key.isEmpty() && keyReason.isEmpty() && valueOk && !(m_mode == Mode::AddMissing && exists);
    m_save->setEnabled(valid && !m_saving && m_session && m_session->vault());
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
    m_save->setText(busy ? tr("Saving\u2026") : tr("&Save"));
    validate();
}

void SecretEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    growToFit();
}

void SecretEditor::accept()
{
    if (m_saving || !m_save->isEnabled() || !m_session || !m_session->vault())
        return;
    Vault* vault = m_session->vault();
    const QString key = m_key->text();
    const QString description = m_description->text();
    m_error->hide();
    QPointer<SecretEditor> self(this);
    if (m_mode == Mode::Edit && value().isEmpty()) {
        // Only the description changed: metadata, no keychain round trip.
        if (description == m_originalDescription) {
            emit saved(key);
            QDialog::accept();
            return;
        }
        setBusy(true);
        vault->setDescription(key, description, this, [self, key](const Error& error) {
            if (!self)
                return;
            self->setBusy(false);
            if (error)
                return self->showError(error.message);
            emit self->saved(key);
            self->QDialog::accept();
        });
        return;
    }
    setBusy(true);
    QString v = value();
    vault->set(key, v, description, this, [self, key](const Error& error) {
        if (!self)
            return;
        self->setBusy(false);
        if (error) {
            // Keep the dialog and everything typed; say what went wrong.
            self->showError(tr("Not saved: %1").arg(error.message));
            emit self->storeError(error);
            return;
        }
        self->wipe();
        emit self->saved(key);
        self->QDialog::accept();
    });
    latchkey::wipe(v); // the vault keeps what it needs; this copy is done
}

void SecretEditor::reject()
{
    wipe();
    QDialog::reject();
}

void SecretEditor::closeEvent(QCloseEvent* event)
{
    wipe();
    QDialog::closeEvent(event);
}

void SecretEditor::dropPrimarySelection()
{
    if (!QApplication::clipboard()->ownsSelection())
        return;
    m_tookSelection = true;
    QApplication::clipboard()->clear(QClipboard::Selection);
}

void SecretEditor::wipe()
{
    // Take each buffer that held the value from its widget, then wipe it:
    // setText() with nothing also drops QLineEdit's undo history, and a
    // document without undo keeps no removed text.
    QString single = m_value->text();
    m_value->setText(QString());
    latchkey::wipe(single);
    QString multi = m_multi->toPlainText();
    m_multi->setUndoRedoEnabled(false);
    m_multi->clear();
    m_multi->setUndoRedoEnabled(true);
    latchkey::wipe(multi);
    if (QClipboard* clipboard = QApplication::clipboard();
        m_tookSelection && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}

void SecretEditor::generate()
{
    QString value = m_generator->generate();
    if (value.isEmpty())
        return;
    if (m_multiToggle->isChecked()) {
        // The generated value replaces what was typed: nothing is carried
        // across to the one-line field, and the old text is wiped.
        QString old = m_multi->toPlainText();
        m_multi->setUndoRedoEnabled(false);
        m_multi->clear();
        m_multi->setUndoRedoEnabled(true);
        latchkey::wipe(old);
        setMultiLine(false);
    }
    m_value->setText(value);
    latchkey::wipe(value);
}

} // namespace latchkey
