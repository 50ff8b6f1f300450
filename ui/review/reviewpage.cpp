#include "reviewpage.h"

#include "services/dataentryservice.h"
#include "services/reportservice.h"
#include "services/userservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QColor statusColour(std::optional<DataStatus> status)
{
    if (!status)
        return QColor(0xe0, 0xe0, 0xe0);
    switch (*status) {
    case DataStatus::Draft: return QColor(0xfc, 0xe8, 0xb0);
    case DataStatus::Submitted: return QColor(0xb8, 0xd8, 0xf8);
    case DataStatus::Approved: return QColor(0xb8, 0xe8, 0xc0);
    case DataStatus::Returned: return QColor(0xf8, 0xc0, 0xc0);
    }
    return {};
}
QString statusSymbol(std::optional<DataStatus> status)
{
    if (!status)
        return QStringLiteral("–");
    switch (*status) {
    case DataStatus::Draft: return QStringLiteral("✎");
    case DataStatus::Submitted: return QStringLiteral("●");
    case DataStatus::Approved: return QStringLiteral("✓");
    case DataStatus::Returned: return QStringLiteral("↩");
    }
    return {};
}
} // namespace

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    m_tabs = namedChild<QTabWidget>(this, "tabs");
    auto *waiting = new QWidget(this);
    m_statusLabel = new QLabel(this);
    m_status = namedChild<QComboBox>(this, "statusFilter");
    m_siteLabel = new QLabel(this);
    m_site = namedChild<QComboBox>(this, "siteFilter");
    m_periodLabel = new QLabel(this);
    m_period = namedChild<QLineEdit>(this, "periodFilter");
    m_period->setMaximumWidth(110);
    m_officerLabel = new QLabel(this);
    m_officer = namedChild<QComboBox>(this, "officerFilter");
    m_reports = namedChild<QTableView>(this, "reports");
    m_model = new QStandardItemModel(this);
    m_reports->setModel(m_model);
    m_reports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reports->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reports->verticalHeader()->hide();
    m_reports->horizontalHeader()->setStretchLastSection(true);
    m_open = namedChild<QPushButton>(this, "openForm");
    m_approve = namedChild<QPushButton>(this, "approve");
    m_return = namedChild<QPushButton>(this, "return");
    m_reopen = namedChild<QPushButton>(this, "reopen");
    m_error = namedChild<ErrorLabel>(this, "error");
    m_summary = namedChild<QLabel>(this, "summary");

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_siteLabel);
    filters->addWidget(m_site);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_officerLabel);
    filters->addWidget(m_officer);
    filters->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addWidget(m_reopen);
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addLayout(filters);
    waitingLayout->addWidget(m_reports, 1);
    waitingLayout->addWidget(m_error);
    waitingLayout->addLayout(buttons);

    auto *overview = new QWidget(this);
    m_typeLabel = new QLabel(this);
    m_type = namedChild<QComboBox>(this, "periodType");
    m_completeness = namedChild<QTableWidget>(this, "completeness");
    m_completeness->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_legend = namedChild<QLabel>(this, "legend");
    m_legend->setWordWrap(true);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeLabel);
    typeRow->addWidget(m_type);
    typeRow->addStretch(1);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addLayout(typeRow);
    overviewLayout->addWidget(m_completeness, 1);
    overviewLayout->addWidget(m_legend);

    m_tabs->addTab(waiting, QString());
    m_tabs->addTab(overview, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    for (auto *combo : {m_status, m_site, m_officer})
        connect(combo, &QComboBox::activated, this, &ReviewPage::reload);
    connect(m_period, &QLineEdit::editingFinished, this, &ReviewPage::reload);
    connect(m_type, &QComboBox::activated, this, &ReviewPage::reloadCompleteness);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            showNewestPeriods();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto list = selected();
        if (!list.isEmpty())
            emit openFormRequested(list.first().first, list.first().second);
    });
    connect(m_reports, &QTableView::doubleClicked, this, [this] {
        const auto list = selected();
        if (!list.isEmpty())
            emit openFormRequested(list.first().first, list.first().second);
    });
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveSelected);
    connect(m_return, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Return for correction"), tr("What should the field officer correct?"));
        if (!reason.isEmpty())
            returnSelected(reason);
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Reopen approved data"), tr("Why is the data reopened?"));
        if (!reason.isEmpty())
            reopenSelected(reason);
    });
    connect(m_completeness, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem *item = m_completeness->item(row, column);
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            emit openFormRequested(item->data(Qt::UserRole).toLongLong(), Period::parse(item->data(Qt::UserRole + 1).toString()));
    });
    retranslateUi();
}

void ReviewPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity e) {
            if (e != Session::Entity::Report && e != Session::Entity::Data && e != Session::Entity::Site)
                return;
            if (isVisible())
                reload();
            else
                m_stale = true;
        });
        connect(m_session, &Session::programmeChanged, this, [this] {
            reloadFilters();
            reload();
        });
    }
    reloadFilters();
    reload();
}

void ReviewPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Reports"));
    m_tabs->setTabText(1, tr("Completeness"));
    m_statusLabel->setText(tr("Status:"));
    m_siteLabel->setText(tr("Site:"));
    m_periodLabel->setText(tr("Period:"));
    m_period->setPlaceholderText(tr("e.g. 202403"));
    m_officerLabel->setText(tr("Submitted by:"));
    m_open->setText(tr("Open the form"));
    m_approve->setText(tr("Approve"));
    m_approve->setToolTip(tr("Approve the selected reports; their data is then locked"));
    m_return->setText(tr("Return…"));
    m_reopen->setText(tr("Reopen…"));
    m_typeLabel->setText(tr("Periods:"));
    m_legend->setText(tr("– missing · ✎ draft (yellow) · ● submitted (blue) · ✓ approved (green) · ↩ returned (red). "
                         "Double-click a cell to open its form."));
    reloadFilters();
    reload();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        reload();
    }
    QWidget::showEvent(event);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewPage::reloadFilters()
{
    {
        const QVariant current = m_status->currentData();
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("Waiting for review"), int(DataStatus::Submitted));
        m_status->addItem(Vocabulary::label(DataStatus::Returned), int(DataStatus::Returned));
        m_status->addItem(Vocabulary::label(DataStatus::Approved), int(DataStatus::Approved));
        m_status->addItem(Vocabulary::label(DataStatus::Draft), int(DataStatus::Draft));
        m_status->addItem(tr("All"), -1);
        const int index = m_status->findData(current);
        m_status->setCurrentIndex(index >= 0 ? index : 0);
    }
    {
        const QVariant current = m_site->currentData();
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        m_site->addItem(tr("All sites"), 0);
        if (m_session) {
            for (const Site &s : m_session->sites().sites(m_session->programmeId()))
                m_site->addItem(s.code + QStringLiteral(" — ") + s.name(), s.meta.id);
        }
        const int index = m_site->findData(current);
        m_site->setCurrentIndex(index >= 0 ? index : 0);
    }
    {
        const QVariant current = m_officer->currentData();
        const QSignalBlocker blocker(m_officer);
        m_officer->clear();
        m_officer->addItem(tr("Anyone"), 0);
        if (m_session) {
            for (const User &u : UserService(m_session->database(), m_session->actor()).users())
                m_officer->addItem(u.fullName.isEmpty() ? u.username : tr("%1 (%2)").arg(u.fullName, u.username), u.meta.id);
        }
        const int index = m_officer->findData(current);
        m_officer->setCurrentIndex(index >= 0 ? index : 0);
    }
    {
        const QVariant current = m_type->currentData();
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        if (m_session) {
            for (Period::Type t : DataEntryService(m_session->database(), m_session->actor()).periodTypes(m_session->programmeId()))
                m_type->addItem(t == Period::Type::Monthly ? tr("Monthly") : t == Period::Type::Quarterly ? tr("Quarterly") : tr("Annual"),
                                int(t));
        }
        const int index = m_type->findData(current);
        m_type->setCurrentIndex(index >= 0 ? index : 0);
    }
}

void ReviewPage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Site"), tr("Name"), tr("Period"), tr("Status"), tr("Submitted by"),
                                        tr("Submitted"), tr("Values"), tr("Reason")});
    const bool reviewer = m_session && (m_session->actor().role == Role::Admin || m_session->actor().role == Role::Manager);
    for (auto *b : {m_approve, m_return, m_reopen})
        b->setVisible(reviewer);
    if (!m_session) {
        m_summary->clear();
        reloadCompleteness();
        return;
    }
    ReportService::Filter filter;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.statuses = {static_cast<DataStatus>(status)};
    filter.siteId = m_site->currentData().toLongLong();
    QString why;
    filter.period = m_period->text().trimmed().isEmpty() ? Period() : Period::parse(m_period->text().trimmed(), &why);
    if (!m_period->text().trimmed().isEmpty() && !filter.period.isValid()) {
        m_error->showError(tr("The period \"%1\" is not valid: %2").arg(m_period->text(), why));
        return;
    }
    m_error->showError(QString());
    filter.officerId = m_officer->currentData().toLongLong();
    const QLocale locale;
    const auto reports = ReportService(m_session->database(), m_session->actor()).reports(m_session->programmeId(), filter);
    for (const auto &r : reports) {
        QList<QStandardItem *> row;
        row << new QStandardItem(r.siteCode) << new QStandardItem(r.siteName)
            << new QStandardItem(r.report.period.displayName()) << new QStandardItem(Vocabulary::label(r.report.status))
            << new QStandardItem(r.submittedBy)
            << new QStandardItem(r.report.submittedAt.isValid() ? locale.toString(r.report.submittedAt.toLocalTime(), QLocale::ShortFormat)
                                                                : QString())
            << new QStandardItem(locale.toString(r.values)) << new QStandardItem(r.report.reason);
        row.first()->setData(r.report.siteId, Qt::UserRole);
        row.first()->setData(r.report.period.id(), Qt::UserRole + 1);
        row.at(3)->setBackground(statusColour(r.report.status));
        m_model->appendRow(row);
    }
    m_reports->resizeColumnsToContents();
    m_summary->setText(tr("%n report(s)", nullptr, int(reports.size())));
    reloadCompleteness();
}

