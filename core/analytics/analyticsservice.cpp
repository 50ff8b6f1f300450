#include "analyticsservice.h"

#include "analytics/statistics.h"
#include "services/datavalueservice.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"
#include "storage/sitetargetrepository.h"
#include "storage/sqlitestatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Analytics;

namespace {

// A site's values for one period: its total row, or a group of children's option rows summed.
struct Cell
{
    int site = 0;   // index into the programme's sites
    int period = 0; // index into the periods seen
    double v = 0, n = 0, d = 0;
    bool hasV = false, hasN = false, hasD = false;
    DataStatus status = DataStatus::Draft;
    bool reported = false; // a report row exists
    int submitted = 0;     // the report's submission date as yyyymmdd, 0 for none
};

// yyyymmdd of an ISO date or timestamp's first ten characters; 0 when it is not one.
int dateKey(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return 0;
    int key = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9')
            return 0;
        key = key * 10 + (text[i] - '0');
    }
    return key;
}

int dateKey(QDate date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

struct SiteInfo
{
    Site site;
    bool filtered = false; // passes the filter
    int disadvantages = 0;
    std::optional<double> target;
};

class Engine
{
public:
    Engine(const Indicator &indicator, int siteCount) : m_type(indicator.valueType), m_marks(siteCount, 0) {}

    // Distinct sites in a list with repeats: one pass with a generation mark per site.
    int distinctSites(const QList<int> &list) const
    {
        ++m_stamp;
        int count = 0;
        for (int site : list)
            if (m_marks[site] != m_stamp) {
                m_marks[site] = m_stamp;
                ++count;
            }
        return count;
    }

    // Whether a cell has the parts its value type needs.
    bool usable(const Cell &c) const
    {
        return ratio() ? c.hasN && c.hasD : c.hasV;
    }
    bool ratio() const { return m_type == ValueType::Percentage || m_type == ValueType::RatePer1000; }
    // Whether option rows add up to the total (counts and the parts of ratios; not means, yes/no).
    bool additive() const { return ratio() || m_type == ValueType::Count; }

    std::optional<double> value(const Cell &c) const
    {
        if (ratio())
            return c.hasN && c.hasD && c.d != 0 ? std::optional(scaleOf(m_type) * c.n / c.d) : std::nullopt;
        if (!c.hasV)
            return std::nullopt;
        return m_type == ValueType::YesNo ? 100.0 * c.v : c.v;
    }

    struct Acc
    {
        double n = 0, d = 0, v = 0;
        int reports = 0;
        QList<int> sites; // with repeats; counted distinct when finished
        void add(const Cell &c)
        {
            n += c.n;
            d += c.d;
            v += c.v;
            ++reports;
            if (sites.isEmpty() || sites.last() != c.site)
                sites.append(c.site);
        }

    };

    Aggregate finish(const Acc &a) const
    {
        Aggregate g;
        g.sites = distinctSites(a.sites);
        g.reports = a.reports;
        if (ratio()) {
            g.numerator = a.n;
            g.denominator = a.d;
            const double scale = scaleOf(m_type);
            if (a.reports && a.d != 0)
                g.value = scale * a.n / a.d;
            if (const auto w = Statistics::wilson(a.n, a.d)) {
                g.low = scale * w->low;
                g.high = scale * w->high;
            }
        } else {
            g.numerator = a.v;
            g.denominator = a.reports;
            if (a.reports) {
                switch (m_type) {
                case ValueType::Count: g.value = a.v; break;
                case ValueType::Mean: g.value = a.v / a.reports; break;
                case ValueType::YesNo: {
                    g.value = 100.0 * a.v / a.reports;
                    if (const auto w = Statistics::wilson(a.v, a.reports)) {
                        g.low = 100.0 * w->low;
                        g.high = 100.0 * w->high;
                    }
                    break;
                }
                default: break;
                }
            }
        }
        if (g.value)
            g.level = m_type == ValueType::Count ? a.v / a.reports : *g.value;
        return g;
    }

    template<typename Pred>
    Aggregate aggregate(const QList<Cell> &cells, Pred pred) const
    {
        Acc a;
        for (const Cell &c : cells)
            if (pred(c))
                a.add(c);
        return finish(a);
    }

private:
    ValueType m_type;
    mutable QList<int> m_marks;
    mutable int m_stamp = 0;
};

struct Window
{
    Period from;
    Period to;
    bool valid() const { return from.isValid() && to.isValid(); }
    bool overlaps(const Period &p) const
    {
        return valid() && p.startDate() <= to.endDate() && p.endDate() >= from.startDate();
    }
};

QString key(const QString &en, const QString &zh)
{
    return en.isEmpty() ? zh : en;
}

} // namespace

