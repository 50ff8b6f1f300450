#include "dashboardpage.h"

#include "analytics/analyticsjson.h"
#include "analytics/analyticsservice.h"
#include "charts/completenessheatmap.h"
#include "charts/equitychart.h"
#include "charts/rankingchart.h"
#include "charts/trendchart.h"
#include "models/dashboardmodels.h"
#include "services/datavalueservice.h"
#include "shell/session.h"
#include "shell/settings.h"
#include "shell/widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <cmath>

using namespace Analytics;

namespace {

QString placeKey(const QString &en, const QString &zh)
{
    return en.isEmpty() ? zh : en;
}

// Sets the combo to the item whose data is value; false (and the first item) when none is.
bool selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(std::max(0, i));
    return i >= 0;
}

QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent, bool sortable = true)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(DashboardTableModel::SortRole);
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1StringView(name));
    view->setModel(proxy);
    if (sortable) {
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

} // namespace

DashboardPage::DashboardPage(Settings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_generation(std::make_shared<std::atomic<int>>(0))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);

    // Filters.
    auto *filters = new QGridLayout;
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1StringView(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_indicatorLabel = new QLabel(this);
    m_indicator = combo("indicator");
    m_indicator->setMinimumWidth(260);
    m_byLabel = new QLabel(this);
    m_by = combo("by");
    m_fromLabel = new QLabel(this);
    m_from = combo("from");
    m_toLabel = new QLabel(this);
    m_to = combo("to");
    m_submitted = new QCheckBox(this);
    m_submitted->setObjectName(QStringLiteral("includeSubmitted"));
    m_provinceLabel = new QLabel(this);
    m_province = combo("province");
    m_prefectureLabel = new QLabel(this);
    m_prefecture = combo("prefecture");
    m_countyLabel = new QLabel(this);
    m_county = combo("county");
    m_armLabel = new QLabel(this);
    m_arm = combo("arm");
    m_groupLabel = new QLabel(this);
    m_group = combo("group");
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    const std::pair<QLabel *, QWidget *> first[] = {{m_indicatorLabel, m_indicator}, {m_byLabel, m_by}, {m_fromLabel, m_from}, {m_toLabel, m_to}};
    const std::pair<QLabel *, QWidget *> second[] = {{m_provinceLabel, m_province}, {m_prefectureLabel, m_prefecture},
                                                     {m_countyLabel, m_county}, {m_armLabel, m_arm}, {m_groupLabel, m_group}};
    int column = 0;
    for (const auto &[label, widget] : first) {
        label->setBuddy(widget);
        filters->addWidget(label, 0, column++, Qt::AlignRight);
        filters->addWidget(widget, 0, column++);
    }
    filters->addWidget(m_submitted, 0, column, 1, 2);
    column = 0;
    for (const auto &[label, widget] : second) {
        label->setBuddy(widget);
        filters->addWidget(label, 1, column++, Qt::AlignRight);
        filters->addWidget(widget, 1, column++);
    }
    filters->addWidget(m_reset, 1, column);
    filters->setColumnStretch(column + 1, 1);
    layout->addLayout(filters);

    // KPI tiles.
    auto *tiles = new QHBoxLayout;
    m_latest = makeTile("latestTile");
    m_effect = makeTile("effectTile");
    m_meeting = makeTile("meetingTile");
    m_completeness = makeTile("completenessTile");
    for (const Tile *t : {&m_latest, &m_effect, &m_meeting, &m_completeness})
        tiles->addWidget(t->title->parentWidget(), t == &m_effect ? 2 : 1);
    layout->addLayout(tiles);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Tabs.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_trend = new TrendChart(this);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_ranking = new RankingChart(this);
    m_ranking->setObjectName(QStringLiteral("rankingChart"));
    m_equity = new EquityChart(this);
    m_equity->setObjectName(QStringLiteral("equityChart"));
    m_heatmap = new CompletenessHeatmap(this);
    m_heatmap->setObjectName(QStringLiteral("heatmap"));

    auto *measureRow = new QWidget(this);
    auto *measureLayout = new QHBoxLayout(measureRow);
    measureLayout->setContentsMargins(0, 0, 0, 0);
    m_measureLabel = new QLabel(measureRow);
    m_measure = new QComboBox(measureRow);
    m_measure->setObjectName(QStringLiteral("rankingMeasure"));
    m_measureLabel->setBuddy(m_measure);
    measureLayout->addWidget(m_measureLabel);
    measureLayout->addWidget(m_measure);
    measureLayout->addStretch();

    m_effects = new GroupEffectModel(this);
    m_effectsView = makeTable(m_effects, "effectsView", this, false);
    m_effectsView->setMinimumHeight(140);
    m_gaps = new QLabel(this);
    m_gaps->setObjectName(QStringLiteral("gapSummary"));
    m_gaps->setWordWrap(true);
    m_gaps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *equityExtra = new QWidget(this);
    auto *equityLayout = new QVBoxLayout(equityExtra);
    equityLayout->setContentsMargins(0, 0, 0, 0);
    equityLayout->addWidget(m_gaps);
    equityLayout->addWidget(m_effectsView);

    m_siteQuality = new SiteQualityModel(this);
    m_siteQualityView = makeTable(m_siteQuality, "siteQualityView", this);
    m_issues = new QualityIssueModel(this);
    m_issuesView = makeTable(m_issues, "issuesView", this);
    m_qualitySummary = new QLabel(this);
    m_qualitySummary->setObjectName(QStringLiteral("qualitySummary"));
    m_qualitySummary->setWordWrap(true);
    auto *quality = new QWidget(this);
    auto *qualityLayout = new QVBoxLayout(quality);
    qualityLayout->addWidget(m_qualitySummary);
    auto *split = new QSplitter(Qt::Horizontal, quality);
    split->addWidget(m_siteQualityView);
    split->addWidget(m_issuesView);
    qualityLayout->addWidget(split, 1);

    m_tabs->addTab(chartTab(m_trend), QString());
    // Sites: the ranking, and under it the same indicator by province, prefecture or county.
    m_places = new PlaceModel(this);
    m_placesView = makeTable(m_places, "placesView", this);
    m_placeLevelLabel = new QLabel(this);
    m_placeLevel = new QComboBox(this);
    m_placeLevel->setObjectName(QStringLiteral("placeLevel"));
    m_placeLevel->addItems({QString(), QString(), QString()});
    m_placeLevelLabel->setBuddy(m_placeLevel);
    connect(m_placeLevel, &QComboBox::currentIndexChanged, this, [this](int level) {
        m_places->setLevel(static_cast<PlaceLevel>(std::max(0, level)));
        m_settings.dashboardPlaceLevel.setValue(std::max(0, level));
    });
    auto *placesBox = new QWidget(this);
    auto *placesLayout = new QVBoxLayout(placesBox);
    placesLayout->setContentsMargins(0, 0, 0, 0);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_placeLevelLabel);
    levelRow->addWidget(m_placeLevel);
    levelRow->addStretch();
    placesLayout->addLayout(levelRow);
    placesLayout->addWidget(m_placesView);
    auto *sitesTab = new QSplitter(Qt::Vertical, this);
    sitesTab->addWidget(chartTab(m_ranking, measureRow));
    sitesTab->addWidget(placesBox);
    sitesTab->setStretchFactor(0, 3);
    sitesTab->setStretchFactor(1, 1);
    m_tabs->addTab(sitesTab, QString());
    auto *equityTab = new QSplitter(Qt::Vertical, this);
    equityTab->addWidget(chartTab(m_equity));
    equityTab->addWidget(equityExtra);
    equityTab->setStretchFactor(0, 3);
    equityTab->setStretchFactor(1, 2);
    m_equity->setMinimumHeight(300);
    m_tabs->addTab(equityTab, QString());
    m_tabs->addTab(chartTab(m_heatmap), QString());
    m_tabs->addTab(quality, QString());
    layout->addWidget(m_tabs, 1);

    // Wiring.
    for (QComboBox *c : {m_by, m_from, m_to, m_province, m_prefecture, m_county, m_arm, m_group})
        connect(c, &QComboBox::currentIndexChanged, this, [this, c] {
            if (m_filling)
                return;
            if (c == m_province || c == m_prefecture) {
                m_filling = true;
                fillPlaces();
                m_filling = false;
            }
            refresh();
        });
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_filling = true;
        fillPeriods();
        m_filling = false;
        refresh();
    });
    connect(m_submitted, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_filling = true;
        for (QComboBox *c : {m_from, m_to, m_province, m_prefecture, m_county, m_arm, m_group})
            c->setCurrentIndex(0);
        fillPlaces();
        m_by->setCurrentIndex(0);
        m_submitted->setChecked(false);
        m_filling = false;
        refresh();
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_ranking->setMeasure(m_measure->currentIndex() == 1 ? RankingChart::Measure::Change : RankingChart::Measure::Latest);
        m_settings.dashboardRanking.setValue(m_measure->currentIndex() == 1 ? QStringLiteral("change") : QStringLiteral("latest"));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) { m_settings.dashboardTab.setValue(tab); });
    connect(m_ranking, &ChartPanel::siteActivated, this, &DashboardPage::siteOpenRequested);
    connect(m_heatmap, &ChartPanel::cellActivated, this, [this](qint64 siteId, const Period &period) {
        emit openFormRequested(siteId, period, m_current ? m_current->indicator.meta.id : 0);
    });
    auto openIssue = [this](QTableView *view) {
        connect(view, &QTableView::activated, this, [this, view](const QModelIndex &index) {
            const qint64 site = index.data(DashboardTableModel::SiteIdRole).toLongLong();
            const Period period = Period::parse(index.data(DashboardTableModel::PeriodRole).toString());
            if (site && period.isValid())
                emit openFormRequested(site, period, m_current ? m_current->indicator.meta.id : 0);
            else if (site)
                emit siteOpenRequested(site);
        });
    };
    openIssue(m_issuesView);
    openIssue(m_siteQualityView);

    // Read the saved choice first: adding the items already reports a current index, which saves.
    const bool byChange = m_settings.dashboardRanking.value() == QLatin1StringView("change");
    m_measure->addItems({QString(), QString()});
    m_measure->setCurrentIndex(byChange ? 1 : 0);
    m_tabs->setCurrentIndex(std::clamp(m_settings.dashboardTab.value(), 0, m_tabs->count() - 1));
    m_placeLevel->setCurrentIndex(std::clamp(m_settings.dashboardPlaceLevel.value(), 0, m_placeLevel->count() - 1));
    retranslateUi();
    display(nullptr);
}

