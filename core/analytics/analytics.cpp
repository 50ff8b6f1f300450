#include "analytics.h"

#include <QCoreApplication>

namespace Analytics {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)
};
} // namespace

QString dimensionKey(Dimension d)
{
    switch (d) {
    case Dimension::Locality: return QStringLiteral("locality");
    case Dimension::MinorityArea: return QStringLiteral("minority_area");
    case Dimension::Poverty: return QStringLiteral("poverty");
    case Dimension::Sex: return QStringLiteral("sex");
    case Dimension::Ethnicity: return QStringLiteral("ethnicity");
    }
    return {};
}

QString groupKey(const Group &g)
{
    switch (g.dimension) {
    case Dimension::Locality: return g.focus ? QStringLiteral("rural") : QStringLiteral("urban");
    case Dimension::MinorityArea: return g.focus ? QStringLiteral("minority_area") : QStringLiteral("other_area");
    case Dimension::Poverty: return g.focus ? QStringLiteral("poverty_county") : QStringLiteral("other_county");
    case Dimension::Sex: return g.focus ? QStringLiteral("female") : QStringLiteral("male");
    case Dimension::Ethnicity: return g.focus ? QStringLiteral("minority") : QStringLiteral("han");
    }
    return {};
}

std::optional<Group> groupFromKey(const QString &key)
{
    for (const Dimension d : Dimensions)
        for (const bool focus : {false, true})
            if (groupKey(Group{d, focus}) == key)
                return Group{d, focus};
    return std::nullopt;
}

QString dimensionLabel(Dimension d)
{
    switch (d) {
    case Dimension::Locality: return Text::tr("Rural or urban");
    case Dimension::MinorityArea: return Text::tr("Ethnic-minority area");
    case Dimension::Poverty: return Text::tr("Poverty county");
    case Dimension::Sex: return Text::tr("Sex");
    case Dimension::Ethnicity: return Text::tr("Ethnicity");
    }
    return {};
}

QString groupLabel(const Group &g)
{
    switch (g.dimension) {
    case Dimension::Locality: return g.focus ? Text::tr("Rural sites") : Text::tr("Urban sites");
    case Dimension::MinorityArea: return g.focus ? Text::tr("Ethnic-minority areas") : Text::tr("Other areas");
    case Dimension::Poverty: return g.focus ? Text::tr("Poverty counties") : Text::tr("Other counties");
    case Dimension::Sex: return g.focus ? Text::tr("Girls") : Text::tr("Boys");
    case Dimension::Ethnicity: return g.focus ? Text::tr("Ethnic-minority children") : Text::tr("Han children");
    }
    return {};
}

std::pair<QString, QString> optionTag(const Group &g)
{
    if (g.dimension == Dimension::Sex)
        return {QStringLiteral("sex"), g.focus ? QStringLiteral("female") : QStringLiteral("male")};
    if (g.dimension == Dimension::Ethnicity)
        return {QStringLiteral("ethnicity"), g.focus ? QStringLiteral("minority") : QStringLiteral("han")};
    return {};
}

bool siteInGroup(const Site &site, const Group &g)
{
    switch (g.dimension) {
    case Dimension::Locality: return (site.locality == Locality::Rural) == g.focus;
    case Dimension::MinorityArea: return site.ethnicMinorityArea == g.focus;
    case Dimension::Poverty: return site.povertyCounty == g.focus;
    default: return true;
    }
}

int disadvantages(const Site &site)
{
    return (site.locality == Locality::Rural ? 1 : 0) + (site.ethnicMinorityArea ? 1 : 0) + (site.povertyCounty ? 1 : 0);
}

QString didReasonKey(DidReason r)
{
    switch (r) {
    case DidReason::None: return {};
    case DidReason::NoData: return QStringLiteral("no-data");
    case DidReason::TooFewPilotSites: return QStringLiteral("too-few-pilot-sites");
    case DidReason::TooFewComparisonSites: return QStringLiteral("too-few-comparison-sites");
    case DidReason::NoVariation: return QStringLiteral("no-variation");
    }
    return {};
}

QString didReasonText(DidReason r)
{
    switch (r) {
    case DidReason::None: return {};
    case DidReason::NoData:
        return Text::tr("Not enough data: no site has values in both the baseline and the endline window.");
    case DidReason::TooFewPilotSites:
        return Text::tr("Not enough data: fewer than two pilot sites have values in both windows.");
    case DidReason::TooFewComparisonSites:
        return Text::tr("Not enough data: fewer than two comparison sites have values in both windows.");
    case DidReason::NoVariation:
        return Text::tr("Not enough data: the sites' changes do not vary, so no interval can be computed.");
    }
    return {};
}

QString projectionKey(Projection p)
{
    switch (p) {
    case Projection::Insufficient: return QStringLiteral("insufficient");
    case Projection::Met: return QStringLiteral("met");
    case Projection::Projected: return QStringLiteral("projected");
    case Projection::OffTrend: return QStringLiteral("off-trend");
    }
    return {};
}

QString issueText(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Outlier: return Text::tr("Outlier against the site's own history");
    case IssueKind::NumeratorAboveDenominator: return Text::tr("Numerator greater than denominator");
    case IssueKind::OutOfRange: return Text::tr("Outside the indicator's valid range");
    case IssueKind::PartsDoNotAddUp: return Text::tr("Disaggregations do not add up to the total");
    }
    return {};
}

QString placeLevelLabel(PlaceLevel level)
{
    switch (level) {
    case PlaceLevel::Province: return Text::tr("Province");
    case PlaceLevel::Prefecture: return Text::tr("Prefecture");
    case PlaceLevel::County: return Text::tr("County");
    }
    return {};
}

double scaleOf(ValueType type)
{
    return type == ValueType::Percentage ? 100.0 : type == ValueType::RatePer1000 ? 1000.0 : 1.0;
}

QString formatted(const std::optional<double> &value, int decimals, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', decimals) : QStringLiteral("–");
}

int decimalsOf(ValueType type)
{
    return type == ValueType::Count ? 0 : 1;
}

} // namespace Analytics
