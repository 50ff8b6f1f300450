#include "databrowserpage.h"

#include "domain/period.h"
#include "domain/vocabulary.h"
#include "models/databrowsermodel.h"
#include "shell/session.h"
#include "shell/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Sets the combo to the item whose data is value; false (and the first item) when none is.
bool selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(std::max(0, i));
    return i >= 0;
}

// Rows of a selection looked at for export: enough for any selection made by hand.
constexpr qint64 MaxSelectedRows = 100000;

} // namespace

DataBrowserPage::DataBrowserPage(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("dataBrowserPage"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1StringView(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_siteLabel = new QLabel(this);
    m_site = combo("site");
    m_site->setMinimumWidth(220);
    m_indicatorLabel = new QLabel(this);
    m_indicator = combo("indicator");
    m_indicator->setMinimumWidth(260);
    m_fromLabel = new QLabel(this);
    m_from = combo("from");
    m_toLabel = new QLabel(this);
    m_to = combo("to");
    m_statusLabel = new QLabel(this);
    m_status = combo("status");
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportSelection"));
    const std::pair<QLabel *, QComboBox *> row[] = {
        {m_siteLabel, m_site}, {m_indicatorLabel, m_indicator}, {m_fromLabel, m_from}, {m_toLabel, m_to}, {m_statusLabel, m_status}};
    int column = 0;
    for (const auto &[label, widget] : row) {
        label->setBuddy(widget);
        filters->addWidget(label, 0, column++, Qt::AlignRight);
        filters->addWidget(widget, 0, column++);
    }
    filters->addWidget(m_reset, 0, column++);
    filters->setColumnStretch(column, 1);
    layout->addLayout(filters);

    auto *bar = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rowCount"));
    bar->addWidget(m_count, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new DataBrowserModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dataView"));
    m_view->setModel(m_model);
    // Every row the same height, so the view never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->setColumnWidth(DataBrowserModel::SiteColumn, 220);
    m_view->setColumnWidth(DataBrowserModel::IndicatorColumn, 260);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(std::clamp(m_settings.browserSortColumn.value(), 0, DataBrowserModel::ColumnCount - 1),
                         m_settings.browserSortDescending.value() ? Qt::DescendingOrder : Qt::AscendingOrder);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    for (QComboBox *c : {m_site, m_indicator, m_from, m_to, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_filling = true;
        for (QComboBox *c : {m_site, m_indicator, m_from, m_to, m_status})
            c->setCurrentIndex(0);
        m_filling = false;
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(exportSelection()); });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        m_settings.browserSortColumn.setValue(section);
        m_settings.browserSortDescending.setValue(order == Qt::DescendingOrder);
    });
    connect(m_model, &DataBrowserModel::counted, this, &DataBrowserPage::showCount);
    connect(m_model, &DataBrowserModel::failed, this, &DataBrowserPage::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataBrowserPage::showCount);

    retranslateUi();
}

DataBrowserPage::~DataBrowserPage() = default;

void DataBrowserPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::programmeChanged, this, [this] {
            fillFilters();
            m_stale = true;
            if (isVisible())
                refresh();
        });
        connect(m_session, &Session::changed, this, [this](Session::Entity entity) {
            if (entity == Session::Entity::Indicator || entity == Session::Entity::Site || entity == Session::Entity::Programme)
                fillFilters();
            m_stale = true;
            if (isVisible())
                refresh();
        });
    }
    fillFilters();
    m_stale = true;
    if (isVisible() || !m_session)
        refresh();
}

void DataBrowserPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DataBrowserPage::fillFilters()
{
    // The programme's sites and indicators, read once per change (not on every filter).
    const bool was = m_filling;
    m_filling = true;
    const QString site = m_site->currentData().toString();
    const QString indicator = m_indicator->currentData().toString();
    m_sites.clear();
    m_indicators.clear();
    if (m_session && m_session->programmeId()) {
        m_sites = m_session->sites().sites(m_session->programmeId());
        m_indicators = m_session->indicators().indicators(m_session->programmeId());
    }
    m_site->clear();
    m_site->addItem(tr("All sites"), QString());
    for (const Site &s : std::as_const(m_sites))
        m_site->addItem(QStringLiteral("%1 %2").arg(s.code, s.name()), s.code);
    m_indicator->clear();
    m_indicator->addItem(tr("All indicators"), QString());
    for (const Indicator &i : std::as_const(m_indicators))
        m_indicator->addItem(QStringLiteral("%1 %2").arg(i.code, i.name()), i.code);
    selectData(m_site, site);
    selectData(m_indicator, indicator);
    fillPeriods();
    fillStatuses();
    restoreFilters();
    m_filling = was;
}

void DataBrowserPage::fillPeriods()
{
    // Months over the programme's dates; a range takes every period (month, quarter or year)
    // that starts within it (DataSelection).
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    m_from->clear();
    m_to->clear();
    m_from->addItem(tr("Earliest data"), QString());
    m_to->addItem(tr("Latest data"), QString());
    if (m_session && m_session->programmeId()) {
        const auto programme = m_session->programme();
        const QDate start = programme && programme->startDate.isValid() ? programme->startDate : QDate::currentDate().addYears(-5);
        QDate end = programme && programme->endDate.isValid() ? programme->endDate : QDate::currentDate();
        end = std::min(end, QDate::currentDate().addYears(1));
        for (Period p = Period::containing(start, Period::Type::Monthly); p.isValid() && p.startDate() <= end; p = p.next()) {
            m_from->addItem(p.displayName(), p.id());
            m_to->addItem(p.displayName(), p.id());
        }
    }
    selectData(m_from, from);
    selectData(m_to, to);
}

