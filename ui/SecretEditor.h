#pragma once

#include "Error.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace latchkey {

class GeneratorRow;
class HiddenValueBox;
class HistorySection;
class Session;

// Adds or edits one secret. The key is validated as it is typed, with the
// reason shown; Save stays disabled until the input is valid. Well-known keys
// get a hint about their service and a warning (never a block) when the value
// does not look like one. Saving is asynchronous: the dialog stays open with
// everything typed when the keychain refuses, and closes only once the value
// is really stored.
//
// The value: one line with password echo, or several lines (a PEM key) in a
// fixed-width font without wrapping; a multi-line paste switches by itself.
// Hidden, a multi-line value is summarised and still takes a paste, so a
// value can be replaced without ever being shown. Editing never loads the
// old value. The value field never keeps the X PRIMARY selection, and every
// buffer that held the value is cleared when the dialog closes.
class SecretEditor : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        Add,       // a new key, or replacing the value of one (said so)
        Edit,      // an existing key: an empty value keeps the current one
        AddMissing // a key a manifest needs and the vault does not have: never overwrites
    };

    SecretEditor(Session* session, Mode mode, QWidget* parent = nullptr);
    ~SecretEditor() override;

    Mode mode() const { return m_mode; }
    // Pre-fills the key; `fixed` keeps it from being changed (edit mode, or a
    // key a manifest asks for by name).
    void setKey(const QString& key, bool fixed);
    void setDescription(const QString& description);
    QString key() const;
    bool isSaving() const { return m_saving; }
    // How many lines the value has (0 when empty); a final line break ends
    // the last line rather than starting another.
    static int lineCount(const QString& value);

signals:
    void saved(const QString& key);
    // The keychain refused: the window wants to know.
    void storeError(const latchkey::Error& error);
    // An earlier value was made current from the History section.
    void versionRestored(const QString& key, int version);

public slots:
    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QString value() const;
    void validate();
    void updateValueWidgets();
    void setMultiLine(bool on);
    void setBusy(bool busy);
    void growToFit();
    void showError(const QString& message);
    void dropPrimarySelection();
    void wipe();
    void generate();

    QPointer<Session> m_session;
    Mode m_mode;
    bool m_saving = false;
    bool m_tookSelection = false;
    QString m_originalDescription;

    QLineEdit* m_key;
    QLabel* m_keyReason;
    QLabel* m_service;
    QStackedWidget* m_valuePages;
    QLineEdit* m_value;
    QPlainTextEdit* m_multi;
    HiddenValueBox* m_multiHidden;
    QToolButton* m_show;
    QToolButton* m_multiToggle;
    QLabel* m_hint;
    QLineEdit* m_description;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    GeneratorRow* m_generator;
    HistorySection* m_history;
};

} // namespace latchkey
