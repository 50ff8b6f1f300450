#include "backupsdialog.h"

#include "shell/background.h"
#include "shell/session.h"
#include "storage/database.h"
#include "sync/syncservice.h"
#include "shell/widgets.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BackupsDialog::BackupsDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("backupsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_backUp = new QPushButton(this);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyBackup"));
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_error = new ErrorLabel(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(close);
    connect(m_backUp, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    resize(760, 460);
    retranslateUi();
    reload();
}

QString BackupsDialog::status() const
{
    return m_error->isVisible() ? m_error->text() : m_status->text();
}

QString BackupsDialog::selectedPath() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() && m_table->selectionModel()->hasSelection() ? m_list[row].path : QString();
}

void BackupsDialog::reload()
{
    m_list = m_session ? Backups::list(m_session->database().path()) : QList<Backups::Info>{};
    m_table->setRowCount(0);
    const QLocale locale;
    for (const Backups::Info &b : std::as_const(m_list)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(Backups::kindLabel(b.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(b.bytes)));
        m_table->item(row, 0)->setToolTip(QDir::toNativeSeparators(b.path));
    }
    m_table->resizeColumnsToContents();
    if (!m_list.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    const bool any = !selectedPath().isEmpty();
    m_backUp->setEnabled(m_session != nullptr);
    m_verify->setEnabled(any);
    m_restore->setEnabled(any && m_session && m_session->actor().mayEditMetadata());
}

bool BackupsDialog::backUpNow()
{
    if (!m_session)
        return false;
    // On a worker thread with a connection of its own: a large file takes seconds.
    const QString path = m_session->database().path();
    Result<Backups::Info> made = fail(QString());
    const bool finished = runWithProgress(this, tr("Backing up…"), [&](const BackgroundProgress &progress) {
        auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
        made = opened ? Backups::create(*opened.value(), Backups::Kind::Manual, 10, progress.setPercent, progress.cancelled)
                      : Result<Backups::Info>(fail(opened.error()));
    });
    if (!finished)
        return false;
    if (!made) {
        m_error->showError(made.error());
        return false;
    }
    m_error->showError(QString());
    m_status->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made->path)));
    reload();
    return true;
}

bool BackupsDialog::verifySelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return false;
    Result<void> ok = fail(QString());
    runWithProgress(this, tr("Checking the copy…"), [&](const BackgroundProgress &) { ok = Backups::verify(path); }, false);
    if (!ok) {
        m_error->showError(ok.error());
        return false;
    }
    m_error->showError(QString());
    m_status->setText(tr("The copy of %1 passed the integrity check.").arg(m_table->item(m_table->currentRow(), 0)->text()));
    return true;
}

QString BackupsDialog::restoreQuestion(const QString &made) const
{
    QString question = tr("Replace the database with the copy of %1?\n\nEverything changed since then is replaced. The "
                          "database as it is now is kept as a backup first, so this can be undone by restoring that copy.")
                           .arg(made);
    // Sync packages rest on each database's history, which a restore takes back in time.
    const int peers = m_session ? int(Sync::SyncService(m_session->database(), m_session->actor()).peers().size()) : 0;
    if (peers > 0)
        question += QStringLiteral("\n\n")
                    + tr("This database exchanges sync packages with %n other database(s). After restoring, set the field "
                         "laptops up again with new starter packages (Sync page), so that no change is taken for one "
                         "already exchanged.",
                         nullptr, peers);
    return question;
}

void BackupsDialog::restoreSelected(bool confirmed)
{
    const QString path = selectedPath();
    if (path.isEmpty() || !m_session || !m_session->actor().mayEditMetadata())
        return;
    if (!confirmed) {
        const auto answer = QMessageBox::warning(this, tr("Restore a backup"),
                                                 restoreQuestion(m_table->item(m_table->currentRow(), 0)->text()),
                                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    emit restoreRequested(path);
}

void BackupsDialog::retranslateUi()
{
    setWindowTitle(tr("Backups"));
    const QString folder = m_session ? QDir::toNativeSeparators(Backups::folderOf(m_session->database().path())) : QString();
    m_intro->setText(tr("Copies of this database, newest first, kept in %1. A copy is made before every import and, while "
                        "the database is open, once a day; the ten newest of each kind are kept. Every copy passed an "
                        "integrity check when it was made.")
                         .arg(folder));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_backUp->setText(tr("&Back up now"));
    m_verify->setText(tr("&Verify"));
    m_restore->setText(tr("&Restore…"));
    for (int row = 0; row < m_table->rowCount() && row < m_list.size(); ++row)
        m_table->item(row, 1)->setText(Backups::kindLabel(m_list[row].kind));
}

void BackupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