void DataBrowserPage::fillStatuses()
{
    const QString status = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const DataStatus s : {DataStatus::Draft, DataStatus::Submitted, DataStatus::Approved, DataStatus::Returned})
        m_status->addItem(Vocabulary::label(s), Vocabulary::key(s));
    selectData(m_status, status);
}

void DataBrowserPage::restoreFilters()
{
    // Called with m_filling set: the saved filters, where they still exist.
    selectData(m_site, m_settings.browserSite.value());
    selectData(m_indicator, m_settings.browserIndicator.value());
    selectData(m_from, m_settings.browserFrom.value());
    selectData(m_to, m_settings.browserTo.value());
    selectData(m_status, m_settings.browserStatus.value());
}

void DataBrowserPage::saveFilters()
{
    m_settings.browserSite.setValue(m_site->currentData().toString());
    m_settings.browserIndicator.setValue(m_indicator->currentData().toString());
    m_settings.browserFrom.setValue(m_from->currentData().toString());
    m_settings.browserTo.setValue(m_to->currentData().toString());
    m_settings.browserStatus.setValue(m_status->currentData().toString());
}

DataSelection DataBrowserPage::selection() const
{
    DataSelection s;
    if (!m_session)
        return s;
    s.programmeId = m_session->programmeId();
    const QString site = m_site->currentData().toString();
    for (const Site &candidate : m_sites)
        if (!site.isEmpty() && candidate.code == site)
            s.siteIds.append(candidate.meta.id);
    const QString indicator = m_indicator->currentData().toString();
    for (const Indicator &candidate : m_indicators)
        if (!indicator.isEmpty() && candidate.code == indicator)
            s.indicatorIds.append(candidate.meta.id);
    s.from = m_from->currentData().toString();
    s.to = m_to->currentData().toString();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        s.statuses.append(status);
    return s;
}

DataSelection DataBrowserPage::exportSelection() const
{
    DataSelection s = selection();
    const QItemSelection chosen = m_view->selectionModel() ? m_view->selectionModel()->selection() : QItemSelection();
    qint64 rows = 0;
    for (const QItemSelectionRange &range : chosen)
        rows += range.bottom() - range.top() + 1;
    if (rows == 0 || rows >= m_model->rowCount() || rows > MaxSelectedRows)
        return s; // nothing, everything, or more than anyone picks by hand: the filters alone
    QSet<qint64> sites, indicators;
    for (const QItemSelectionRange &range : chosen)
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const DataValueBrowser::Row *r = m_model->rowAt(row);
            // A selected row not read yet (a shift-click far down): its site and indicator are
            // unknown, so the filters alone decide, which exports no less than was selected.
            if (!r)
                return s;
            sites.insert(r->siteId);
            indicators.insert(r->indicatorId);
        }
    if (sites.isEmpty())
        return s;
    s.siteIds = QList<qint64>(sites.begin(), sites.end());
    s.indicatorIds = QList<qint64>(indicators.begin(), indicators.end());
    std::sort(s.siteIds.begin(), s.siteIds.end());
    std::sort(s.indicatorIds.begin(), s.indicatorIds.end());
    return s;
}

void DataBrowserPage::refresh()
{
    m_stale = false;
    if (!m_session || !m_session->programmeId()) {
        m_model->clear();
        showCount();
        return;
    }
    saveFilters();
    m_model->setSource(m_session->database().path(), selection());
    showCount();
}

void DataBrowserPage::showCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setStyleSheet(QString());
    if (!m_model->errorString().isEmpty()) {
        m_count->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_count->setText(m_model->errorString());
    } else if (!m_session || !m_session->programmeId()) {
        m_count->clear();
    } else if (total < 0) {
        m_count->setText(tr("Counting data values…"));
    } else {
        m_count->setText(tr("Data values: %1").arg(QLocale().toString(total)));
    }
    const bool empty = total == 0 && m_session && m_session->programmeId() && m_model->errorString().isEmpty();
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_export->setEnabled(m_session && m_session->programmeId() && total != 0);
}

void DataBrowserPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataBrowserPage::retranslateUi()
{
    m_siteLabel->setText(tr("&Site:"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_reset->setText(tr("Reset filters"));
    m_export->setText(tr("Export selection…"));
    m_export->setToolTip(tr("Export the values these filters show (narrowed to the sites and indicators of the selected rows, if any)"));
    m_empty->setText(tr("No data values match these filters."));
    // Names, periods and statuses in the new language, keeping the choices.
    const bool was = m_filling;
    m_filling = true;
    if (m_session) {
        const int site = m_site->currentIndex();
        const int indicator = m_indicator->currentIndex();
        fillFilters();
        m_site->setCurrentIndex(site);
        m_indicator->setCurrentIndex(indicator);
    } else {
        fillPeriods();
        fillStatuses();
    }
    m_filling = was;
    m_model->retranslate();
    showCount();
}
