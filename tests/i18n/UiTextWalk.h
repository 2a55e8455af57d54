// SPDX-License-Identifier: MIT
#pragma once

// Every text a user can read on a widget and below it, with where it is: for
// the German UI suites, which check each one with EnglishText.h.
#include "EnglishText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextEdit>

namespace i18ntest {

// Every text a user can read on `root` and below, with where it is.
class TextWalk {
public:
    QList<QPair<QString, QString>> texts; // where, text

    void widget(QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            const QString at = where(w);
            if (w->isWindow())
                add(at + QStringLiteral(" windowTitle"), w->windowTitle());
            add(at + QStringLiteral(" toolTip"), w->toolTip());
            add(at + QStringLiteral(" statusTip"), w->statusTip());
            add(at + QStringLiteral(" whatsThis"), w->whatsThis());
            if (auto* label = qobject_cast<QLabel*>(w))
                add(at, label->text());
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(at, button->text());
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                add(at + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto* edit = qobject_cast<QTextEdit*>(w)) {
                add(at + QStringLiteral(" placeholder"), edit->placeholderText());
                if (edit->isReadOnly())
                    add(at, edit->toPlainText());
            }
            if (auto* group = qobject_cast<QGroupBox*>(w))
                add(at, group->title());
            if (auto* spin = qobject_cast<QSpinBox*>(w)) {
                add(at + QStringLiteral(" suffix"), spin->suffix());
                add(at + QStringLiteral(" special"), spin->specialValueText());
            }
            if (auto* combo = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < combo->count(); ++i)
                    add(at + QStringLiteral(" item"), combo->itemText(i));
            if (auto* tabs = qobject_cast<QTabWidget*>(w))
                for (int i = 0; i < tabs->count(); ++i) {
                    add(at + QStringLiteral(" tab"), tabs->tabText(i));
                    add(at + QStringLiteral(" tab toolTip"), tabs->tabToolTip(i));
                }
            if (auto* menu = qobject_cast<QMenu*>(w))
                add(at + QStringLiteral(" title"), menu->title());
            if (auto* view = qobject_cast<QAbstractItemView*>(w))
                model(at, view->model());
            for (QAction* action : w->actions())
                this->action(at, action);
        }
    }

    void action(const QString& at, QAction* action)
    {
        const QString here = at + QStringLiteral(" action ") + action->objectName();
        add(here, action->text());
        add(here + QStringLiteral(" toolTip"), action->toolTip());
        add(here + QStringLiteral(" statusTip"), action->statusTip());
        if (QMenu* menu = action->menu()) {
            add(here + QStringLiteral(" menu"), menu->title());
            for (QAction* inner : menu->actions())
                this->action(here, inner);
        }
    }

    void model(const QString& at, const QAbstractItemModel* model)
    {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                add(at + QStringLiteral(" header"),
                    model->headerData(column, Qt::Horizontal, role).toString());
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    add(at + QStringLiteral(" cell %1,%2").arg(row).arg(column),
                        model->index(row, column).data(role).toString());
    }

private:
    static QString where(const QWidget* w)
    {
        QStringList path;
        for (const QWidget* p = w; p; p = p->parentWidget())
            path.prepend(p->objectName().isEmpty()
                             ? QString::fromLatin1(p->metaObject()->className())
                             : p->objectName());
        return path.join(QLatin1Char('/'));
    }
    void add(const QString& at, const QString& text)
    {
        if (!text.trimmed().isEmpty())
            texts.append({at, text});
    }
};

// "where: "text" (why)" for every text of `walk` that reads as English.
inline QStringList englishTexts(const TextWalk& walk, const QSet<QString>& sources)
{
    QStringList english;
    for (const auto& [at, text] : walk.texts) {
        const QString why = englishIn(text, sources);
        if (!why.isEmpty())
            english << QStringLiteral("%1: \"%2\" (%3)").arg(at, text.left(160), why);
    }
    return english;
}

} // namespace i18ntest