DashboardPage::~DashboardPage()
{
    // Running queries see the change and stop; their results are dropped.
    ++*m_generation;
}

DashboardPage::Tile DashboardPage::makeTile(const char *name)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QLatin1StringView(name));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border-radius: 6px; }").arg(QLatin1StringView(name)));
    auto *l = new QVBoxLayout(frame);
    Tile t{new QLabel(frame), new QLabel(frame), new QLabel(frame)};
    t.title->setStyleSheet(QStringLiteral("color: palette(mid); font-weight: bold;"));
    t.value->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold;"));
    t.value->setObjectName(QStringLiteral("value"));
    t.detail->setObjectName(QStringLiteral("detail"));
    t.detail->setWordWrap(true);
    t.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(t.title);
    l->addWidget(t.value);
    l->addWidget(t.detail, 1);
    return t;
}

QWidget *DashboardPage::chartTab(ChartPanel *chart, QWidget *extra)
{
    auto *tab = new QWidget(this);
    auto *l = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    if (extra)
        bar->addWidget(extra);
    bar->addStretch();
    auto *png = new QPushButton(tab);
    auto *svg = new QPushButton(tab);
    auto *copy = new QPushButton(tab);
    png->setObjectName(QStringLiteral("exportPng"));
    svg->setObjectName(QStringLiteral("exportSvg"));
    copy->setObjectName(QStringLiteral("copyTable"));
    bar->addWidget(png);
    bar->addWidget(svg);
    bar->addWidget(copy);
    m_pngButtons.append(png);
    m_svgButtons.append(svg);
    m_copyButtons.append(copy);
    connect(png, &QPushButton::clicked, this, [this, chart] { exportChart(chart, QStringLiteral("png")); });
    connect(svg, &QPushButton::clicked, this, [this, chart] { exportChart(chart, QStringLiteral("svg")); });
    connect(copy, &QPushButton::clicked, chart, &ChartPanel::copyTable);
    l->addLayout(bar);
    l->addWidget(chart, 1);
    return tab;
}

