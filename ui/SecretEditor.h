#pragma once

#include "Error.h"
#include "Vault.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace latchkey {

// Adds or edits one secret. The key is validated as it is typed, with the
// reason shown; Save stays disabled until the input is valid. Well-known keys
// get a hint about their service and a warning (never a block) when the value
// does not look like one. Saving is asynchronous: the dialog stays open with
// everything typed when the keychain refuses, and closes only once the value
// is really stored.
class SecretEditor : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit };

    SecretEditor(Vault* vault, Mode mode, QWidget* parent = nullptr);
    ~SecretEditor() override;

    Mode mode() const { return m_mode; }
    // Pre-fills the key; `fixed` keeps it from being changed (edit mode, or a
    // key a manifest asks for by name).
    void setKey(const QString& key, bool fixed);
    void setDescription(const QString& description);
    QString key() const;
    bool isSaving() const { return m_saving; }

    // For tests and screenshots.
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* valueEdit() const { return m_value; }
    QPlainTextEdit* multiLineEdit() const { return m_multi; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QPushButton* saveButton() const { return m_save; }
    QToolButton* showButton() const { return m_show; }
    QToolButton* multiLineButton() const { return m_multiToggle; }
    QLabel* keyReasonLabel() const { return m_keyReason; }
    QLabel* hintLabel() const { return m_hint; }
    // The key's service and whether saving replaces an existing secret.
    QLabel* keyNotesLabel() const { return m_service; }
    QLabel* errorLabel() const { return m_error; }
    QToolButton* generateButton() const { return m_generate; }

signals:
    void saved(const QString& key);
    // The keychain refused: the window's banner may want to know.
    void storeError(const latchkey::Error& error);

public slots:
    void accept() override;
    void reject() override;

private:
    QString value() const;
    void validate();
    void updateValueWidgets();
    void setBusy(bool busy);
    void growToFit();
    void wipe();
    void loadExistingKeys();
    void updateGenerate();
    void generate();

    QPointer<Vault> m_vault;
    // Keys already in the vault, for the "saving replaces" note. Kept here
    // and refreshed when the vault changes, so typing never reads the index.
    QSet<QString> m_existingKeys;
    Mode m_mode;
    bool m_saving = false;
    QString m_originalDescription;

    QLineEdit* m_key;
    QLabel* m_keyReason;
    QLabel* m_service;
    QStackedWidget* m_valuePages;
    QLineEdit* m_value;
    QPlainTextEdit* m_multi;
    QLabel* m_multiHidden;
    QToolButton* m_show;
    QToolButton* m_multiToggle;
    QLabel* m_hint;
    QLineEdit* m_description;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QToolButton* m_generate;
    QSpinBox* m_generateLength;
    QComboBox* m_generateCharset;
};

} // namespace latchkey
