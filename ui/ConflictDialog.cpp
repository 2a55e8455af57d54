#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace latchkey {

namespace {

QString describe(const ConflictSide& side)
{
    if (side.deleted)
        return ConflictDialog::tr("deleted");
    QString text = side.masked.isEmpty() ? side.problem : side.masked;
    QStringList who;
    if (!side.updatedBy.isEmpty())
        who << side.updatedBy;
    if (side.updated.isValid())
        who << QLocale().toString(side.updated.toLocalTime(), QLocale::ShortFormat);
    if (!who.isEmpty())
        text += QStringLiteral(" (%1)").arg(who.join(ConflictDialog::tr(", ")));
    return text;
}

} // namespace

ConflictDialog::ConflictDialog(const QString& vault, const QList<SyncConflict>& conflicts,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on Both Sides — %1").arg(vault));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("These secrets were changed in this copy of vault \"%1\" and on the remote. Both "
           "versions are kept until you choose one for each; nothing is lost.")
            .arg(vault),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* list = new QWidget(this);
    auto* rows = new QVBoxLayout(list);
    for (const SyncConflict& c : conflicts) {
        auto* box = new QGroupBox(tr("%1 changed here and on the remote").arg(c.key), list);
        box->setObjectName(QStringLiteral("conflict_") + c.key);
        auto* options = new QVBoxLayout(box);
        auto* group = new QButtonGroup(box);
        auto* mine = new QRadioButton(tr("Keep &mine: %1").arg(describe(c.mine)), box);
        auto* theirs = new QRadioButton(tr("Keep &theirs: %1").arg(describe(c.theirs)), box);
        mine->setObjectName(QStringLiteral("mine"));
        theirs->setObjectName(QStringLiteral("theirs"));
        group->addButton(mine, static_cast<int>(Keep::Mine));
        group->addButton(theirs, static_cast<int>(Keep::Theirs));
        options->addWidget(mine);
        options->addWidget(theirs);
        connect(group, &QButtonGroup::idClicked, this, [this] { update(); });
        m_groups.insert(c.key, group);
        rows->addWidget(box);
    }
    rows->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Keep the Chosen Versions"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    update();
}

void ConflictDialog::choose(const QString& key, Keep keep)
{
    if (QButtonGroup* group = m_groups.value(key))
        group->button(static_cast<int>(keep))->setChecked(true);
    update();
}

bool ConflictDialog::complete() const
{
    for (const QButtonGroup* group : m_groups)
        if (group->checkedId() < 0)
            return false;
    return true;
}

SyncChoices ConflictDialog::choices() const
{
    SyncChoices choices;
    for (auto it = m_groups.constBegin(); it != m_groups.constEnd(); ++it)
        if (it.value()->checkedId() >= 0)
            choices.keys.insert(it.key(), static_cast<Keep>(it.value()->checkedId()));
    return choices;
}

void ConflictDialog::update()
{
    m_ok->setEnabled(complete());
}

} // namespace latchkey