void DashboardPage::exportChart(ChartPanel *chart, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = chart->title();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\n]")), QStringLiteral(" "));
    const QString filter = suffix == QLatin1StringView("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), QDir(folder).filePath(name.simplified() + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    if (!chart->exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the chart"), error);
}

void DashboardPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++*m_generation;
    m_current.reset();
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
    if (isVisible())
        refresh();
    else
        display(nullptr);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::fillFilters()
{
    m_filling = true;
    const QString indicator = m_indicator->currentData().toString();
    m_indicator->clear();
    // The programme's indicators and sites, read once here (on a change of them) for every
    // combo and filter that needs them.
    m_indicators.clear();
    m_sites.clear();
    if (m_session && m_session->programmeId()) {
        m_indicators = m_session->indicators().indicators(m_session->programmeId());
        m_sites = m_session->sites().sites(m_session->programmeId());
    }
    for (const Indicator &i : std::as_const(m_indicators))
        m_indicator->addItem(QStringLiteral("%1 — %2").arg(i.code, i.name()), i.code);
    if (!indicator.isEmpty())
        selectData(m_indicator, indicator);
    restoreFilters();
    m_filling = false;
}

void DashboardPage::restoreFilters()
{
    // Called with m_filling set: the saved filters, where they still exist.
    if (!m_settings.dashboardIndicator.value().isEmpty())
        selectData(m_indicator, m_settings.dashboardIndicator.value());
    fillPeriods();
    selectData(m_by, m_settings.dashboardBy.value());
    selectData(m_from, m_settings.dashboardFrom.value());
    selectData(m_to, m_settings.dashboardTo.value());
    selectData(m_arm, m_settings.dashboardArm.value());
    selectData(m_group, m_settings.dashboardGroup.value());
    m_submitted->setChecked(m_settings.dashboardIncludeSubmitted.value());
    m_province->clear();
    m_prefecture->clear();
    m_county->clear();
    fillPlaces();
    selectData(m_province, m_settings.dashboardProvince.value());
    fillPlaces();
    selectData(m_prefecture, m_settings.dashboardPrefecture.value());
    fillPlaces();
    selectData(m_county, m_settings.dashboardCounty.value());
}

