#include "syncpage.h"

#include "conflictdialog.h"
#include "models/syncmodels.h"
#include "officerpackagedialog.h"
#include "shell/background.h"
#include "shell/session.h"
#include "shell/widgets.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Sync;

namespace {
QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

// A service call on a worker thread with a connection of its own, while a progress dialog
// shows; an empty error when the user cancelled it (the service rolled back).
template<typename T, typename Work>
Result<T> runOnWorker(QWidget *parent, const QString &label, const QString &databasePath, const Actor &actor, Work work)
{
    Result<T> result = fail(QString());
    const bool finished = runWithProgress(parent, label, [&](const BackgroundProgress &report) {
        auto opened = Database::open(databasePath, Database::Mode::OpenExisting, Database::Check::Skip);
        if (!opened) {
            result = fail(opened.error());
            return;
        }
        SyncService service(*opened.value(), actor);
        result = work(service, report.steps());
    });
    if (!finished && !result)
        return fail(QString());
    return result;
}
} // namespace

void SyncPage::Section::showContent(bool any) const
{
    stack->setCurrentIndex(any ? 1 : 0);
}

SyncPage::SyncPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncPage"));
    m_role = namedChild<QLabel>(this, "syncRole");
    m_role->setWordWrap(true);
    QFont bold = m_role->font();
    bold.setBold(true);
    m_role->setFont(bold);
    m_conflictCount = namedChild<QLabel>(this, "openConflicts");
    m_exportButton = namedChild<QPushButton>(this, "exportPackage");
    m_importButton = namedChild<QPushButton>(this, "importPackage");
    m_setUpButton = namedChild<QPushButton>(this, "setUpLaptop");

    m_peerModel = new SyncPeerModel(this);
    m_packageModel = new SyncPackageModel(this);
    m_conflictModel = new ConflictModel(this);
    m_peersView = makeTable("peers", m_peerModel);
    m_peersView->horizontalHeader()->setStretchLastSection(false); // numbers: as wide as they are
    m_packagesView = makeTable("packages", m_packageModel);
    m_conflictsView = makeTable("conflicts", m_conflictModel);
    m_conflictsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_packageDetails = namedChild<QPlainTextEdit>(this, "packageDetails");
    m_packageDetails->setReadOnly(true);
    m_packageDetails->setMaximumHeight(6 * m_packageDetails->fontMetrics().lineSpacing());

    m_filter = namedChild<QComboBox>(this, "conflictFilter");
    m_filter->addItems({QString(), QString()}); // open only, all: texts in retranslateUi()
    m_conflictHint = namedChild<QLabel>(this, "conflictHint");
    m_keepMineButton = namedChild<QPushButton>(this, "keepMine");
    m_takeTheirsButton = namedChild<QPushButton>(this, "takeTheirs");
    m_editButton = namedChild<QPushButton>(this, "editConflict");

    auto *packages = new QWidget(this);
    auto *packagesLayout = new QVBoxLayout(packages);
    packagesLayout->setContentsMargins(0, 0, 0, 0);
    packagesLayout->addWidget(m_packagesView, 1);
    packagesLayout->addWidget(m_packageDetails);
    m_peers = makeSection("peersSection", m_peersView);
    m_packages = makeSection("packagesSection", packages);
    m_conflicts = makeSection("conflictsSection", m_conflictsView);
    auto *conflictTools = new QHBoxLayout;
    conflictTools->addWidget(m_filter);
    conflictTools->addWidget(m_conflictHint);
    conflictTools->addStretch(1);
    for (QPushButton *b : {m_keepMineButton, m_takeTheirsButton, m_editButton})
        conflictTools->addWidget(b);
    static_cast<QVBoxLayout *>(m_conflicts.box->layout())->insertLayout(0, conflictTools);

    auto *header = new QVBoxLayout;
    header->addWidget(m_role);
    header->addWidget(m_conflictCount);
    auto *top = new QHBoxLayout;
    top->addLayout(header, 1);
    for (QPushButton *b : {m_exportButton, m_importButton, m_setUpButton})
        top->addWidget(b, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    for (const Section *s : {&m_peers, &m_packages, &m_conflicts})
        splitter->addWidget(s->box);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({130, 330, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_exportButton, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_setUpButton, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_importButton, &QPushButton::clicked, this, &SyncPage::askImport);
    connect(m_keepMineButton, &QPushButton::clicked, this, [this] { askResolve(Resolution::KeepMine); });
    connect(m_takeTheirsButton, &QPushButton::clicked, this, [this] { askResolve(Resolution::TakeTheirs); });
    connect(m_editButton, &QPushButton::clicked, this, &SyncPage::askEdit);
    connect(m_conflictsView, &QTableView::activated, this, &SyncPage::askEdit);
    connect(m_conflictsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateButtons);
    connect(m_packagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SyncPage::showPackageDetails);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &SyncPage::reload);
    retranslateUi();
    reload();
}

