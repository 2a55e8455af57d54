#pragma once

#include <QDialog>

namespace latchkey {

class Session;

// Help ▸ About: the version, the keychain Latchkey talks to right now, the
// licence and where to read more.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const Session* session, QWidget* parent = nullptr);

    // The text shown, for tests.
    QString text() const;

private:
    QString m_text;
};

} // namespace latchkey
