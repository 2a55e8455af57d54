#pragma once

#include "KeyPage.h"

#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace latchkey {

class OpenManifest;

// One open inf.yml (an OpenManifest of the Session): the app's name and
// description, a verdict banner, the readiness of each declared secret, the
// integrations and credentials the platform manages, and the manifest's
// diagnostics. It shows what the OpenManifest says and follows it; the
// window's actions act on its selected row (copy, reveal, edit a set key,
// set a missing one).
class ManifestView : public KeyPage {
    Q_OBJECT
public:
    explicit ManifestView(OpenManifest* manifest, QWidget* parent = nullptr);

    OpenManifest* manifest() const;
    QString path() const;
    QString title() const;
    // "Ready to run", "2 required secrets missing", …
    QString verdictText() const;

    QString currentKey() const override;
    QString descriptionFor(const QString& key) const override;
    SecretState stateOf(const QString& key) const override;
    QAbstractItemView* view() const override;
    bool selectKey(const QString& key);

signals:
    void titleChanged(const QString& title);
    // The verdict banner's Set Missing… button.
    void setMissingRequested();

private:
    void showManifest();
    void updateVerdict();

    QPointer<OpenManifest> m_manifest;
    QSortFilterProxyModel* m_sorter;
    QLabel* m_name;
    QLabel* m_description;
    QLabel* m_path;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QWidget* m_verdictBanner;
    QPushButton* m_setMissing;
    QTableView* m_table;
    QLabel* m_integrationsTitle;
    QLabel* m_integrations;
    QLabel* m_diagnosticsTitle;
    QListWidget* m_diagnostics;
};

} // namespace latchkey