void ReviewPage::reloadCompleteness()
{
    m_completeness->clear();
    m_completeness->setRowCount(0);
    m_completeness->setColumnCount(0);
    if (!m_session || m_type->count() == 0)
        return;
    const auto type = static_cast<Period::Type>(m_type->currentData().toInt());
    ReportService reports(m_session->database(), m_session->actor());
    const QList<Period> periods = reports.periods(m_session->programmeId(), type);
    if (periods.isEmpty())
        return;
    const int shown = std::min<int>(int(periods.size()), type == Period::Type::Monthly ? 24 : 12);
    const Period to = periods.first();
    const Period from = periods.at(shown - 1);
    const auto grid = reports.completeness(m_session->programmeId(), type, from, to);
    m_completeness->setRowCount(int(grid.sites.size()));
    m_completeness->setColumnCount(int(grid.periods.size()));
    QStringList headers;
    for (const Period &p : grid.periods)
        headers.append(p.id());
    m_completeness->setHorizontalHeaderLabels(headers);
    QStringList sites;
    for (int r = 0; r < grid.sites.size(); ++r) {
        const Site &site = grid.sites.at(r);
        sites.append(site.code + QStringLiteral(" ") + site.name());
        for (int c = 0; c < grid.periods.size(); ++c) {
            const auto status = grid.statusOf(site.meta.id, grid.periods.at(c));
            // Symbols read the same in both languages; the colour and the tooltip name the status.
            auto *item = new QTableWidgetItem(statusSymbol(status));
            item->setBackground(statusColour(status));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(tr("%1, %2: %3").arg(site.code, grid.periods.at(c).displayName(),
                                                   status ? Vocabulary::label(*status) : tr("missing")));
            item->setData(Qt::UserRole, site.meta.id);
            item->setData(Qt::UserRole + 1, grid.periods.at(c).id());
            m_completeness->setItem(r, c, item);
        }
    }
    m_completeness->setVerticalHeaderLabels(sites);
    m_completeness->resizeColumnsToContents();
    if (m_completeness->isVisible())
        showNewestPeriods();
}

void ReviewPage::showNewestPeriods()
{
    // The newest periods matter most: show the right end, once the table is laid out.
    QTimer::singleShot(0, m_completeness, [table = m_completeness] {
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    });
}

QList<std::pair<qint64, Period>> ReviewPage::selected() const
{
    QList<std::pair<qint64, Period>> list;
    for (const QModelIndex &index : m_reports->selectionModel()->selectedRows(0))
        list.append({index.data(Qt::UserRole).toLongLong(), Period::parse(index.data(Qt::UserRole + 1).toString())});
    return list;
}

QString ReviewPage::askReason(const QString &title, const QString &label)
{
    if (selected().isEmpty())
        return {};
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, title, label, QString(), &ok);
    return ok ? reason.trimmed() : QString();
}

bool ReviewPage::approveSelected()
{
    if (!m_session)
        return false;
    const auto list = selected();
    if (list.isEmpty())
        return false;
    auto approved = ReportService(m_session->database(), m_session->actor()).approveAll(list);
    if (!approved) {
        m_error->showError(approved.error());
        return false;
    }
    m_session->notify(Session::Entity::Report);
    return true;
}

bool ReviewPage::returnSelected(const QString &reason)
{
    return changeSelected([&](ReportService &reports, qint64 siteId, const Period &period) {
        return reports.returnToOfficer(siteId, period, reason);
    });
}

bool ReviewPage::reopenSelected(const QString &reason)
{
    return changeSelected([&](ReportService &reports, qint64 siteId, const Period &period) {
        return reports.reopen(siteId, period, reason);
    });
}

bool ReviewPage::changeSelected(const std::function<Result<Report>(ReportService &, qint64, const Period &)> &change)
{
    if (!m_session || selected().isEmpty())
        return false;
    ReportService reports(m_session->database(), m_session->actor());
    // All the selected reports or none.
    auto done = m_session->database().transaction([&]() -> Result<void> {
        for (const auto &[siteId, period] : selected()) {
            if (auto changed = change(reports, siteId, period); !changed)
                return fail(changed.error());
        }
        return {};
    });
    if (!done)
        m_error->showError(done.error());
    m_session->notify(Session::Entity::Report);
    return done.ok();
}
