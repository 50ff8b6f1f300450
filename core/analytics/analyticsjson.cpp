#include "analyticsjson.h"

#include <QJsonArray>

namespace Analytics {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(const Period &p)
{
    return p.isValid() ? QJsonValue(p.id()) : QJsonValue(QJsonValue::Null);
}

QJsonObject window(const Period &from, const Period &to)
{
    return {{QStringLiteral("from"), id(from)}, {QStringLiteral("to"), id(to)}};
}

QJsonObject didJson(const Did &d)
{
    const QString reason = didReasonKey(d.reason);
    return {{QStringLiteral("estimate"), number(d.estimate)},
            {QStringLiteral("low"), number(d.low)},
            {QStringLiteral("high"), number(d.high)},
            {QStringLiteral("df"), number(d.df)},
            {QStringLiteral("se"), number(d.se)},
            {QStringLiteral("pilotSites"), d.pilotSites},
            {QStringLiteral("comparisonSites"), d.comparisonSites},
            {QStringLiteral("pilotChange"), number(d.pilotChange)},
            {QStringLiteral("comparisonChange"), number(d.comparisonChange)},
            {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)}};
}

} // namespace

QString periodTypeKey(Period::Type type)
{
    switch (type) {
    case Period::Type::Monthly: return QStringLiteral("month");
    case Period::Type::Quarterly: return QStringLiteral("quarter");
    case Period::Type::Yearly: return QStringLiteral("year");
    case Period::Type::Invalid: break;
    }
    return {};
}

std::optional<Period::Type> periodTypeFromKey(const QString &key)
{
    for (const Period::Type t : {Period::Type::Monthly, Period::Type::Quarterly, Period::Type::Yearly})
        if (periodTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QJsonObject toJson(const Dashboard &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("programme"), d.programme.code);
    o.insert(QStringLiteral("indicator"), d.indicator.code);
    o.insert(QStringLiteral("valueType"), Vocabulary::key(d.indicator.valueType));
    o.insert(QStringLiteral("direction"), Vocabulary::key(d.indicator.direction));
    o.insert(QStringLiteral("from"), id(d.from));
    o.insert(QStringLiteral("to"), id(d.to));
    o.insert(QStringLiteral("by"), periodTypeKey(d.by));
    o.insert(QStringLiteral("includeSubmitted"), d.filter.includeSubmitted);
    o.insert(QStringLiteral("baselineWindow"), window(d.baselineFrom, d.baselineTo));
    o.insert(QStringLiteral("endlineWindow"), window(d.endlineFrom, d.endlineTo));

    QJsonArray series;
    const std::pair<const char *, Aggregate SeriesPoint::*> arms[] = {
        {"all", &SeriesPoint::all}, {"pilot", &SeriesPoint::pilot}, {"comparison", &SeriesPoint::comparison}};
    for (const auto &[arm, member] : arms)
        for (const SeriesPoint &p : d.series) {
            const Aggregate &a = p.*member;
            series.append(QJsonObject{{QStringLiteral("arm"), QLatin1StringView(arm)},
                                      {QStringLiteral("period"), p.period.id()},
                                      {QStringLiteral("value"), number(a.value)},
                                      {QStringLiteral("numerator"), a.numerator},
                                      {QStringLiteral("denominator"), a.denominator},
                                      {QStringLiteral("low"), number(a.low)},
                                      {QStringLiteral("high"), number(a.high)},
                                      {QStringLiteral("sites"), a.sites},
                                      {QStringLiteral("reports"), a.reports}});
        }
    o.insert(QStringLiteral("series"), series);
    o.insert(QStringLiteral("did"), didJson(d.did));

    QJsonArray byGroup;
    for (const GroupDid &g : d.didByGroup) {
        QJsonObject e = didJson(g.did);
        e.insert(QStringLiteral("dimension"), dimensionKey(g.group.dimension));
        e.insert(QStringLiteral("group"), groupKey(g.group));
        byGroup.append(e);
    }
    o.insert(QStringLiteral("didByGroup"), byGroup);

    QJsonArray equity;
    for (const EquityPoint &e : d.equity)
        equity.append(QJsonObject{{QStringLiteral("dimension"), dimensionKey(e.dimension)},
                                  {QStringLiteral("period"), e.period.id()},
                                  {QStringLiteral("reference"), number(e.reference)},
                                  {QStringLiteral("focus"), number(e.focus)},
                                  {QStringLiteral("gap"), number(e.gap)},
                                  {QStringLiteral("ratio"), number(e.ratio)}});
    o.insert(QStringLiteral("equity"), equity);

    QJsonArray gaps;
    for (const GapChange &g : d.gapChange)
        gaps.append(QJsonObject{{QStringLiteral("dimension"), dimensionKey(g.dimension)},
                                {QStringLiteral("pilotBaselineGap"), number(g.pilotBaselineGap)},
                                {QStringLiteral("pilotEndlineGap"), number(g.pilotEndlineGap)},
                                {QStringLiteral("pilotNarrowing"), number(g.pilotNarrowing)},
                                {QStringLiteral("comparisonBaselineGap"), number(g.comparisonBaselineGap)},
                                {QStringLiteral("comparisonEndlineGap"), number(g.comparisonEndlineGap)},
                                {QStringLiteral("comparisonNarrowing"), number(g.comparisonNarrowing)},
                                {QStringLiteral("difference"), number(g.difference)}});
    o.insert(QStringLiteral("gapChange"), gaps);

    QJsonArray sii;
    for (const Sii &s : d.sii)
        sii.append(QJsonObject{{QStringLiteral("arm"), Vocabulary::key(s.arm)},
                               {QStringLiteral("window"), s.endline ? QStringLiteral("endline") : QStringLiteral("baseline")},
                               {QStringLiteral("value"), number(s.value)},
                               {QStringLiteral("levels"), s.levels}});
    o.insert(QStringLiteral("sii"), sii);

    const Progress &p = d.progress;
    o.insert(QStringLiteral("progress"),
             QJsonObject{{QStringLiteral("latestPeriod"), id(p.latestPeriod)},
                         {QStringLiteral("latest"), number(p.latest)},
                         {QStringLiteral("baseline"), number(p.baseline)},
                         {QStringLiteral("change"), number(p.change)},
                         {QStringLiteral("progress"), number(p.progress)},
                         {QStringLiteral("target"), number(p.target)},
                         {QStringLiteral("sitesMeeting"), p.sitesMeeting},
                         {QStringLiteral("sitesWithTarget"), p.sitesWithTarget},
                         {QStringLiteral("projection"), projectionKey(p.projection)},
                         {QStringLiteral("projectedPeriod"), id(p.projectedPeriod)}});
    const Quality &q = d.quality;
    o.insert(QStringLiteral("quality"), QJsonObject{{QStringLiteral("expected"), q.expected},
                                                    {QStringLiteral("received"), q.received},
                                                    {QStringLiteral("completeness"), number(q.completeness())},
                                                    {QStringLiteral("onTime"), q.onTime},
                                                    {QStringLiteral("timeliness"), number(q.timeliness())},
                                                    {QStringLiteral("outliers"), q.outliers},
                                                    {QStringLiteral("consistencyFailures"), q.consistencyFailures}});
    return o;
}

} // namespace Analytics