QTableView *SyncPage::makeTable(const char *name, QAbstractItemModel *model)
{
    auto *view = namedChild<QTableView>(this, name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setMaximumSectionSize(30 * view->fontMetrics().averageCharWidth() + 40);
    return view;
}

SyncPage::Section SyncPage::makeSection(const char *name, QWidget *content)
{
    Section s;
    s.box = namedChild<QGroupBox>(this, name);
    s.empty = new QLabel(s.box);
    s.empty->setObjectName(QLatin1StringView(name) + QStringLiteral("Empty"));
    s.empty->setWordWrap(true);
    s.empty->setAlignment(Qt::AlignCenter);
    s.empty->setContentsMargins(24, 12, 24, 12);
    s.stack = new QStackedWidget(s.box);
    s.stack->addWidget(s.empty);
    s.stack->addWidget(content);
    auto *layout = new QVBoxLayout(s.box);
    layout->addWidget(s.stack, 1);
    return s;
}

void SyncPage::setSession(Session *session)
{
    m_session = session;
    m_stale = true;
    if (!m_session || isVisible())
        reload();
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Cheap lists that other programs (the command line's sync verbs) may change: read anew.
    if (m_session || m_stale)
        reload();
}

bool SyncPage::mayResolve() const
{
    return m_session && m_session->actor().mayEditMetadata();
}

bool SyncPage::mayExchange() const
{
    // A field laptop's officer sends and receives; on the manager's database, managers and
    // administrators do.
    if (!m_session)
        return false;
    return m_field ? m_session->actor().role != Role::Viewer : mayResolve();
}

void SyncPage::setShowAllConflicts(bool all)
{
    m_filter->setCurrentIndex(all ? 1 : 0);
}

void SyncPage::reload()
{
    m_stale = false;
    const QModelIndex current = m_packagesView->currentIndex();
    const qint64 package = current.isValid() ? current.data(SyncPackageModel::PackageIdRole).toLongLong() : 0;
    const QList<qint64> conflicts = selectedConflictIds();
    if (m_session) {
        SyncService service(m_session->database(), m_session->actor());
        m_field = service.isFieldDatabase();
        m_manager = service.manager();
        m_peerModel->setPeers(service.peers());
        m_packageModel->setPackages(service.packages());
        m_conflictModel->setConflicts(service.conflicts(/*openOnly=*/m_filter->currentIndex() == 0));
        m_openConflicts = service.openConflictCount();
    } else {
        m_field = false;
        m_manager.reset();
        m_peerModel->setPeers({});
        m_packageModel->setPackages({});
        m_conflictModel->setConflicts({});
        m_openConflicts = 0;
    }
    for (QTableView *view : {m_peersView, m_packagesView, m_conflictsView})
        view->resizeColumnsToContents();
    reselect(m_packagesView, m_packageModel->rowOf(package));
    for (qint64 id : conflicts)
        reselect(m_conflictsView, m_conflictModel->rowOf(id));
    m_peers.showContent(m_peerModel->rowCount() > 0);
    m_packages.showContent(m_packageModel->rowCount() > 0);
    m_conflicts.showContent(m_conflictModel->rowCount() > 0);
    updateTexts();
    updateButtons();
    showPackageDetails();
}

void SyncPage::reselect(QTableView *view, int row)
{
    if (row < 0)
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QList<Conflict> SyncPage::selectedConflicts() const
{
    QList<Conflict> selected;
    for (const QModelIndex &index : m_conflictsView->selectionModel()->selectedRows()) {
        if (const Conflict *c = m_conflictModel->conflict(index.row()))
            selected.append(*c);
    }
    return selected;
}

QList<qint64> SyncPage::selectedConflictIds() const
{
    QList<qint64> ids;
    for (const Conflict &c : selectedConflicts())
        ids.append(c.id);
    return ids;
}

void SyncPage::updateButtons()
{
    const bool exchange = mayExchange();
    m_exportButton->setEnabled(exchange);
    m_importButton->setEnabled(exchange);
    m_setUpButton->setVisible(m_session && !m_field);
    m_setUpButton->setEnabled(exchange && !m_field);
    const QList<Conflict> selected = selectedConflicts();
    const bool open = !selected.isEmpty() && std::all_of(selected.cbegin(), selected.cend(), [](const Conflict &c) {
        return c.status == Conflict::Status::Open;
    });
    const bool resolve = mayResolve() && open;
    m_keepMineButton->setEnabled(resolve);
    m_takeTheirsButton->setEnabled(resolve);
    m_editButton->setEnabled(resolve && selected.size() == 1);
    m_conflictHint->setVisible(m_session && !mayResolve() && m_openConflicts > 0);
}

void SyncPage::showPackageDetails()
{
    const QModelIndex current = m_packagesView->currentIndex();
    const PackageRecord *p = current.isValid() ? m_packageModel->package(current.row()) : nullptr;
    m_packageDetails->setPlainText(p ? SyncPackageModel::details(*p) : QString());
}

void SyncPage::retranslateUi()
{
    m_exportButton->setText(tr("E&xport package…"));
    m_importButton->setText(tr("&Import package…"));
    m_importButton->setToolTip(tr("Apply a package another database sent: checked whole first, then applied in one step "
                                  "after a backup."));
    m_setUpButton->setText(tr("Set &up a field laptop…"));
    m_setUpButton->setToolTip(tr("Write a starter package from which a field officer's laptop makes its database."));
    m_peers.box->setTitle(tr("Databases this one exchanges with"));
    m_packages.box->setTitle(tr("Packages"));
    m_conflicts.box->setTitle(tr("Conflicts"));
    m_packageDetails->setPlaceholderText(tr("Select a package to see its summary."));
    m_filter->setItemText(0, tr("Open conflicts"));
    m_filter->setItemText(1, tr("All conflicts"));
    m_conflictHint->setText(tr("Only a programme manager or an administrator settles conflicts."));
    m_keepMineButton->setText(tr("&Keep mine"));
    m_keepMineButton->setToolTip(tr("Keep this database's version of the selected conflicts."));
    m_takeTheirsButton->setText(tr("&Take theirs"));
    m_takeTheirsButton->setToolTip(tr("Take the other database's version of the selected conflicts."));
    m_editButton->setText(tr("E&dit…"));
    m_editButton->setToolTip(tr("Compare both versions field by field and settle the conflict with an edited version."));
    // Conflicts describe their rows in the current language: read them again.
    if (m_session && isVisible()) {
        reload();
        return;
    }
    m_stale = m_session != nullptr;
    for (SyncTableModel *model : std::initializer_list<SyncTableModel *>{m_peerModel, m_packageModel, m_conflictModel})
        model->retranslate();
    updateTexts();
    showPackageDetails();
}

void SyncPage::updateTexts()
{
    if (!m_session)
        m_role->clear();
    else if (m_field)
        m_role->setText(tr("This is a field database; it sends to its manager %1.").arg(m_manager ? m_manager->name : QString()));
    else
        m_role->setText(tr("This is the manager's database; field laptops send their packages here."));

    if (!m_session)
        m_conflictCount->clear();
    else if (m_openConflicts == 0)
        m_conflictCount->setText(tr("No open conflicts."));
    else if (m_openConflicts == 1)
        m_conflictCount->setText(tr("1 open conflict waits for a programme manager."));
    else
        m_conflictCount->setText(tr("%1 open conflicts wait for a programme manager.").arg(QLocale().toString(m_openConflicts)));
    m_conflictCount->setStyleSheet(m_openConflicts > 0 ? QStringLiteral("color: #b26a00;") : QString());

    m_exportButton->setToolTip(m_field ? tr("Write your changes into a file for your manager.")
                                       : tr("Write a package with the changes a field officer's laptop lacks."));
    m_peers.empty->setText(m_field ? tr("No manager's database is known yet.")
                                   : tr("No field laptops yet. Set up a field laptop to give an officer the programme, "
                                        "then exchange packages with it here."));
    m_packages.empty->setText(m_field ? tr("No packages yet. Export a package to send your changes to your manager, and "
                                           "import the packages your manager sends you.")
                                      : tr("No packages yet. Export a package to send a field laptop the changes it "
                                           "lacks, and import the packages field officers send you."));
    m_conflicts.empty->setText(m_filter->currentIndex() == 0
                                   ? tr("No open conflicts. When a record was changed both here and on another database "
                                        "since they last exchanged, both versions wait here for a programme manager to "
                                        "choose.")
                                   : tr("No conflicts so far. When a record was changed both here and on another "
                                        "database since they last exchanged, both versions wait here for a programme "
                                        "manager to choose."));
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncPage::notifyChanged()
{
    if (!m_session)
        return;
    const QMetaEnum entities = QMetaEnum::fromType<Session::Entity>();
    for (int i = 0; i < entities.keyCount(); ++i)
        m_session->notify(static_cast<Session::Entity>(entities.value(i)));
}

QString SyncPage::defaultPackageName(const QString &officer, const QDateTime &at)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    QString name = officer;
    name.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("scaleready-%1-%2.srpk").arg(name, at.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

Result<SyncService::ExportResult> SyncPage::exportPackage(const QString &path, const QString &officer, bool starter)
{
    if (!m_session)
        return fail(tr("No database is open."));
    const qint64 programmeId = m_session->programmeId();
    auto exported = runOnWorker<SyncService::ExportResult>(
        this, tr("Writing the sync package…"), m_session->database().path(), m_session->actor(),
        [&](SyncService &service, const SyncService::Progress &progress) {
            ExchangeFile file(path);
            return service.exportTo(file, officer, programmeId, starter, progress);
        });
    reload();
    return exported;
}

Result<Summary> SyncPage::importPackage(const QString &path)
{
    if (!m_session)
        return fail(tr("No database is open."));
    auto imported = runOnWorker<Summary>(this, tr("Importing the sync package…"), m_session->database().path(),
                                         m_session->actor(), [&](SyncService &service, const SyncService::Progress &progress) {
                                             ExchangeFile file(path);
                                             return service.importFrom(file, progress);
                                         });
    reload(); // a refused package is logged too
    if (imported)
        notifyChanged();
    return imported;
}

Result<int> SyncPage::resolve(const QList<qint64> &conflictIds, Resolution resolution, const QJsonObject &edited)
{
    if (!m_session)
        return fail(tr("No database is open."));
    auto resolved = SyncService(m_session->database(), m_session->actor()).resolve(conflictIds, resolution, edited);
    reload();
    if (resolved)
        notifyChanged();
    return resolved;
}

QString SyncPage::exportedText(const SyncService::ExportResult &result, const QString &path) const
{
    const QString file = QDir::toNativeSeparators(path);
    const QString records = QLocale().toString(result.versions);
    if (result.starter)
        return tr("The starter package for %1 was written to %2 (%3 records).\n\nOn the officer's laptop, ScaleReady's "
                  "welcome screen sets up the field database from it.")
            .arg(result.peerName, file, records);
    if (m_field)
        return tr("%n change(s) written to %1.\n\nSend the file to your manager (%2), who imports it on the Sync page.",
                  nullptr, result.versions)
            .arg(file, result.peerName);
    return tr("%n change(s) written to %1 for %2.\n\nSend the file to the officer, who imports it on the Sync page.", nullptr,
              result.versions)
        .arg(file, result.peerName);
}

void SyncPage::askExport(bool setUpLaptop)
{
    if (!mayExchange())
        return;
    const QString title = setUpLaptop ? tr("Set up a field laptop") : tr("Export a sync package");
    QString officer = m_session->actor().username;
    bool starter = setUpLaptop;
    if (!m_field) {
        const QStringList officers = SyncService(m_session->database(), m_session->actor()).officers(m_session->programmeId());
        if (officers.isEmpty()) {
            QMessageBox::information(this, title, tr("There is no field officer to send to. An administrator adds the "
                                                     "officer on the Users page and assigns their sites."));
            return;
        }
        OfficerPackageDialog dialog(officers, setUpLaptop ? OfficerPackageDialog::Purpose::SetUpLaptop
                                                          : OfficerPackageDialog::Purpose::Send,
                                    this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        officer = dialog.officer();
        starter = dialog.starter();
    }
    const QString suggested = QDir(documentsFolder()).filePath(defaultPackageName(officer, QDateTime::currentDateTime()));
    QString path = QFileDialog::getSaveFileName(this, title, suggested, tr("Sync packages (*.srpk)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".srpk");
        // The dialog asked about the name as typed, not about this one.
        if (QFileInfo::exists(path)
            && QMessageBox::question(this, title, tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
            return;
    }
    auto exported = exportPackage(path, m_field ? QString() : officer, starter);
    if (!exported) {
        if (!exported.error().isEmpty())
            QMessageBox::warning(this, title, exported.error());
        return;
    }
    QMessageBox::information(this, title, exportedText(exported.value(), path));
}

void SyncPage::askImport()
{
    if (!mayExchange())
        return;
    const QString title = tr("Import a sync package");
    const QString path = QFileDialog::getOpenFileName(this, title, documentsFolder(),
                                                      tr("Sync packages (*.srpk);;All files (*)"));
    if (path.isEmpty())
        return;
    auto imported = importPackage(path);
    if (!imported) {
        if (!imported.error().isEmpty())
            QMessageBox::warning(this, title, imported.error());
        return;
    }
    QMessageBox::information(this, title,
                             tr("%1 was imported.").arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n")
                                 + imported->text());
}

bool SyncPage::confirmResolution(const QList<Conflict> &conflicts, Resolution resolution)
{
    const qsizetype n = conflicts.size();
    const QString count = QLocale().toString(n);
    QString question;
    if (resolution == Resolution::KeepMine)
        question = n == 1 ? tr("Keep this database's version of %1?").arg(conflicts.first().what)
                          : tr("Keep this database's version in %1 conflicts?").arg(count);
    else
        question = n == 1 ? tr("Take the version from %1 for %2?").arg(conflicts.first().peerName, conflicts.first().what)
                          : tr("Take the other database's version in %1 conflicts?").arg(count);
    const bool locked = std::any_of(conflicts.cbegin(), conflicts.cend(), [](const Conflict &c) { return c.locked; });
    if (locked && resolution == Resolution::TakeTheirs)
        question += QStringLiteral("\n\n") + tr("This changes approved data.");
    question += QStringLiteral("\n\n") + tr("The chosen version replaces the other one on every database it reaches.");
    return QMessageBox::question(this, tr("Settle conflicts"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
           == QMessageBox::Yes;
}

void SyncPage::askResolve(Resolution resolution)
{
    const QList<Conflict> selected = selectedConflicts();
    if (!mayResolve() || selected.isEmpty() || !confirmResolution(selected, resolution))
        return;
    QList<qint64> ids;
    for (const Conflict &c : selected)
        ids.append(c.id);
    if (auto resolved = resolve(ids, resolution); !resolved)
        QMessageBox::warning(this, tr("Settle conflicts"), resolved.error());
}

void SyncPage::askEdit()
{
    const QList<Conflict> selected = selectedConflicts();
    if (!mayResolve() || selected.size() != 1 || selected.first().status != Conflict::Status::Open)
        return;
    const qint64 id = selected.first().id;
    ConflictDialog dialog(
        selected.first(),
        [this, id](const QJsonObject &edited) {
            auto resolved = resolve({id}, Resolution::Edit, edited);
            return resolved ? QString() : resolved.error();
        },
        this);
    dialog.exec();
}
