#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace latchkey {

// The editor's generator: a Generate button, the length and the character
// set, and a note that says when the key is one a service issues (then the
// button is off: a generated OPENAI_API_KEY would never work). The value
// comes from the OS CSPRNG (core/SecretGenerator.h); the row never keeps it.
class GeneratorRow : public QWidget {
    Q_OBJECT
public:
    explicit GeneratorRow(QWidget* parent = nullptr);

    // The key the value is for: decides whether generating is offered.
    void setKey(const QString& key);
    bool canGenerate() const;
    // A new random value of the chosen length and characters; empty when
    // generating is not offered. The caller wipes it when done.
    QString generate() const;

    // The first and last widgets of the row, for the editor's tab order.
    QWidget* firstInTabOrder() const;
    QWidget* lastInTabOrder() const;

signals:
    // Generate was pressed (and is enabled).
    void generateRequested();

private:
    QToolButton* m_generate;
    QSpinBox* m_length;
    QComboBox* m_charset;
    QLabel* m_hint;
};

} // namespace latchkey