Result<Dashboard> AnalyticsService::compute(const Filter &filter, const Cancelled &cancelled) const
{
    auto stop = [&] { return cancelled && cancelled(); };
    Dashboard out;
    out.filter = filter;

    const auto programme = ProgrammeRepository(m_database).find(filter.programmeId);
    if (!programme || programme->meta.deleted)
        return fail(tr("The programme asked for does not exist (id %1).").arg(filter.programmeId));
    const auto indicator = IndicatorRepository(m_database).find(filter.indicatorId);
    if (!indicator || indicator->meta.deleted || indicator->programmeId != programme->meta.id)
        return fail(tr("The indicator asked for is not one of programme %1's indicators.").arg(programme->code));
    out.programme = *programme;
    out.indicator = *indicator;
    const Indicator &ind = *indicator;
    const Period::Type type = DataValueService::periodType(ind.frequency);
    out.by = filter.by == Period::Type::Invalid ? type : filter.by;
    if (Period::Type(out.by) < type)
        return fail(tr("The indicator %1 is reported %2; it cannot be shown by a shorter period.")
                        .arg(ind.code, Vocabulary::label(ind.frequency)));

    // Sites, their filter and targets.
    QList<SiteInfo> sites;
    QHash<qint64, int> siteIndex;
    {
        const QList<Site> all = SiteRepository(m_database).all(programme->meta.id);
        QHash<qint64, double> targets;
        for (const SiteTarget &t : SiteTargetRepository(m_database).forIndicator(ind.meta.id))
            if (!t.meta.deleted && t.target)
                targets.insert(t.siteId, *t.target);
        for (const Site &s : all) {
            SiteInfo info{s, true, disadvantages(s), std::nullopt};
            if (!filter.province.isEmpty() && key(s.provinceEn, s.provinceZh) != filter.province)
                info.filtered = false;
            if (!filter.prefecture.isEmpty() && key(s.prefectureEn, s.prefectureZh) != filter.prefecture)
                info.filtered = false;
            if (!filter.county.isEmpty() && key(s.countyEn, s.countyZh) != filter.county)
                info.filtered = false;
            if (filter.arm && s.arm != *filter.arm)
                info.filtered = false;
            if (filter.group && isSiteDimension(filter.group->dimension) && !siteInGroup(s, *filter.group))
                info.filtered = false;
            if (const auto t = targets.constFind(s.meta.id); t != targets.cend())
                info.target = *t;
            else
                info.target = ind.target;
            siteIndex.insert(s.meta.id, int(sites.size()));
            sites.append(info);
        }
    }

    const Engine engine(ind, int(sites.size()));
    sqlite3 *db = m_database.handle();
    // Periods seen, parsed once.
    QList<Period> periods;
    // Period ids are looked up by a number made from their characters ("202403" → 202403,
    // "2024Q1" → 2024 * 100 + 41, "2024" → 2024 * 100 + 99), parsed once each.
    QHash<int, int> periodIndex;
    auto periodOf = [&](QByteArrayView id) -> int {
        int code = 0;
        bool plain = (id.size() == 6 || id.size() == 4);
        for (qsizetype i = 0; plain && i < id.size(); ++i) {
            const char c = id[i];
            if (c >= '0' && c <= '9')
                code = code * 10 + (c - '0');
            else if (i == 4 && c == 'Q')
                code = code * 10 + 4;
            else
                plain = false;
        }
        if (plain && id.size() == 4)
            code = code * 100 + 99;
        if (plain)
            if (const auto it = periodIndex.constFind(code); it != periodIndex.cend())
                return *it;
        const Period p = Period::parse(QString::fromLatin1(id));
        int index = -1;
        if (p.isValid() && p.type() == type) {
            index = int(periods.size());
            periods.append(p);
        }
        if (plain)
            periodIndex.insert(code, index);
        return index;
    };
    auto cellKey = [](int site, int period) { return (quint64(quint32(site)) << 32) | quint64(quint32(period)); };

    // Reports of the programme's sites: status and submission date per site and period.
    struct ReportInfo
    {
        DataStatus status = DataStatus::Draft;
        int submitted = 0;
    };
    QHash<quint64, ReportInfo> reports; // cellKey(site, period)
    {
        SqliteStatement q(db, "SELECT r.site_id, r.period, r.status, r.submitted_at FROM report r"
                              " JOIN site s ON s.id = r.site_id WHERE s.programme_id = ? AND s.deleted = 0 AND r.deleted = 0");
        if (!q.ok())
            return fail(tr("Reading the reports failed: %1").arg(q.error()));
        q.bind(1, programme->meta.id);
        while (q.next()) {
            const auto s = siteIndex.constFind(q.int64(0));
            const int p = s == siteIndex.cend() ? -1 : periodOf(q.view(1));
            if (p < 0)
                continue;
            ReportInfo r;
            const QByteArrayView status = q.view(2);
            r.status = status == "approved"    ? DataStatus::Approved
                       : status == "submitted" ? DataStatus::Submitted
                       : status == "returned"  ? DataStatus::Returned
                                               : DataStatus::Draft;
            r.submitted = dateKey(q.view(3));
            reports.insert(cellKey(*s, p), r);
        }
    }
    if (stop())
        return fail(tr("cancelled"));

    auto attach = [&](Cell &c) {
        if (const auto r = reports.constFind(cellKey(c.site, c.period)); r != reports.cend()) {
            c.status = r->status;
            c.submitted = r->submitted;
            c.reported = true;
        }
    };

    // Totals.
    QList<Cell> totals;
    {
        SqliteStatement q(db, "SELECT site_id, period, value, numerator, denominator FROM data_value"
                              " WHERE indicator_id = ? AND option_id IS NULL AND deleted = 0");
        if (!q.ok())
            return fail(tr("Reading the values failed: %1").arg(q.error()));
        q.bind(1, ind.meta.id);
        while (q.next()) {
            const auto s = siteIndex.constFind(q.int64(0));
            if (s == siteIndex.cend())
                continue;
            const int p = periodOf(q.view(1));
            if (p < 0)
                continue;
            Cell c;
            c.site = *s;
            c.period = p;
            c.hasV = !q.isNull(2);
            c.v = c.hasV ? q.real(2) : 0;
            c.hasN = !q.isNull(3);
            c.n = c.hasN ? q.real(3) : 0;
            c.hasD = !q.isNull(4);
            c.d = c.hasD ? q.real(4) : 0;
            attach(c);
            totals.append(c);
        }
    }
    if (stop())
        return fail(tr("cancelled"));

    // Option rows: groups of children per site and period, and the parts against the total.
    struct Parts
    {
        double v = 0, n = 0, d = 0;
        bool hasV = false, hasN = false, hasD = false;
        bool numeratorAbove = false;
        int options = 0; // rows, one per option (the key is unique); 0 = no parts
    };
    QHash<qint64, QList<std::pair<QString, QString>>> optionTags;
    QSet<qint64> myOptions;
    {
        SqliteStatement q(db, "SELECT io.option_id, t.dimension, t.member FROM indicator_option io"
                              " LEFT JOIN category_option_tag t ON t.option_id = io.option_id WHERE io.indicator_id = ?");
        q.bind(1, ind.meta.id);
        while (q.next()) {
            myOptions.insert(q.int64(0));
            if (!q.isNull(1))
                optionTags[q.int64(0)].append({q.text(1), q.text(2)});
        }
    }
    for (const Dimension d : Dimensions) {
        if (isSiteDimension(d)) {
            out.dimensions.append(d);
            continue;
        }
        if (filter.group && !isSiteDimension(filter.group->dimension))
            continue; // the cells are already one group of children
        if (!engine.additive())
            continue; // means and yes/no do not add up over options
        const QString dim = optionTag(Group{d, false}).first;
        bool carried = false;
        for (const auto &tags : std::as_const(optionTags))
            for (const auto &tag : tags)
                carried = carried || tag.first == dim;
        if (carried)
            out.dimensions.append(d);
    }
    if (filter.group && !isSiteDimension(filter.group->dimension)) {
        const QString dim = optionTag(*filter.group).first;
        bool carried = false;
        for (const auto &tags : std::as_const(optionTags))
            for (const auto &tag : tags)
                carried = carried || tag.first == dim;
        if (!carried || !engine.additive())
            return fail(tr("The indicator %1 is not reported for %2 separately; choose another equity group.")
                            .arg(ind.code, groupLabel(*filter.group)));
    }
    // Groups of children: index 0..3 = sex male/female, ethnicity han/minority.
    const QList<Group> childGroups = {{Dimension::Sex, false}, {Dimension::Sex, true}, {Dimension::Ethnicity, false},
                                      {Dimension::Ethnicity, true}};
    QHash<qint64, QList<int>> optionGroups; // option id -> child group indices
    for (auto it = optionTags.cbegin(); it != optionTags.cend(); ++it)
        for (int g = 0; g < childGroups.size(); ++g)
            if (it.value().contains(optionTag(childGroups[g])))
                optionGroups[it.key()].append(g);
    // Dense site × period tables over the periods known from reports and totals: an option row
    // in any other period has neither a report nor a total, so it could count nowhere.
    const qsizetype knownPeriods = periods.size();
    const qsizetype tableSize = qsizetype(sites.size()) * knownPeriods;
    QList<Parts> parts;                        // [site * knownPeriods + period]
    QList<QList<Cell>> childCells(childGroups.size()); // [group][site * knownPeriods + period]; usable once reported or with parts
    QList<QList<bool>> childSeen(childGroups.size());
    if (!myOptions.isEmpty()) {
        parts.resize(tableSize);
        for (int g = 0; g < childGroups.size(); ++g) {
            childCells[g].resize(tableSize);
            childSeen[g].resize(tableSize);
        }
    }
    if (!myOptions.isEmpty()) {
        SqliteStatement q(db, "SELECT site_id, period, option_id, value, numerator, denominator FROM data_value"
                              " WHERE indicator_id = ? AND option_id IS NOT NULL AND deleted = 0");
        if (!q.ok())
            return fail(tr("Reading the values failed: %1").arg(q.error()));
        q.bind(1, ind.meta.id);
        qint64 lastOption = -1;
        bool mine = false;
        QList<int> groupsOfOption;
        while (q.next()) {
            const qint64 option = q.int64(2);
            if (option != lastOption) { // rows come option by option
                lastOption = option;
                mine = myOptions.contains(option); // not (or no longer) one of the indicator's options
                groupsOfOption = optionGroups.value(option);
            }
            if (!mine)
                continue;
            const auto s = siteIndex.constFind(q.int64(0));
            if (s == siteIndex.cend())
                continue;
            const int p = periodOf(q.view(1));
            if (p < 0 || p >= knownPeriods)
                continue;
            const qsizetype slot = qsizetype(*s) * knownPeriods + p;
            const bool hasV = !q.isNull(3), hasN = !q.isNull(4), hasD = !q.isNull(5);
            const double v = hasV ? q.real(3) : 0, n = hasN ? q.real(4) : 0, d = hasD ? q.real(5) : 0;
            Parts &part = parts[slot];
            ++part.options;
            if (hasV) {
                part.v += v;
                part.hasV = true;
            }
            if (hasN) {
                part.n += n;
                part.hasN = true;
            }
            if (hasD) {
                part.d += d;
                part.hasD = true;
            }
            if (hasN && hasD && n > d)
                part.numeratorAbove = true;
            for (int g : std::as_const(groupsOfOption)) {
                Cell &c = childCells[g][slot];
                if (!childSeen[g][slot]) {
                    childSeen[g][slot] = true;
                    c.site = *s;
                    c.period = p;
                    attach(c);
                }
                if (hasN && hasD) {
                    c.n += n;
                    c.d += d;
                    c.hasN = c.hasD = true;
                }
                if (hasV) {
                    c.v += v;
                    c.hasV = true;
                }
            }
        }
    }
    if (stop())
        return fail(tr("cancelled"));

    const bool submittedCounts = filter.includeSubmitted;
    auto counted = [&](const Cell &c) {
        return c.reported && (c.status == DataStatus::Approved || (submittedCounts && c.status == DataStatus::Submitted))
               && engine.usable(c);
    };
    auto received = [](const Cell &c) { return c.reported && c.status != DataStatus::Draft; };

    // The cells the statistics use: totals, or one group of children's.
    QList<Cell> cells;
    if (filter.group && !isSiteDimension(filter.group->dimension)) {
        const int g = int(childGroups.indexOf(*filter.group));
        for (qsizetype i = 0; i < childCells[g].size(); ++i)
            if (childSeen[g][i] && counted(childCells[g][i]))
                cells.append(childCells[g][i]);
    } else {
        for (const Cell &c : std::as_const(totals))
            if (counted(c))
                cells.append(c);
    }
    // Child-group cells by group, counted only.
    QList<QList<Cell>> groupCells(childGroups.size());
    for (int g = 0; g < childGroups.size(); ++g)
        for (qsizetype i = 0; i < childCells[g].size(); ++i)
            if (childSeen[g][i] && counted(childCells[g][i]))
                groupCells[g].append(childCells[g][i]);
    childCells.clear();
    childSeen.clear();

    // All periods are of the indicator's one type: they order by year and index.
    QList<int> orderOf(periods.size());
    for (int i = 0; i < periods.size(); ++i)
        orderOf[i] = periods[i].year() * 100 + periods[i].index();
    // The earliest and latest period among cells (indices, -1 for none).
    auto extremes = [&](auto pred) {
        int low = -1, high = -1;
        for (const Cell &c : std::as_const(totals)) {
            if (!pred(c))
                continue;
            if (low < 0 || orderOf[c.period] < orderOf[low])
                low = c.period;
            if (high < 0 || orderOf[c.period] > orderOf[high])
                high = c.period;
        }
        return std::pair{low < 0 ? Period() : periods[low], high < 0 ? Period() : periods[high]};
    };

    // The period range.
    const auto [first, last] = extremes([](const Cell &) { return true; }); // of any total row
    Period rangeFrom = first, rangeTo = last;
    if (filter.from.isValid() || filter.to.isValid()) {
        const QDate start = filter.from.isValid() ? filter.from.startDate() : (first.isValid() ? first.startDate() : QDate());
        const QDate end = filter.to.isValid() ? filter.to.endDate() : (last.isValid() ? last.endDate() : QDate());
        rangeFrom = start.isValid() ? Period::containing(start, type) : Period();
        if (rangeFrom.isValid() && rangeFrom.startDate() < start)
            rangeFrom = rangeFrom.next();
        rangeTo = end.isValid() ? Period::containing(end, type) : Period();
        if (rangeTo.isValid() && rangeTo.endDate() > end)
            rangeTo = rangeTo.previous();
        if (!rangeFrom.isValid() || !rangeTo.isValid() || rangeTo < rangeFrom)
            return fail(tr("The indicator %1 has no reporting period between %2 and %3.")
                            .arg(ind.code,
                                 filter.from.isValid() ? filter.from.displayName() : tr("the start"),
                                 filter.to.isValid() ? filter.to.displayName() : tr("the end")));
    }
    out.from = rangeFrom;
    out.to = rangeTo;
    QList<bool> rangeOf(periods.size());
    for (int i = 0; i < periods.size(); ++i)
        rangeOf[i] = rangeFrom.isValid() && rangeFrom <= periods[i] && periods[i] <= rangeTo;
    auto inRange = [&](int period) { return rangeOf[period]; };
    if (rangeFrom.isValid())
        for (Period p = rangeFrom; p <= rangeTo; p = p.next())
            out.periods.append(p);

    // Windows: the programme's, or the defaults.
    Window baseline{programme->baselineFrom, programme->baselineTo};
    Window endline{programme->endlineFrom, programme->endlineTo};
    {
        const auto [firstCounted, lastCounted] = extremes(counted);
        if (!baseline.valid()) {
            QDate start;
            for (const SiteInfo &s : std::as_const(sites))
                if (s.site.arm == Arm::Pilot && s.site.interventionStart.isValid()
                    && (!start.isValid() || s.site.interventionStart < start))
                    start = s.site.interventionStart;
            if (start.isValid()) {
                const Period m = Period::containing(start, Period::Type::Monthly);
                baseline = {m.shifted(-6), m.shifted(-1)};
            } else if (firstCounted.isValid()) {
                const Period m = Period::containing(firstCounted.startDate(), Period::Type::Monthly);
                baseline = {m, m.shifted(5)};
            } else {
                baseline = {};
            }
        }
        if (!endline.valid()) {
            if (lastCounted.isValid()) {
                const Period m = Period::containing(lastCounted.endDate(), Period::Type::Monthly);
                endline = {m.shifted(-5), m};
            } else {
                endline = {};
            }
        }
    }
    out.baselineFrom = baseline.from;
    out.baselineTo = baseline.to;
    out.endlineFrom = endline.from;
    out.endlineTo = endline.to;
    for (const SiteInfo &s : std::as_const(sites))
        if (s.filtered && s.site.arm == Arm::Pilot && s.site.interventionStart.isValid()) {
            const Period m = Period::containing(s.site.interventionStart, Period::Type::Monthly);
            if (!out.interventionStarts.contains(m))
                out.interventionStarts.append(m);
        }
    std::sort(out.interventionStarts.begin(), out.interventionStarts.end());

    auto filtered = [&](const Cell &c) { return sites[c.site].filtered; };
    auto armOf = [&](const Cell &c) { return sites[c.site].site.arm; };

    // Series on the roll-up.
    QList<Period> rolled; // index by period -> rolled period
    rolled.reserve(periods.size());
    for (const Period &p : std::as_const(periods))
        rolled.append(p.rolledUpTo(out.by));
    {
        // Whole roll-up periods only: a quarter that the chosen range cuts is left out, not shown
        // short (the data's own first and last periods are what they are).
        QList<bool> whole(periods.size());
        for (int i = 0; i < periods.size(); ++i)
            whole[i] = inRange(i) && (!filter.from.isValid() || rolled[i].startDate() >= rangeFrom.startDate())
                       && (!filter.to.isValid() || rolled[i].endDate() <= rangeTo.endDate());
        QMap<Period, std::array<Engine::Acc, 3>> accs;
        for (const Cell &c : std::as_const(cells)) {
            if (!filtered(c) || !whole[c.period])
                continue;
            auto &a = accs[rolled[c.period]];
            a[0].add(c);
            a[armOf(c) == Arm::Pilot ? 1 : 2].add(c);
        }
        for (auto it = accs.cbegin(); it != accs.cend(); ++it)
            out.series.append(SeriesPoint{it.key(), engine.finish(it.value()[0]), engine.finish(it.value()[1]),
                                          engine.finish(it.value()[2])});
    }
    if (stop())
        return fail(tr("cancelled"));

    QList<bool> inBaseline(periods.size()), inEndline(periods.size());
    for (int i = 0; i < periods.size(); ++i) {
        inBaseline[i] = baseline.overlaps(periods[i]);
        inEndline[i] = endline.overlaps(periods[i]);
    }

    // Difference-in-differences over a set of cells and a site predicate.
    auto did = [&](const QList<Cell> &source, auto sitePred) {
        QHash<int, std::array<Engine::Acc, 2>> bySite;
        for (const Cell &c : source) {
            if (!filtered(c) || !sitePred(sites[c.site].site))
                continue;
            if (inBaseline[c.period])
                bySite[c.site][0].add(c);
            if (inEndline[c.period])
                bySite[c.site][1].add(c);
        }
        Did result;
        QList<int> order = bySite.keys();
        std::sort(order.begin(), order.end(), [&](int a, int b) { return sites[a].site.code < sites[b].site.code; });
        QList<double> pilot, comparison;
        for (int s : std::as_const(order)) {
            const auto &acc = bySite[s];
            const auto b = engine.finish(acc[0]).level;
            const auto e = engine.finish(acc[1]).level;
            if (!b || !e)
                continue;
            const SiteChange change{sites[s].site.meta.id, sites[s].site.arm, *b, *e};
            result.sites.append(change);
            (change.arm == Arm::Pilot ? pilot : comparison).append(change.change());
        }
        result.pilotSites = int(pilot.size());
        result.comparisonSites = int(comparison.size());
        if (!pilot.isEmpty())
            result.pilotChange = Statistics::mean(pilot);
        if (!comparison.isEmpty())
            result.comparisonChange = Statistics::mean(comparison);
        if (pilot.isEmpty() && comparison.isEmpty())
            result.reason = DidReason::NoData;
        else if (pilot.size() < 2)
            result.reason = DidReason::TooFewPilotSites;
        else if (comparison.size() < 2)
            result.reason = DidReason::TooFewComparisonSites;
        else if (const auto w = Statistics::welch(pilot, comparison)) {
            result.reason = DidReason::None;
            result.estimate = w->difference;
            result.se = w->se;
            result.df = w->df;
            result.low = w->interval.low;
            result.high = w->interval.high;
        } else {
            result.reason = DidReason::NoVariation;
        }
        return result;
    };
    out.did = did(cells, [](const Site &) { return true; });

    // A group's cells and site predicate.
    auto groupSource = [&](const Group &g) -> const QList<Cell> & {
        return isSiteDimension(g.dimension) ? cells : groupCells[childGroups.indexOf(g)];
    };
    auto groupSites = [](const Group &g) {
        return [g](const Site &s) { return !isSiteDimension(g.dimension) || siteInGroup(s, g); };
    };
    for (const Dimension d : std::as_const(out.dimensions))
        for (const bool focus : {false, true}) {
            const Group g{d, focus};
            out.didByGroup.append(GroupDid{g, did(groupSource(g), groupSites(g))});
        }

    // Equity per period, gap change per arm, slope index of inequality: one pass over each
    // group's cells into buckets (per series period; per arm and window).
    QHash<Period, int> seriesIndex;
    for (int i = 0; i < out.series.size(); ++i)
        seriesIndex.insert(out.series[i].period, i);
    QList<int> seriesOf(periods.size(), -1);
    for (int i = 0; i < periods.size(); ++i)
        if (inRange(i))
            seriesOf[i] = seriesIndex.value(rolled[i], -1);
    struct GroupBuckets
    {
        QList<Engine::Acc> perPeriod;
        std::array<std::array<Engine::Acc, 2>, 2> windows; // [pilot, comparison][baseline, endline]
    };
    auto bucketsOf = [&](const Group &g) {
        GroupBuckets b;
        b.perPeriod.resize(out.series.size());
        const auto sitePred = groupSites(g);
        for (const Cell &c : groupSource(g)) {
            if (!filtered(c) || !sitePred(sites[c.site].site))
                continue;
            if (seriesOf[c.period] >= 0)
                b.perPeriod[seriesOf[c.period]].add(c);
            const int arm = armOf(c) == Arm::Pilot ? 0 : 1;
            if (inBaseline[c.period])
                b.windows[arm][0].add(c);
            if (inEndline[c.period])
                b.windows[arm][1].add(c);
        }
        return b;
    };
    for (const Dimension d : std::as_const(out.dimensions)) {
        const GroupBuckets reference = bucketsOf(Group{d, false});
        const GroupBuckets focus = bucketsOf(Group{d, true});
        for (int i = 0; i < out.series.size(); ++i) {
            EquityPoint e;
            e.dimension = d;
            e.period = out.series[i].period;
            e.reference = engine.finish(reference.perPeriod[i]).level;
            e.focus = engine.finish(focus.perPeriod[i]).level;
            if (e.reference && e.focus) {
                e.gap = *e.reference - *e.focus;
                if (*e.focus != 0)
                    e.ratio = *e.reference / *e.focus;
            }
            out.equity.append(e);
        }
        for (const GroupBuckets *b : {&reference, &focus})
            out.equityBars.append(EquityBars{Group{d, b == &focus}, engine.finish(b->windows[0][0]), engine.finish(b->windows[0][1]),
                                             engine.finish(b->windows[1][0]), engine.finish(b->windows[1][1])});
        GapChange change;
        change.dimension = d;
        auto gapIn = [&](int arm, int window) -> std::optional<double> {
            const auto r = engine.finish(reference.windows[arm][window]).level;
            const auto f = engine.finish(focus.windows[arm][window]).level;
            return r && f ? std::optional(*r - *f) : std::nullopt;
        };
        change.pilotBaselineGap = gapIn(0, 0);
        change.pilotEndlineGap = gapIn(0, 1);
        change.comparisonBaselineGap = gapIn(1, 0);
        change.comparisonEndlineGap = gapIn(1, 1);
        if (change.pilotBaselineGap && change.pilotEndlineGap)
            change.pilotNarrowing = std::abs(*change.pilotBaselineGap) - std::abs(*change.pilotEndlineGap);
        if (change.comparisonBaselineGap && change.comparisonEndlineGap)
            change.comparisonNarrowing = std::abs(*change.comparisonBaselineGap) - std::abs(*change.comparisonEndlineGap);
        if (change.pilotNarrowing && change.comparisonNarrowing)
            change.difference = *change.pilotNarrowing - *change.comparisonNarrowing;
        out.gapChange.append(change);
    }
    {
        std::array<std::array<std::array<Engine::Acc, 4>, 2>, 2> levels; // [arm][window][disadvantages]
        for (const Cell &c : std::as_const(cells)) {
            if (!filtered(c))
                continue;
            const int arm = armOf(c) == Arm::Pilot ? 0 : 1;
            if (inBaseline[c.period])
                levels[arm][0][sites[c.site].disadvantages].add(c);
            if (inEndline[c.period])
                levels[arm][1][sites[c.site].disadvantages].add(c);
        }
        for (const int arm : {0, 1})
            for (const int window : {0, 1}) {
                Sii sii;
                sii.arm = arm == 0 ? Arm::Pilot : Arm::Comparison;
                sii.endline = window == 1;
                QList<double> y, weight;
                for (int k = 3; k >= 0; --k) {
                    const Engine::Acc &acc = levels[arm][window][k];
                    const Aggregate a = engine.finish(acc);
                    const double wk = engine.ratio() ? acc.d : double(acc.reports);
                    if (a.level && wk > 0) {
                        y.append(*a.level);
                        weight.append(wk);
                    }
                }
                sii.levels = int(y.size());
                if (y.size() >= 3) {
                    double total = 0;
                    for (double wk : std::as_const(weight))
                        total += wk;
                    QList<double> x;
                    double before = 0;
                    for (double wk : std::as_const(weight)) {
                        x.append((before + wk / 2.0) / total);
                        before += wk;
                    }
                    if (const auto line = Statistics::leastSquares(x, y, weight))
                        sii.value = line->slope;
                }
                out.sii.append(sii);
            }
    }
    if (stop())
        return fail(tr("cancelled"));

    // Progress.
    {
        Progress &pr = out.progress;
        pr.target = ind.target;
        QList<qsizetype> valued; // indices of series points with a value
        for (qsizetype i = 0; i < out.series.size(); ++i)
            if (out.series[i].all.value)
                valued.append(i);
        auto point = [&](qsizetype i) { return &out.series[valued[i]]; };
        if (!valued.isEmpty()) {
            pr.latestPeriod = point(valued.size() - 1)->period;
            pr.latest = point(valued.size() - 1)->all.level;
        }
        if (ind.baseline)
            pr.baseline = ind.baseline;
        else
            pr.baseline = engine.aggregate(cells, [&](const Cell &c) {
                                    return filtered(c) && inBaseline[c.period];
                                }).level;
        if (pr.latest && pr.baseline) {
            pr.change = *pr.latest - *pr.baseline;
            if (pr.target && *pr.target != *pr.baseline)
                pr.progress = 100.0 * *pr.change / (*pr.target - *pr.baseline);
        }
        const bool higher = ind.direction == Direction::Higher;
        auto meets = [&](double v, double target) { return higher ? v >= target : v <= target; };
        if (pr.target && pr.latest) {
            if (meets(*pr.latest, *pr.target)) {
                pr.projection = Projection::Met;
                pr.projectedPeriod = pr.latestPeriod;
            } else if (valued.size() >= 3) {
                const qsizetype start = std::max<qsizetype>(0, valued.size() - 12);
                const Period origin = point(start)->period;
                QList<double> x, y;
                for (qsizetype i = start; i < valued.size(); ++i) {
                    x.append(origin.stepsTo(point(i)->period));
                    y.append(*point(i)->all.level);
                }
                const auto line = Statistics::leastSquares(x, y);
                const double latestX = x.last();
                pr.projection = Projection::OffTrend;
                if (line && (higher ? line->slope > 0 : line->slope < 0)) {
                    const int perYear = out.by == Period::Type::Monthly ? 12 : out.by == Period::Type::Quarterly ? 4 : 1;
                    const double horizon = 50.0 * perYear;
                    const double crossing = (*pr.target - line->intercept) / line->slope;
                    // A nearly flat line crosses the target in a far future (or never, in floating
                    // point): beyond the horizon it is off-trend, without stepping there.
                    double k = std::isfinite(crossing) && crossing - latestX <= horizon + 1.0
                                   ? std::max(latestX + 1.0, std::ceil(crossing))
                                   : std::numeric_limits<double>::infinity();
                    // Guard against rounding at the boundary: a step either way at most.
                    if (std::isfinite(k) && !meets(line->intercept + line->slope * k, *pr.target))
                        k += 1.0;
                    if (std::isfinite(k) && k - 1.0 > latestX && meets(line->intercept + line->slope * (k - 1.0), *pr.target))
                        k -= 1.0;
                    if (std::isfinite(k) && k - latestX <= horizon && meets(line->intercept + line->slope * k, *pr.target)) {
                        pr.projection = Projection::Projected;
                        pr.projectedPeriod = origin.shifted(int(k));
                    }
                }
            }
        }
        // Sites meeting their target: each site's latest cell with a value in the range.
        QHash<int, std::pair<int, double>> latestBySite;
        for (const Cell &c : std::as_const(cells)) {
            if (!filtered(c) || !inRange(c.period))
                continue;
            const auto v = engine.value(c);
            if (!v)
                continue;
            auto it = latestBySite.find(c.site);
            if (it == latestBySite.end() || orderOf[it->first] < orderOf[c.period])
                latestBySite.insert(c.site, {c.period, *v});
        }
        for (auto it = latestBySite.cbegin(); it != latestBySite.cend(); ++it) {
            const auto &target = sites[it.key()].target;
            if (!target)
                continue;
            ++pr.sitesWithTarget;
            if (meets(it->second, *target))
                ++pr.sitesMeeting;
        }

        // Site rows.
        QHash<int, int> rowOf;
        QList<int> order;
        for (int s = 0; s < sites.size(); ++s)
            if (sites[s].filtered)
                order.append(s);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return sites[a].site.code < sites[b].site.code; });
        for (int s : std::as_const(order)) {
            SiteRow row;
            row.site = sites[s].site;
            row.target = sites[s].target;
            if (const auto it = latestBySite.constFind(s); it != latestBySite.cend()) {
                row.latestPeriod = periods[it->first];
                row.latest = it->second;
                if (row.target)
                    row.meetsTarget = meets(it->second, *row.target);
            }
            rowOf.insert(s, int(out.sites.size()));
            out.sites.append(row);
        }
        // Every site's window values (a site with only one of the two still shows it).
        {
            QHash<int, std::array<Engine::Acc, 2>> windows;
            for (const Cell &c : std::as_const(cells)) {
                if (!rowOf.contains(c.site))
                    continue;
                if (inBaseline[c.period])
                    windows[c.site][0].add(c);
                if (inEndline[c.period])
                    windows[c.site][1].add(c);
            }
            for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
                SiteRow &row = out.sites[rowOf[it.key()]];
                row.baseline = engine.finish(it.value()[0]).level;
                row.endline = engine.finish(it.value()[1]).level;
            }
        }
        // By administrative level: one pass per level into buckets per place.
        const int latestSeries = valued.isEmpty() ? -1 : int(valued.last());
        for (const PlaceLevel level : {PlaceLevel::Province, PlaceLevel::Prefecture, PlaceLevel::County}) {
            // Names in both languages: the worker does not know (and must not read) the UI language.
            auto placeOf = [level](const Site &site) -> std::pair<QString, QString> {
                switch (level) {
                case PlaceLevel::Province: return {site.provinceEn, site.provinceZh};
                case PlaceLevel::Prefecture: return {site.prefectureEn, site.prefectureZh};
                case PlaceLevel::County: return {site.countyEn, site.countyZh};
                }
                return {};
            };
            QHash<QString, int> index;
            QList<PlaceRow> rows;
            QList<std::array<Engine::Acc, 3>> accs;
            QList<int> placeOfSite(sites.size(), -1);
            for (int s : std::as_const(order)) {
                const auto [nameEn, nameZh] = placeOf(sites[s].site);
                const QString placeKey = key(nameEn, nameZh);
                if (placeKey.isEmpty())
                    continue;
                auto it = index.find(placeKey);
                if (it == index.end()) {
                    it = index.insert(placeKey, int(rows.size()));
                    rows.append(PlaceRow{level, placeKey, nameEn, nameZh, 0, {}, {}, {}});
                    accs.append(std::array<Engine::Acc, 3>{});
                }
                ++rows[*it].sites;
                placeOfSite[s] = *it;
            }
            for (const Cell &c : std::as_const(cells)) {
                const int place = placeOfSite[c.site];
                if (place < 0)
                    continue;
                if (latestSeries >= 0 && seriesOf[c.period] == latestSeries)
                    accs[place][0].add(c);
                if (inBaseline[c.period])
                    accs[place][1].add(c);
                if (inEndline[c.period])
                    accs[place][2].add(c);
            }
            for (int i = 0; i < rows.size(); ++i) {
                rows[i].latest = engine.finish(accs[i][0]);
                rows[i].baseline = engine.finish(accs[i][1]);
                rows[i].endline = engine.finish(accs[i][2]);
            }
            std::sort(rows.begin(), rows.end(), [](const PlaceRow &a, const PlaceRow &b) { return a.key < b.key; });
            out.places += rows;
        }

        // Data quality and the completeness grid.
        QHash<quint64, const Cell *> totalAt;
        totalAt.reserve(totals.size());
        for (const Cell &c : std::as_const(totals))
            totalAt.insert(cellKey(c.site, c.period), &c);
        // Each period of the range: its index among the periods seen, and its deadline.
        QHash<Period, int> periodIndexOf;
        for (int i = 0; i < periods.size(); ++i)
            periodIndexOf.insert(periods[i], i);
        QList<std::pair<int, int>> rangeIndex; // (index or -1, deadline yyyymmdd)
        for (const Period &p : std::as_const(out.periods))
            rangeIndex.append({periodIndexOf.value(p, -1), dateKey(p.endDate().addDays(programme->timelinessDays))});
        const bool percentage = ind.valueType == ValueType::Percentage;
        for (int s : std::as_const(order)) {
            SiteRow &row = out.sites[rowOf[s]];
            Quality &q = row.quality;
            QList<CellState> states;
            QList<double> values;
            QList<const Cell *> valueCells;
            for (qsizetype r = 0; r < out.periods.size(); ++r) {
                const Period &p = out.periods[r];
                const auto [pi, deadline] = rangeIndex[r];
                ++q.expected;
                const Cell *c = pi >= 0 ? totalAt.value(cellKey(s, pi)) : nullptr;
                if (!c) {
                    states.append(CellState::Missing);
                    continue;
                }
                states.append(!c->reported ? CellState::Draft
                              : c->status == DataStatus::Submitted ? CellState::Submitted
                              : c->status == DataStatus::Approved  ? CellState::Approved
                              : c->status == DataStatus::Returned  ? CellState::Returned
                                                                   : CellState::Draft);
                if (!received(*c))
                    continue;
                ++q.received;
                if (c->submitted && c->submitted <= deadline)
                    ++q.onTime;
                const auto v = engine.value(*c);
                if (v) {
                    values.append(*v);
                    valueCells.append(c);
                }
                auto issue = [&](IssueKind kind) {
                    out.issues.append(QualityIssue{row.site.meta.id, p, kind, v, std::nullopt});
                    ++q.consistencyFailures;
                };
                const Parts *part = nullptr;
                if (pi < knownPeriods && !parts.isEmpty() && parts[qsizetype(s) * knownPeriods + pi].options > 0)
                    part = &parts[qsizetype(s) * knownPeriods + pi];
                if (percentage && ((c->hasN && c->hasD && c->n > c->d) || (part && part->numeratorAbove)))
                    issue(IssueKind::NumeratorAboveDenominator);
                const double checked = engine.ratio() ? v.value_or(std::nan("")) : (c->hasV ? c->v : std::nan(""));
                if (!std::isnan(checked) && ((ind.minValue && checked < *ind.minValue) || (ind.maxValue && checked > *ind.maxValue)))
                    issue(IssueKind::OutOfRange);
                if (part && engine.additive()) {
                    const bool complete = part->options == myOptions.size();
                    auto differs = [](double a, double b) { return std::abs(a - b) > 1e-9 * std::max(std::abs(a), std::abs(b)); };
                    bool bad = false;
                    const std::array<std::tuple<bool, double, bool, double>, 3> checks = {
                        std::tuple{c->hasV, c->v, part->hasV, part->v}, std::tuple{c->hasN, c->n, part->hasN, part->n},
                        std::tuple{c->hasD, c->d, part->hasD, part->d}};
                    for (const auto &[hasTotal, total, hasSum, sum] : checks) {
                        if (!hasTotal || !hasSum)
                            continue;
                        if ((sum > total && differs(sum, total)) || (complete && differs(sum, total)))
                            bad = true;
                    }
                    if (bad)
                        issue(IssueKind::PartsDoNotAddUp);
                }
            }
            if (values.size() >= 6)
                if (const auto z = Statistics::modifiedZ(values))
                    for (qsizetype i = 0; i < z->size(); ++i)
                        if (std::abs(z->at(i)) > 3.5) {
                            ++q.outliers;
                            out.issues.append(QualityIssue{row.site.meta.id, periods[valueCells[i]->period], IssueKind::Outlier,
                                                           values[i], z->at(i)});
                        }
            out.grid.append(states);
            out.quality.expected += q.expected;
            out.quality.received += q.received;
            out.quality.onTime += q.onTime;
            out.quality.outliers += q.outliers;
            out.quality.consistencyFailures += q.consistencyFailures;
        }
        std::stable_sort(out.issues.begin(), out.issues.end(), [&](const QualityIssue &a, const QualityIssue &b) {
            return a.siteId != b.siteId ? sites[siteIndex[a.siteId]].site.code < sites[siteIndex[b.siteId]].site.code
                                        : a.period < b.period;
        });
    }
    return out;
}
