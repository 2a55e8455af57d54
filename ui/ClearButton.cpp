#include "ClearButton.h"

#include "Icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "ClearButton".
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ClearButton)
};
} // namespace

void addClearButton(QLineEdit* edit)
{
    auto* clear = new QAction(Icons::get(Icons::Clear), Strings::tr("Clear"), edit);
    clear->setObjectName(QStringLiteral("clearText"));
    // Added while visible, then hidden: QLineEdit hides the action's button
    // only when the action changes, not for one that arrives hidden.
    edit->addAction(clear, QLineEdit::TrailingPosition);
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        edit->clear();
        edit->setFocus(Qt::OtherFocusReason);
    });
    auto update = [edit, clear] {
        clear->setVisible(!edit->text().isEmpty() && !edit->isReadOnly());
    };
    QObject::connect(edit, &QLineEdit::textChanged, clear, update);
    update();
}

} // namespace latchkey