void DashboardPage::fillPlaces()
{
    // Province, then the prefectures of the chosen province, then their counties.
    const QString province = m_province->currentData().toString();
    const QString prefecture = m_prefecture->currentData().toString();
    const QString county = m_county->currentData().toString();
    auto fill = [](QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &places, const QString &keep) {
        combo->clear();
        combo->addItem(all, QString());
        QList<std::pair<QString, QString>> sorted = places;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
        for (const auto &[key, label] : std::as_const(sorted))
            combo->addItem(label, key);
        selectData(combo, keep);
    };
    QList<std::pair<QString, QString>> provinces, prefectures, counties;
    QSet<QString> seen;
    for (const Site &s : std::as_const(m_sites)) {
        const QString p = placeKey(s.provinceEn, s.provinceZh);
        if (!p.isEmpty() && !seen.contains(u"p:" + p)) {
            seen.insert(u"p:" + p);
            provinces.append({p, s.province()});
        }
        if (!province.isEmpty() && p != province)
            continue;
        const QString f = placeKey(s.prefectureEn, s.prefectureZh);
        if (!f.isEmpty() && !seen.contains(u"f:" + f)) {
            seen.insert(u"f:" + f);
            prefectures.append({f, s.prefecture()});
        }
        if (!prefecture.isEmpty() && f != prefecture)
            continue;
        const QString c = placeKey(s.countyEn, s.countyZh);
        if (!c.isEmpty() && !seen.contains(u"c:" + c)) {
            seen.insert(u"c:" + c);
            counties.append({c, s.county()});
        }
    }
    const bool was = m_filling;
    m_filling = true;
    fill(m_province, tr("All provinces"), provinces, province);
    fill(m_prefecture, tr("All prefectures"), prefectures, prefecture);
    fill(m_county, tr("All counties"), counties, county);
    m_filling = was;
}

