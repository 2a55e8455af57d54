#pragma once

#include "TeamSync.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QPushButton;

namespace latchkey {

// "KEY changed here and on the remote": for each such secret, both versions
// (masked, with who changed them and when) and a choice between keeping
// mine and keeping theirs. OK is enabled once every secret has a choice;
// the sync then runs again with choices().
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(const QString& vault, const QList<SyncConflict>& conflicts,
                   QWidget* parent = nullptr);

    SyncChoices choices() const;
    void choose(const QString& key, Keep keep);
    bool complete() const;
    QPushButton* okButton() const { return m_ok; }

private:
    void update();

    QHash<QString, QButtonGroup*> m_groups;
    QPushButton* m_ok = nullptr;
};

} // namespace latchkey
