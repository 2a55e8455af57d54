#include "ScanDialog.h"

#include "Vault.h"
#include "VaultValues.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace latchkey {

ScanDialog::ScanDialog(const QString& folder, Vault* vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_folder(folder)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Stored Values in %1").arg(QDir(folder).dirName()));
    m_summary->setObjectName(QStringLiteral("scanSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("scanResults"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Line"), tr("Column"), tr("Key"), tr("Vault")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* where =
        new QLabel(tr("Looking in %1 (as git sees it when it is a git work tree: "
                      ".gitignore is honoured) for the values of vault \"%2\".")
                       .arg(QDir::toNativeSeparators(folder), vault ? vault->name() : QString()),
                   this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(680, 380);
}

ScanDialog::~ScanDialog()
{
    m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QPushButton* ScanDialog::createButton(QWidget* parent, std::function<QString()> folder,
                                      std::function<Vault*()> vault)
{
    auto* button = new QPushButton(tr("Scan This App's &Folder…"), parent);
    button->setObjectName(QStringLiteral("scanFolderButton"));
    button->setToolTip(tr("Look for stored secret values in the app's files (never shows them)"));
    QObject::connect(button, &QPushButton::clicked, parent, [parent, folder, vault] {
        auto* dialog = new ScanDialog(folder(), vault(), parent->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        dialog->start();
    });
    return button;
}

void ScanDialog::failWith(const QString& message)
{
    m_summary->setText(message);
    m_finished = true;
    emit finished();
}

void ScanDialog::start()
{
    if (!m_vault)
        return failWith(tr("No vault is open."));
    m_summary->setText(tr("Reading the vault's values…"));
    VaultValues::readAll(
        *m_vault, this,
        [this](ValueRead& read) {
            if (read.keychainError)
                return failWith(tr("The scan could not run: %1").arg(read.keychainError.message));
            if (!read.errors.isEmpty())
                return failWith(
                    tr("The scan could not run: %1").arg(read.errors.cbegin().value().message));
            auto needles = std::make_shared<QList<Needle>>();
            for (auto it = read.values.cbegin(); it != read.values.cend(); ++it)
                needles->append({read.vault, it.key(), it.value()});
            read.wipe();
            m_summary->setText(tr("Scanning…"));
            LeakScanOptions options;
            options.directory = m_folder; // paths shown relative to the app's folder
            options.paths = {QStringLiteral(".")};
            QPointer<ScanDialog> self(this);
            m_worker = QThread::create([self, needles, options, cancel = &m_cancel] {
                const LeakScanResult result = scanForLeaks(*needles, options, cancel);
                for (Needle& n : *needles)
                    wipe(n.value);
                needles->clear();
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, result] {
                        if (self)
                            self->showResult(result);
                    },
                    Qt::QueuedConnection);
            });
            m_worker->start();
        },
        std::chrono::seconds(30));
}

void ScanDialog::showResult(const LeakScanResult& result)
{
    if (result.error)
        return failWith(tr("The scan could not run: %1").arg(result.error.message));
    m_table->setRowCount(int(result.findings.size()));
    QSet<QString> files;
    for (int row = 0; row < result.findings.size(); ++row) {
        const LeakFinding& f = result.findings.at(row);
        files.insert(f.file);
        m_table->setItem(row, FileColumn, new QTableWidgetItem(QDir::toNativeSeparators(f.file)));
        m_table->setItem(row, LineColumn, new QTableWidgetItem(QString::number(f.line)));
        m_table->setItem(row, ColumnColumn, new QTableWidgetItem(QString::number(f.column)));
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(f.key));
        m_table->setItem(row, VaultColumn, new QTableWidgetItem(f.vault));
    }
    if (result.findings.isEmpty())
        m_summary->setText(tr("No stored value found in %n file(s).", nullptr, result.files));
    else
        m_summary->setText(tr("Found %n stored value(s) in %1 of %2 files. The values are not "
                              "shown; remove them from the files, and rotate those secrets if "
                              "the files were shared.",
                              nullptr, int(result.findings.size()))
                               .arg(files.size())
                               .arg(result.files));
    m_finished = true;
    emit finished();
}

} // namespace latchkey