void DashboardPage::fillPeriods()
{
    // The roll-ups the indicator allows, and its periods over the programme's dates.
    const QString by = m_by->currentData().toString();
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    m_by->clear();
    m_from->clear();
    m_to->clear();
    const Indicator *indicator = currentIndicator();
    m_from->addItem(tr("Earliest data"), QString());
    m_to->addItem(tr("Latest data"), QString());
    if (!indicator) {
        m_by->addItem(tr("Month"), QString());
        return;
    }
    const Period::Type type = DataValueService::periodType(indicator->frequency);
    m_by->addItem(tr("As reported"), QString());
    const std::pair<Period::Type, QString> types[] = {
        {Period::Type::Monthly, tr("By month")}, {Period::Type::Quarterly, tr("By quarter")}, {Period::Type::Yearly, tr("By year")}};
    for (const auto &[t, label] : types)
        if (int(t) > int(type))
            m_by->addItem(label, periodTypeKey(t));
    const auto programme = m_session->programme();
    QDate start = programme && programme->startDate.isValid() ? programme->startDate : QDate::currentDate().addYears(-5);
    QDate end = programme && programme->endDate.isValid() ? programme->endDate : QDate::currentDate();
    end = std::min(end, QDate::currentDate().addYears(1));
    if (end < start)
        end = start;
    for (Period p = Period::containing(start, type); p.isValid() && p.startDate() <= end; p = p.next()) {
        m_from->addItem(p.displayName(), p.id());
        m_to->addItem(p.displayName(), p.id());
    }
    selectData(m_by, by);
    selectData(m_from, from);
    selectData(m_to, to);
}

void DashboardPage::saveFilters()
{
    m_settings.dashboardIndicator.setValue(m_indicator->currentData().toString());
    m_settings.dashboardBy.setValue(m_by->currentData().toString());
    m_settings.dashboardFrom.setValue(m_from->currentData().toString());
    m_settings.dashboardTo.setValue(m_to->currentData().toString());
    m_settings.dashboardProvince.setValue(m_province->currentData().toString());
    m_settings.dashboardPrefecture.setValue(m_prefecture->currentData().toString());
    m_settings.dashboardCounty.setValue(m_county->currentData().toString());
    m_settings.dashboardArm.setValue(m_arm->currentData().toString());
    m_settings.dashboardGroup.setValue(m_group->currentData().toString());
    m_settings.dashboardIncludeSubmitted.setValue(m_submitted->isChecked());
}

const Indicator *DashboardPage::currentIndicator() const
{
    const QString code = m_indicator->currentData().toString();
    for (const Indicator &i : m_indicators)
        if (i.code == code)
            return &i;
    return nullptr;
}

Filter DashboardPage::filter() const
{
    Filter f;
    if (!m_session)
        return f;
    f.programmeId = m_session->programmeId();
    if (const Indicator *indicator = currentIndicator())
        f.indicatorId = indicator->meta.id;
    f.from = Period::parse(m_from->currentData().toString());
    f.to = Period::parse(m_to->currentData().toString());
    if (const auto by = periodTypeFromKey(m_by->currentData().toString()))
        f.by = *by;
    f.province = m_province->currentData().toString();
    f.prefecture = m_prefecture->currentData().toString();
    f.county = m_county->currentData().toString();
    Arm arm;
    if (Vocabulary::fromKey(m_arm->currentData().toString(), &arm))
        f.arm = arm;
    f.group = groupFromKey(m_group->currentData().toString());
    f.includeSubmitted = m_submitted->isChecked();
    return f;
}

void DashboardPage::refresh()
{
    m_stale = false;
    const int generation = ++*m_generation;
    if (!m_session || !m_session->programmeId() || m_indicator->count() == 0) {
        m_computing = false;
        display(nullptr);
        emit refreshed();
        return;
    }
    saveFilters();
    const Filter f = filter();
    if (f.from.isValid() && f.to.isValid() && f.to < f.from) {
        m_computing = false;
        showError(tr("The period range ends (%1) before it starts (%2).").arg(f.to.displayName(), f.from.displayName()));
        emit refreshed();
        return;
    }
    m_computing = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Computing…"));
    const QString path = m_session->database().path();
    const auto counter = m_generation;
    QPointer<DashboardPage> guard(this);
    QThreadPool::globalInstance()->start([path, f, counter, generation, guard] {
        Result<Dashboard> result = fail(QString());
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
            if (!opened)
                result = fail(opened.error());
            else
                result = AnalyticsService(*opened.value()).compute(f, [counter, generation] { return counter->load() != generation; });
        }
        if (counter->load() != generation)
            return; // superseded: drop it
        QMetaObject::invokeMethod(
            qApp,
            [guard, counter, generation, result] {
                if (!guard || counter->load() != generation)
                    return;
                guard->m_computing = false;
                if (result)
                    guard->display(std::make_shared<const Dashboard>(result.value()));
                else
                    guard->showError(result.error());
                emit guard->refreshed();
            },
            Qt::QueuedConnection);
    });
}

