#pragma once

#include "domain/indicator.h"
#include "domain/period.h"
#include "domain/programme.h"
#include "domain/site.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

// The value types of the analytics engine (docs/analytics.md): a filter in, a Dashboard out.
namespace Analytics {

// The equity dimensions, each with a reference and a focus group (docs/analytics.md "Equity").
enum class Dimension { Locality, MinorityArea, Poverty, Sex, Ethnicity };
inline constexpr Dimension Dimensions[] = {Dimension::Locality, Dimension::MinorityArea, Dimension::Poverty,
                                           Dimension::Sex, Dimension::Ethnicity};

// Sex and ethnicity are groups of children (category options); the others groups of sites.
inline bool isSiteDimension(Dimension d)
{
    return d == Dimension::Locality || d == Dimension::MinorityArea || d == Dimension::Poverty;
}

struct Group
{
    Dimension dimension = Dimension::Locality;
    bool focus = false; // the disadvantaged side: rural, minority area, poverty county, girls, minorities
    friend bool operator==(const Group &, const Group &) = default;
};

// Stable ids for JSON and settings, and translated labels.
QString dimensionKey(Dimension d);
QString groupKey(const Group &g);
std::optional<Group> groupFromKey(const QString &key);
QString dimensionLabel(Dimension d);
QString groupLabel(const Group &g);
// The category-option tag (dimension, member) behind a group of children.
std::pair<QString, QString> optionTag(const Group &g);
// Whether a site belongs to a group of sites.
bool siteInGroup(const Site &site, const Group &g);
// 0–3: rural, ethnic-minority area, poverty county (the SII ordering).
int disadvantages(const Site &site);

struct Filter
{
    qint64 programmeId = 0;
    qint64 indicatorId = 0;
    Period from; // invalid: from the earliest period with data
    Period to;   // invalid: to the latest
    Period::Type by = Period::Type::Invalid; // roll-up; invalid = the indicator's frequency
    QString province; // site's province/prefecture/county (English name, else Chinese); empty = all
    QString prefecture;
    QString county;
    std::optional<Arm> arm;
    std::optional<Group> group; // a group of sites, or of children (then cells are that group's)
    bool includeSubmitted = false;
    friend bool operator==(const Filter &, const Filter &) = default;
};

// An aggregate over cells (docs/analytics.md "Aggregates").
struct Aggregate
{
    std::optional<double> value;
    std::optional<double> level; // value, or for counts the count per site and period
    std::optional<double> low;   // Wilson interval, where one applies
    std::optional<double> high;
    double numerator = 0;
    double denominator = 0;
    int sites = 0;
    int reports = 0;
};

struct SeriesPoint
{
    Period period;
    Aggregate all;
    Aggregate pilot;
    Aggregate comparison;
};

enum class DidReason { None, NoData, TooFewPilotSites, TooFewComparisonSites, NoVariation };
QString didReasonKey(DidReason r);
QString didReasonText(DidReason r);

struct SiteChange
{
    qint64 siteId = 0;
    Arm arm = Arm::Pilot;
    double baseline = 0;
    double endline = 0;
    double change() const { return endline - baseline; }
};

struct Did
{
    std::optional<double> estimate;
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> df;
    std::optional<double> se;
    int pilotSites = 0;
    int comparisonSites = 0;
    std::optional<double> pilotChange;
    std::optional<double> comparisonChange;
    DidReason reason = DidReason::NoData;
    QList<SiteChange> sites;
};

struct GroupDid
{
    Group group;
    Did did;
};

struct EquityPoint
{
    Dimension dimension = Dimension::Locality;
    Period period;
    std::optional<double> reference;
    std::optional<double> focus;
    std::optional<double> gap;
    std::optional<double> ratio;
};

struct GapChange
{
    Dimension dimension = Dimension::Locality;
    std::optional<double> pilotBaselineGap;
    std::optional<double> pilotEndlineGap;
    std::optional<double> pilotNarrowing;
    std::optional<double> comparisonBaselineGap;
    std::optional<double> comparisonEndlineGap;
    std::optional<double> comparisonNarrowing;
    std::optional<double> difference;
};

// A group's window aggregates in each arm: the equity chart's bars.
struct EquityBars
{
    Group group;
    Aggregate pilotBaseline;
    Aggregate pilotEndline;
    Aggregate comparisonBaseline;
    Aggregate comparisonEndline;
};

struct Sii
{
    Arm arm = Arm::Pilot;
    bool endline = false;
    std::optional<double> value;
    int levels = 0;
};

enum class Projection { Insufficient, Met, Projected, OffTrend };
QString projectionKey(Projection p);

struct Progress
{
    Period latestPeriod;
    std::optional<double> latest;
    std::optional<double> baseline;
    std::optional<double> change;
    std::optional<double> progress; // per cent of the way from baseline to target
    std::optional<double> target;
    int sitesMeeting = 0;
    int sitesWithTarget = 0;
    Projection projection = Projection::Insufficient;
    Period projectedPeriod;
};

struct Quality
{
    int expected = 0;
    int received = 0;
    int onTime = 0;
    int outliers = 0;
    int consistencyFailures = 0;
    std::optional<double> completeness() const { return expected ? std::optional(double(received) / expected) : std::nullopt; }
    std::optional<double> timeliness() const { return received ? std::optional(double(onTime) / received) : std::nullopt; }
};

// One consistency failure per kind per site and period; parts that do not add up are those above
// the total, or (all options present) different from it.
enum class IssueKind { Outlier, NumeratorAboveDenominator, OutOfRange, PartsDoNotAddUp };
QString issueText(IssueKind kind);

struct QualityIssue
{
    qint64 siteId = 0;
    Period period;
    IssueKind kind = IssueKind::Outlier;
    std::optional<double> value; // the cell's value
    std::optional<double> score; // the modified z-score of an outlier
};

// One site's row for the ranking and the quality panel.
struct SiteRow
{
    Site site;
    Period latestPeriod;
    std::optional<double> latest;
    std::optional<double> baseline; // window values
    std::optional<double> endline;
    std::optional<double> change() const
    {
        return baseline && endline ? std::optional(*endline - *baseline) : std::nullopt;
    }
    std::optional<double> target;
    std::optional<bool> meetsTarget;
    Quality quality;
};

// Aggregates by administrative level: each province, prefecture or county of the filtered
// sites, in the latest period of the series and over the two windows.
enum class PlaceLevel { Province, Prefecture, County };
QString placeLevelLabel(PlaceLevel level);

struct PlaceRow
{
    PlaceLevel level = PlaceLevel::Province;
    QString key; // the English name, else the Chinese one (the filter's key)
    QString nameEn;
    QString nameZh;
    QString name() const { return localized(nameEn, nameZh); }
    int sites = 0;
    Aggregate latest;
    Aggregate baseline;
    Aggregate endline;
};

// A report's state in the completeness grid.
enum class CellState { Missing, Draft, Submitted, Approved, Returned };

struct Dashboard
{
    Filter filter;
    Programme programme;
    Indicator indicator;
    Period::Type by = Period::Type::Monthly;
    Period from; // the range used
    Period to;
    Period baselineFrom, baselineTo, endlineFrom, endlineTo;
    QList<Period> interventionStarts; // of the filtered pilot sites, distinct, oldest first
    QList<SeriesPoint> series;
    Did did;
    QList<GroupDid> didByGroup;
    QList<EquityPoint> equity;
    QList<GapChange> gapChange;
    QList<EquityBars> equityBars; // reference then focus group of each dimension
    QList<Sii> sii;
    Progress progress;
    Quality quality;
    QList<SiteRow> sites;          // filtered sites, by code
    QList<PlaceRow> places;        // provinces, then prefectures, then counties, each by name
    QList<Period> periods;         // the indicator's periods in the range, oldest first
    QList<QList<CellState>> grid;  // sites × periods
    QList<QualityIssue> issues;    // outliers and consistency failures, by site then period
    QList<Dimension> dimensions;   // equity dimensions shown for this indicator
    bool empty() const { return series.isEmpty(); }
};

// The scale of a value type's percentages and rates; 1 for the others.
double scaleOf(ValueType type);
// A number for people: in the locale, with the decimals given; "–" for none.
QString formatted(const std::optional<double> &value, int decimals = 1, const QLocale &locale = QLocale());
// The decimals that suit a value type: counts whole, the rest one.
int decimalsOf(ValueType type);

} // namespace Analytics
