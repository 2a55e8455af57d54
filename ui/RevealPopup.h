#pragma once

#include <QFrame>

#include <chrono>

class QLabel;
class QScrollArea;
class QTimer;

namespace latchkey {

class ValueView;

// Shows one secret's value beside its row for a few seconds, in a fixed-width
// font and without wrapping (a PEM key keeps its shape), then hides it by
// itself. Clicking elsewhere or Escape hides it sooner. It is the one owner of
// reveal -> conceal: the value lives only in its own buffers while it is on
// screen and is wiped when it goes (core/Wipe.h). The tables never show a
// value, so revealing never re-lays them out.
class RevealPopup : public QFrame {
    Q_OBJECT
public:
    explicit RevealPopup(QWidget* parent = nullptr);
    ~RevealPopup() override;

    // Shows `value` next to `anchor` (global coordinates, e.g. the row).
    void reveal(const QString& key, const QString& value, const QRect& anchor,
                std::chrono::milliseconds duration);
    QString revealedKey() const { return m_key; }
    int secondsLeft() const;
    // What is on screen, line by line (for tests; empty once concealed).
    QString shownText() const;

public slots:
    void conceal();

signals:
    void concealed(const QString& key);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void updateCountdown();

    QLabel* m_title;
    QScrollArea* m_scroll;
    ValueView* m_view;
    QLabel* m_countdown;
    QTimer* m_timer;
    QTimer* m_tick;
    QString m_key;
};

} // namespace latchkey