void DashboardPage::showError(const QString &message)
{
    display(nullptr);
    m_errorShown = true;
    for (ChartPanel *chart : std::initializer_list<ChartPanel *>{m_trend, m_ranking, m_equity, m_heatmap})
        chart->setMessage(message);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

void DashboardPage::display(std::shared_ptr<const Dashboard> dashboard)
{
    m_errorShown = false;
    m_current = std::move(dashboard);
    for (ChartPanel *chart : std::initializer_list<ChartPanel *>{m_trend, m_ranking, m_equity, m_heatmap})
        chart->setDashboard(m_current);
    m_effects->setDashboard(m_current);
    m_places->setDashboard(m_current);
    m_siteQuality->setDashboard(m_current);
    m_issues->setDashboard(m_current);
    showTiles();
}

QString DashboardPage::reading(const Dashboard &d)
{
    const Did &did = d.did;
    if (did.reason != DidReason::None)
        return didReasonText(did.reason);
    QString unit;
    switch (d.indicator.valueType) {
    case ValueType::Percentage:
    case ValueType::YesNo: unit = tr("points"); break;
    case ValueType::RatePer1000: unit = tr("per 1,000"); break;
    case ValueType::Count: unit = tr("per site and period"); break;
    case ValueType::Mean: unit = tr("points of the score"); break;
    }
    // Say it in the direction that counts as better, with the interval in that direction.
    const double sign = d.indicator.direction == Direction::Higher ? 1.0 : -1.0;
    const double better = sign * *did.estimate;
    const double low = std::min(sign * *did.low, sign * *did.high);
    const double high = std::max(sign * *did.low, sign * *did.high);
    const int decimals = 1;
    QString text = better >= 0 ? tr("Pilot sites improved %1 %2 more than comparison sites, 95% CI %3 to %4.")
                               : tr("Pilot sites did %1 %2 worse than comparison sites, 95% CI %3 to %4.");
    text = text.arg(formatted(std::abs(better), decimals), unit, formatted(better >= 0 ? low : -high, decimals),
                    formatted(better >= 0 ? high : -low, decimals));
    if (*did.low <= 0 && *did.high >= 0)
        text += u' ' + tr("The interval includes zero: the difference may be chance.");
    text += u' ' + tr("(%1 pilot and %2 comparison sites; baseline %3–%4, endline %5–%6.)")
                       .arg(did.pilotSites)
                       .arg(did.comparisonSites)
                       .arg(d.baselineFrom.displayName(), d.baselineTo.displayName(), d.endlineFrom.displayName(),
                            d.endlineTo.displayName());
    return text;
}

void DashboardPage::showTiles()
{
    m_latest.title->setText(tr("Latest value"));
    m_effect.title->setText(tr("Pilot vs comparison (difference-in-differences)"));
    m_meeting.title->setText(tr("Sites meeting their target"));
    m_completeness.title->setText(tr("Completeness"));
    const Dashboard *d = m_current.get();
    if (!d) {
        for (const Tile *t : {&m_latest, &m_effect, &m_meeting, &m_completeness}) {
            t->value->setText(QStringLiteral("–"));
            t->detail->clear();
        }
        m_effect.detail->setText(m_session && m_indicator->count() == 0 ? tr("This programme has no indicators yet.")
                                                                        : tr("Choose an indicator."));
        m_status->setText(QString());
        m_gaps->clear();
        m_qualitySummary->clear();
        return;
    }
    const ValueType type = d->indicator.valueType;
    const int decimals = decimalsOf(type) + (type == ValueType::Count ? 1 : 0);
    const QString unit = ChartText::unit(type);
    const Progress &p = d->progress;
    auto withUnit = [&](const std::optional<double> &v) -> QString {
        if (!v)
            return QStringLiteral("–");
        return type == ValueType::RatePer1000 ? QString(formatted(v, decimals) + u' ' + unit) : QString(formatted(v, decimals) + unit);
    };
    m_latest.value->setText(withUnit(p.latest));
    QString latest;
    if (p.latestPeriod.isValid())
        latest = tr("%1; baseline %2, target %3.").arg(p.latestPeriod.displayName(), withUnit(p.baseline), withUnit(p.target));
    else
        latest = d->filter.includeSubmitted ? tr("No approved or submitted data for these periods yet.")
                                            : tr("No approved data for these periods yet.");
    if (p.progress)
        latest += u' ' + tr("%1% of the way from baseline to target.").arg(formatted(p.progress, 0));
    switch (p.projection) {
    case Projection::Met: latest += u' ' + tr("Target met."); break;
    case Projection::Projected:
        latest += u' ' + tr("At the current trend the target is met in %1.").arg(p.projectedPeriod.displayName());
        break;
    case Projection::OffTrend: latest += u' ' + tr("The current trend does not reach the target."); break;
    case Projection::Insufficient: break;
    }
    if (type == ValueType::Count)
        latest += u' ' + tr("Counts are per site and period.");
    m_latest.detail->setText(latest);

    // The effect is a difference: percentage points, not per cent.
    const QString points = type == ValueType::Percentage || type == ValueType::YesNo ? tr("%1 points")
                           : type == ValueType::RatePer1000                       ? tr("%1 per 1,000")
                                                                                  : QStringLiteral("%1");
    m_effect.value->setText(d->did.estimate ? points.arg((*d->did.estimate > 0 ? QStringLiteral("+") : QString())
                                                         + formatted(d->did.estimate, 1))
                                            : QStringLiteral("–"));
    m_effect.detail->setText(reading(*d));
    m_meeting.value->setText(p.sitesWithTarget ? tr("%1 of %2").arg(p.sitesMeeting).arg(p.sitesWithTarget) : QStringLiteral("–"));
    m_meeting.detail->setText(p.sitesWithTarget ? tr("sites at or beyond their target in their latest report")
                                                : tr("No site with data has a target."));
    const Quality &q = d->quality;
    const auto percent = [](const std::optional<double> &f) {
        return f ? formatted(100.0 * *f, 1) + QStringLiteral("%") : QStringLiteral("–");
    };
    m_completeness.value->setText(percent(q.completeness()));
    m_completeness.detail->setText(tr("%1 of %2 reports received; %3 on time; %4 outliers; %5 consistency failures.")
                                       .arg(q.received)
                                       .arg(q.expected)
                                       .arg(percent(q.timeliness()))
                                       .arg(q.outliers)
                                       .arg(q.consistencyFailures));
    m_qualitySummary->setText(m_completeness.detail->text() + u' '
                              + tr("Double-click a row to open the entry form at that site and period."));

    int sites = 0, reports = 0;
    for (const SeriesPoint &point : d->series)
        reports += point.all.reports;
    for (const SiteRow &row : d->sites)
        sites += row.latest ? 1 : 0;
    m_status->setStyleSheet(QString());
    m_status->setText(d->series.isEmpty() ? QString()
                                          : tr("%1 to %2: %n report(s) from %3 site(s), %4.", nullptr, reports)
                                                .arg(d->from.displayName(), d->to.displayName())
                                                .arg(sites)
                                                .arg(d->filter.includeSubmitted ? tr("approved and submitted data")
                                                                                : tr("approved data only")));

    QStringList gaps;
    for (const GapChange &g : d->gapChange) {
        const QString names = tr("%1 − %2").arg(groupLabel(Group{g.dimension, false}), groupLabel(Group{g.dimension, true}));
        if (!g.pilotNarrowing && !g.comparisonNarrowing) {
            gaps.append(tr("%1 (%2): not enough data in both windows.").arg(dimensionLabel(g.dimension), names));
            continue;
        }
        auto change = [&](const std::optional<double> &from, const std::optional<double> &to) {
            return from && to ? tr("%1 → %2").arg(formatted(from, decimals), formatted(to, decimals)) : tr("not enough data");
        };
        QString line = tr("%1 (%2): pilot sites %3, comparison sites %4.")
                           .arg(dimensionLabel(g.dimension), names, change(g.pilotBaselineGap, g.pilotEndlineGap),
                                change(g.comparisonBaselineGap, g.comparisonEndlineGap));
        if (g.difference) {
            const QString by = formatted(g.difference, decimals);
            line += u' ' + (*g.difference > 0 ? tr("The gap is closing faster where the model runs (by %1).").arg(by)
                                              : tr("The gap is not closing faster where the model runs (%1).").arg(by));
        }
        gaps.append(line);
    }
    for (const Sii &s : d->sii)
        if (s.endline && s.value)
            gaps.append(tr("Slope index of inequality at endline, %1 sites: %2 (from the most to the least disadvantaged).")
                            .arg(Vocabulary::label(s.arm), formatted(s.value, decimals)));
    m_gaps->setText(tr("Gaps between equity groups (reference − focus group), baseline → endline window:") + u'\n'
                    + (gaps.isEmpty() ? tr("No equity group has data in both windows yet.") : gaps.join(u'\n')));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_byLabel->setText(tr("Show:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_submitted->setText(tr("Include submitted data"));
    m_submitted->setToolTip(tr("Count reports waiting for review as well as approved ones"));
    m_provinceLabel->setText(tr("Province:"));
    m_prefectureLabel->setText(tr("Prefecture:"));
    m_countyLabel->setText(tr("County:"));
    m_armLabel->setText(tr("Arm:"));
    m_groupLabel->setText(tr("Equity group:"));
    m_reset->setText(tr("Reset filters"));
    m_measureLabel->setText(tr("Rank by:"));
    m_measure->setItemText(0, tr("Latest value"));
    m_measure->setItemText(1, tr("Change from baseline to endline"));
    m_placeLevelLabel->setText(tr("By place:"));
    for (const PlaceLevel level : {PlaceLevel::Province, PlaceLevel::Prefecture, PlaceLevel::County})
        m_placeLevel->setItemText(int(level), placeLevelLabel(level));
    m_tabs->setTabText(TrendTab, tr("Trend"));
    m_tabs->setTabText(SitesTab, tr("Sites"));
    m_tabs->setTabText(EquityTab, tr("Equity"));
    m_tabs->setTabText(CompletenessTab, tr("Completeness"));
    m_tabs->setTabText(QualityTab, tr("Data quality"));
    for (QPushButton *b : std::as_const(m_pngButtons)) {
        b->setText(tr("Export PNG…"));
        b->setToolTip(tr("Save the chart as a picture"));
    }
    for (QPushButton *b : std::as_const(m_svgButtons)) {
        b->setText(tr("Export SVG…"));
        b->setToolTip(tr("Save the chart as a vector drawing"));
    }
    for (QPushButton *b : std::as_const(m_copyButtons)) {
        b->setText(tr("Copy table"));
        b->setToolTip(tr("Copy the numbers behind the chart, to paste into a spreadsheet"));
    }
    // Combos with fixed entries: re-fill keeping the choice.
    const bool was = m_filling;
    m_filling = true;
    const QString arm = m_arm->currentData().toString();
    m_arm->clear();
    m_arm->addItem(tr("Pilot and comparison"), QString());
    m_arm->addItem(Vocabulary::label(Arm::Pilot), Vocabulary::key(Arm::Pilot));
    m_arm->addItem(Vocabulary::label(Arm::Comparison), Vocabulary::key(Arm::Comparison));
    selectData(m_arm, arm);
    const QString group = m_group->currentData().toString();
    m_group->clear();
    m_group->addItem(tr("All"), QString());
    for (const Dimension d : Dimensions)
        for (const bool focus : {false, true})
            m_group->addItem(groupLabel(Group{d, focus}), groupKey(Group{d, focus}));
    selectData(m_group, group);
    if (m_session) {
        const int indicator = m_indicator->currentIndex();
        fillFilters();
        m_indicator->setCurrentIndex(indicator);
    }
    m_filling = was;
    for (DashboardTableModel *model : std::initializer_list<DashboardTableModel *>{m_effects, m_siteQuality, m_issues, m_places})
        model->retranslate();
    // A refusal on show was worded in the old language: ask again (the filter has not changed).
    if (m_errorShown && !m_computing)
        refresh();
    else
        showTiles();
}
