#include "evidencebrief.h"

#include "analytics/analyticsservice.h"
#include "charts/equitychart.h"
#include "charts/radarchart.h"
#include "charts/trendchart.h"
#include "models/readinessmodel.h"
#include "services/monitoringservice.h"
#include "services/readinessservice.h"
#include "shell/languagemanager.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"

#include <QAbstractTextDocumentLayout>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Readiness;

namespace {

// Sizes in CSS pixels (1/96 inch), as QTextDocument reads <img width>; images are drawn at
// ImageScale times that, so that they stay sharp in print.
constexpr int ContentWidth = 640;
constexpr qreal ImageScale = 3.0;
constexpr int Dpi = 300;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

double directionSign(Direction d)
{
    return d == Direction::Lower ? -1.0 : 1.0;
}

// How strongly an estimate stands out: |estimate / se|. Snapshots keep the interval but not
// the standard error; there the half-width over 1.96 stands in for it.
double strength(const Analytics::Did &did)
{
    if (!did.estimate)
        return 0;
    if (did.se && *did.se > 0)
        return std::abs(*did.estimate / *did.se);
    if (did.low && did.high && *did.high > *did.low)
        return std::abs(*did.estimate) / ((*did.high - *did.low) / 2.0 / 1.959963984540054);
    return 0;
}

// Switches the interface language for the time of writing and restores it afterwards, also
// when writing fails.
class LanguageSwitch final
{
public:
    explicit LanguageSwitch(const QString &code) : m_previous(LanguageManager::instance()->language())
    {
        m_ok = LanguageManager::instance()->setLanguage(code);
    }
    ~LanguageSwitch()
    {
        if (!m_previous.isEmpty())
            LanguageManager::instance()->setLanguage(m_previous);
    }
    LanguageSwitch(const LanguageSwitch &) = delete;
    LanguageSwitch &operator=(const LanguageSwitch &) = delete;
    bool ok() const { return m_ok; }

private:
    QString m_previous;
    bool m_ok = false;
};

} // namespace

QString EvidenceBrief::Province::name() const
{
    return localized(nameEn, nameZh);
}

QString EvidenceBrief::Data::programmeName() const
{
    return localized(programmeNameEn, programmeNameZh);
}

QString EvidenceBrief::Data::description() const
{
    return localized(descriptionEn, descriptionZh);
}

QString EvidenceBrief::fontFamily()
{
    return QStringLiteral("WenQuanYi Micro Hei");
}

// ---------------------------------------------------------------------------------------------
// gather

Result<EvidenceBrief::Data> EvidenceBrief::gather(Database &database, const Actor &actor, const Options &options,
                                                  const Cancelled &cancelled, const Progress &progress)
{
    const auto stopped = [&] { return cancelled && cancelled(); };
    const auto report = [&](int percent) {
        if (progress)
            progress(std::clamp(percent, 0, 100));
    };
    const auto programme = ProgrammeRepository(database).find(options.programmeId);
    if (!programme || programme->meta.deleted)
        return fail(tr("The programme no longer exists."));

    Data data;
    data.programmeId = programme->meta.id;
    data.programmeCode = programme->code;
    data.programmeNameEn = programme->nameEn;
    data.programmeNameZh = programme->nameZh;
    data.focusArea = programme->focusArea;
    data.descriptionEn = programme->descriptionEn;
    data.descriptionZh = programme->descriptionZh;
    data.startDate = programme->startDate;
    data.endDate = programme->endDate;
    data.gatheredAt = QDateTime::currentDateTimeUtc();
    report(1);

    // The assessment: the one asked for, else the newest signed, else the newest draft.
    ReadinessService readiness(database, actor);
    std::optional<ReadinessAssessment> assessment;
    if (options.assessmentId != 0) {
        assessment = readiness.assessment(options.assessmentId);
        if (!assessment || assessment->programmeId != programme->meta.id)
            return fail(tr("The programme %1 has no assessment %2.").arg(programme->code).arg(options.assessmentId));
    } else {
        const QList<ReadinessAssessment> all = readiness.assessments(programme->meta.id);
        for (const ReadinessAssessment &a : all) {
            if (a.isSigned) {
                assessment = a;
                break;
            }
        }
        if (!assessment && !all.isEmpty())
            assessment = all.first();
    }
    const auto evaluationProgress = [&](int done, int total) { report(2 + (total > 0 ? 48 * done / total : 0)); };
    if (assessment && assessment->isSigned) {
        auto frozen = ReadinessService::snapshot(*assessment);
        if (!frozen)
            return fail(frozen.error());
        data.status = Status::Signed;
        data.evaluation = frozen.value();
        data.signedBy = assessment->signedByName;
        data.signedAt = assessment->signedAt;
    } else {
        auto live = readiness.evaluate(programme->meta.id, assessment ? assessment->meta.id : 0, cancelled, evaluationProgress);
        if (!live)
            return fail(stopped() ? tr("Cancelled.") : live.error());
        data.status = assessment ? Status::Draft : Status::Preliminary;
        data.evaluation = live.value();
    }
    if (assessment) {
        data.assessmentId = assessment->meta.id;
        data.assessmentTitle = assessment->title;
    }
    if (stopped())
        return fail(tr("Cancelled."));
    report(50);

    // The sites, summed by province (a programme of 18,000 sites still gives a short table).
    const QList<Site> sites = SiteRepository(database).all(programme->meta.id);
    QMap<QString, Province> provinces; // by the English name, else the Chinese one (the filter's key)
    QHash<qint64, Arm> arms;
    for (const Site &s : sites) {
        arms.insert(s.meta.id, s.arm);
        (s.arm == Arm::Pilot ? data.pilotSites : data.comparisonSites) += 1;
        const QString key = s.provinceEn.isEmpty() ? s.provinceZh : s.provinceEn;
        Province &p = provinces[key];
        p.nameEn = s.provinceEn;
        p.nameZh = s.provinceZh;
        (s.arm == Arm::Pilot ? p.pilotSites : p.comparisonSites) += 1;
        p.rural += s.locality == Locality::Rural ? 1 : 0;
        p.minorityArea += s.ethnicMinorityArea ? 1 : 0;
        p.povertyCounty += s.povertyCounty ? 1 : 0;
        p.children += s.childPopulation;
    }
    data.provinces = provinces.values();

    // Costs of the pilot sites by year.
    QMap<int, CostRow> years;
    for (const Cost &c : CostService(database, actor).costs(programme->meta.id)) {
        if (c.meta.deleted || arms.value(c.siteId, Arm::Comparison) != Arm::Pilot)
            continue;
        CostRow &row = years[c.year];
        row.year = c.year;
        row.programmeSpending += c.programmeSpending;
        row.governmentContribution += c.governmentContribution;
        row.beneficiaries += c.beneficiaries;
        row.sites += 1;
    }
    data.costs = years.values();
    if (stopped())
        return fail(tr("Cancelled."));

    // Key outcomes: the effectiveness criterion's indicators (EFFECT), all when it lists none or
    // the framework has no such criterion.
    QStringList codes;
    for (const CriterionResult &r : data.evaluation.criteria) {
        if (r.criterion.code.compare(QLatin1StringView("EFFECT"), Qt::CaseInsensitive) == 0)
            codes = r.criterion.indicators;
    }
    const QList<Indicator> indicators = IndicatorRepository(database).all(programme->meta.id);
    QList<Indicator> keys;
    for (const Indicator &i : indicators) {
        if (codes.isEmpty() || codes.contains(i.code, Qt::CaseInsensitive))
            keys.append(i);
    }

    // The evaluation's evidence of each (a snapshot lacks an indicator added since it was
    // signed off: that one shows no estimate, as none was part of the verdict).
    QList<Outcome> outcomes;
    for (const Indicator &i : keys) {
        Outcome o;
        o.evidence.id = i.meta.id;
        o.evidence.code = i.code;
        o.evidence.nameEn = i.nameEn;
        o.evidence.nameZh = i.nameZh;
        o.evidence.type = i.valueType;
        o.evidence.direction = i.direction;
        bool found = false;
        for (const IndicatorEvidence &e : data.evaluation.inputs.indicators) {
            if (e.code.compare(i.code, Qt::CaseInsensitive) == 0) {
                o.evidence.did = e.did;
                o.evidence.quality = e.quality;
                found = true;
            }
        }
        if (!found)
            o.evidence.did.reason = Analytics::DidReason::NoData;
        outcomes.append(o);
    }
    // The trend charts: significant favourable effects first, then by |estimate / se|.
    QList<int> order;
    for (int k = 0; k < outcomes.size(); ++k) {
        if (outcomes[k].evidence.did.estimate)
            order.append(k);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool sa = outcomes[a].evidence.significant();
        const bool sb = outcomes[b].evidence.significant();
        if (sa != sb)
            return sa;
        return strength(outcomes[a].evidence.did) > strength(outcomes[b].evidence.did);
    });
    order = order.mid(0, 4);

    const AnalyticsService analytics(database);
    QMap<int, std::shared_ptr<const Analytics::Dashboard>> charted;
    for (int k = 0; k < outcomes.size(); ++k) {
        if (stopped())
            return fail(tr("Cancelled."));
        Outcome &o = outcomes[k];
        Analytics::Filter filter;
        filter.programmeId = programme->meta.id;
        filter.indicatorId = o.evidence.id;
        auto native = analytics.compute(filter, cancelled);
        if (!native)
            return fail(stopped() ? tr("Cancelled.") : native.error());
        o.quality = native->quality;
        filter.by = Period::Type::Yearly;
        auto annual = keys[k].frequency == Frequency::Annual ? native : analytics.compute(filter, cancelled);
        if (!annual)
            return fail(stopped() ? tr("Cancelled.") : annual.error());
        o.annual = annual->series;
        if (order.contains(k) && !native->empty()) {
            o.charted = true;
            // On a printed page, more than two years of months is too many labels to read:
            // those trends are drawn by quarter.
            auto chart = native;
            if (keys[k].frequency == Frequency::Monthly && native->series.size() > 24) {
                filter.by = Period::Type::Quarterly;
                chart = analytics.compute(filter, cancelled);
                if (!chart)
                    return fail(stopped() ? tr("Cancelled.") : chart.error());
            }
            charted.insert(int(order.indexOf(k)), std::make_shared<const Analytics::Dashboard>(std::move(chart).value()));
        }
        report(50 + 48 * (k + 1) / std::max<qsizetype>(1, outcomes.size()));
    }
    data.outcomes = outcomes;
    data.charts = charted.values();
    if (stopped())
        return fail(tr("Cancelled."));
    report(100);
    return data;
}

// ---------------------------------------------------------------------------------------------
// write

namespace {

// Lays the brief out; its texts are translated in the context BriefWriter.
struct BriefWriter
{
    Q_DECLARE_TR_FUNCTIONS(BriefWriter)

public:
    const EvidenceBrief::Data &data;
    QLocale locale;
    QTextDocument &document;
    int images = 0;

    QString number(double v, int decimals = 0) const { return locale.toString(v, 'f', decimals); }
    QString number(const std::optional<double> &v, int decimals = 1) const { return Analytics::formatted(v, decimals, locale); }
    QString percent(const std::optional<double> &share) const // share 0–1
    {
        return share ? locale.toString(100.0 * *share, 'f', 1) + QStringLiteral("%") : QStringLiteral("–");
    }
    QString date(const QDate &d) const
    {
        return d.isValid() ? locale.toString(d, tr("d MMMM yyyy", "date format of the brief")) : QStringLiteral("–");
    }
    QString dateTime(const QDateTime &utc) const
    {
        return utc.isValid() ? date(utc.toLocalTime().date()) : QStringLiteral("–");
    }

    QString addImage(const QImage &image)
    {
        const QUrl url(QStringLiteral("brief://image/%1.png").arg(++images));
        document.addResource(QTextDocument::ImageResource, url, image);
        return url.toString();
    }
    QString imageTag(const QImage &image, int width)
    {
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
            .arg(addImage(image))
            .arg(width)
            .arg(qRound(width * double(image.height()) / std::max(1, image.width())));
    }

    static QString heading(const QString &text, bool newPage)
    {
        return QStringLiteral("<h2%1>%2</h2>")
            .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(), esc(text));
    }
    static QString paragraph(const QString &text) { return QStringLiteral("<p>%1</p>").arg(esc(text)); }
    static QString note(const QString &text) { return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(text)); }

    // A table: a header row, then rows; columns listed in `right` are right-aligned.
    // Widths, when given, are per cent of the table's width, one per column.
    static QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &right = {},
                         const QList<QString> &rowColours = {}, const QHash<QPair<int, int>, QString> &cellColours = {},
                         const QList<int> &widths = {})
    {
        QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
        for (int c = 0; c < header.size(); ++c)
            html += QStringLiteral("<th align=\"%1\"%2>%3</th>")
                        .arg(right.contains(c) ? QStringLiteral("right") : QStringLiteral("left"),
                             c < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[c]) : QString(), esc(header[c]));
        html += QStringLiteral("</tr></thead>");
        for (int r = 0; r < rows.size(); ++r) {
            const QString rowColour = rowColours.value(r);
            html += rowColour.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr bgcolor=\"%1\">").arg(rowColour);
            for (int c = 0; c < rows[r].size(); ++c) {
                const QString colour = cellColours.value({r, c});
                html += QStringLiteral("<td align=\"%1\"%2>%3</td>")
                            .arg(right.contains(c) ? QStringLiteral("right") : QStringLiteral("left"),
                                 colour.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(colour), esc(rows[r][c]));
            }
            html += QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    }

    static QString list(const QStringList &items)
    {
        QString html = QStringLiteral("<ul>");
        for (const QString &i : items)
            html += QStringLiteral("<li>%1</li>").arg(esc(i));
        return html + QStringLiteral("</ul>");
    }

    const Readiness::Evaluation &evaluation() const { return data.evaluation; }

    QString statusText() const
    {
        switch (data.status) {
        case EvidenceBrief::Status::Signed:
            return tr("Signed off by %1 on %2").arg(data.signedBy.isEmpty() ? tr("an unnamed user") : data.signedBy, dateTime(data.signedAt));
        case EvidenceBrief::Status::Draft: return tr("Draft — not signed off");
        case EvidenceBrief::Status::Preliminary: return tr("Preliminary — no assessment yet");
        }
        return {};
    }

    QString verdictColour() const
    {
        switch (evaluation().verdict) {
        case Verdict::Ready: return QStringLiteral("#1b7837");
        case Verdict::ReadyWithConditions: return QStringLiteral("#b35806");
        case Verdict::NotYetReady: return QStringLiteral("#b2182b");
        }
        return QStringLiteral("#000000");
    }

    // 1. The cover.
    QString cover() const
    {
        QString html;
        html += QStringLiteral("<p style=\"margin-top: 150px; font-size: 12pt; color: #555555;\">%1</p>")
                    .arg(esc(tr("Scale-up readiness — evidence brief")));
        html += QStringLiteral("<p style=\"font-size: 24pt; font-weight: bold; margin-top: 6px;\">%1</p>").arg(esc(data.programmeName()));
        html += QStringLiteral("<p style=\"font-size: 10pt; color: #555555;\">%1</p>").arg(esc(tr("Programme code: %1").arg(data.programmeCode)));
        html += QStringLiteral("<p style=\"margin-top: 70px; font-size: 11pt; color: #555555;\">%1</p>").arg(esc(tr("Verdict")));
        html += QStringLiteral("<p style=\"font-size: 30pt; font-weight: bold; color: %1;\">%2</p>")
                    .arg(verdictColour(), esc(verdictLabel(evaluation().verdict)));
        html += QStringLiteral("<p style=\"margin-top: 50px; font-size: 13pt;\">%1</p>")
                    .arg(esc(data.status == EvidenceBrief::Status::Preliminary ? tr("Preliminary evaluation") : data.assessmentTitle));
        html += QStringLiteral("<p style=\"font-size: 12pt; font-weight: bold;\">%1</p>").arg(esc(statusText()));
        if (data.status == EvidenceBrief::Status::Preliminary)
            html += note(tr("No assessment has been started: criteria judged by managers have no score yet, and the verdict rests on the computed criteria alone."));
        else if (data.status == EvidenceBrief::Status::Draft)
            html += note(tr("The evidence is computed from today's data with the draft's judgements; it may change until the assessment is signed off."));
        else
            html += note(tr("The verdict, scores, effect estimates and fidelity are those frozen at sign-off; the charts and tables of sites, costs, data quality and the annex show the data as of %1.").arg(dateTime(data.gatheredAt)));
        html += QStringLiteral("<p style=\"margin-top: 40px; font-size: 10pt; color: #555555;\">%1</p>")
                    .arg(esc(tr("Generated on %1 by ScaleReady").arg(dateTime(data.gatheredAt))));
        return html;
    }

    // 2. The verdict and its reasons.
    QString verdict()
    {
        QString html = heading(tr("1. Verdict and reasons"), true);
        html += QStringLiteral("<p style=\"font-size: 14pt; font-weight: bold; color: %1;\">%2</p>")
                    .arg(verdictColour(), esc(verdictLabel(evaluation().verdict)));
        QStringList reasons;
        for (const Reason &r : evaluation().reasons)
            reasons.append(r.text());
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Reasons")));
        html += list(reasons);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Scores by domain")));
        QList<QStringList> rows;
        QHash<QPair<int, int>, QString> colours;
        for (const DomainScore &d : evaluation().domains) {
            if (d.score)
                colours.insert({int(rows.size()), 2}, ReadinessModel::scoreColour(int(std::floor(*d.score))).name());
            rows.append({domainLabel(d.domain), locale.toString(d.criteria),
                         d.score ? number(*d.score, 1) : tr("no score")});
        }
        html += table({tr("Domain"), tr("Criteria"), tr("Mean score (1–4)")}, rows, {1, 2}, {}, colours, {60, 15, 25});
        RadarChart radar;
        const QSize size(720, 440);
        radar.resize(size);
        radar.setSeries({RadarChart::seriesOf(tr("Domain scores"), evaluation())});
        if (auto *view = radar.findChild<QChartView *>())
            layOut(view, size);
        const QImage image = radar.image(size, ImageScale);
        html += imageTag(image, 580);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Missing evidence")));
        if (evaluation().missing.isEmpty()) {
            html += paragraph(tr("Every criterion has a score."));
        } else {
            QStringList missing;
            for (const Reason &r : evaluation().missing)
                missing.append(r.text());
            html += list(missing);
        }
        return html;
    }

    // 3 and 4. The model and its sites.
    QString model() const
    {
        QString html = heading(tr("2. The model"), false);
        const QString description = data.description().trimmed();
        html += paragraph(description.isEmpty() ? tr("The programme has no description.") : description);
        html += table({tr("Programme"), data.programmeName()},
                      {{tr("Focus area"), data.focusArea.isEmpty() ? QStringLiteral("–") : data.focusArea},
                       {tr("Programme period"), tr("%1 to %2").arg(date(data.startDate), date(data.endDate))},
                       {tr("Pilot sites"), locale.toString(data.pilotSites)},
                       {tr("Comparison sites"), locale.toString(data.comparisonSites)}});
        html += heading(tr("3. The sites"), false);
        html += paragraph(tr("The pilot and comparison sites by province, with their equity attributes and child population."));
        QList<QStringList> rows;
        EvidenceBrief::Province total;
        for (const EvidenceBrief::Province &p : data.provinces) {
            rows.append({p.name().isEmpty() ? tr("(no province)") : p.name(), locale.toString(p.pilotSites),
                         locale.toString(p.comparisonSites), locale.toString(p.rural), locale.toString(p.minorityArea),
                         locale.toString(p.povertyCounty), locale.toString(p.children)});
            total.pilotSites += p.pilotSites;
            total.comparisonSites += p.comparisonSites;
            total.rural += p.rural;
            total.minorityArea += p.minorityArea;
            total.povertyCounty += p.povertyCounty;
            total.children += p.children;
        }
        rows.append({tr("Total"), locale.toString(total.pilotSites), locale.toString(total.comparisonSites),
                     locale.toString(total.rural), locale.toString(total.minorityArea), locale.toString(total.povertyCounty),
                     locale.toString(total.children)});
        QList<QString> shading(rows.size());
        shading.last() = QStringLiteral("#eeeeee");
        html += table({tr("Province"), tr("Pilot sites"), tr("Comparison sites"), tr("Rural"), tr("Ethnic-minority area"),
                       tr("Poverty county"), tr("Children")},
                      rows, {1, 2, 3, 4, 5, 6}, shading);
        return html;
    }

    QString unitOf(ValueType type) const
    {
        switch (type) {
        case ValueType::Percentage:
        case ValueType::YesNo: return tr("percentage points");
        case ValueType::RatePer1000: return tr("per 1,000");
        case ValueType::Count: return tr("per site and period");
        case ValueType::Mean: return tr("score");
        }
        return {};
    }

    QString estimateText(const Analytics::Did &did, ValueType type) const
    {
        return number(did.estimate, Analytics::decimalsOf(type) + 1);
    }
    QString intervalText(const Analytics::Did &did, ValueType type) const
    {
        if (!did.low || !did.high)
            return QStringLiteral("–");
        const int d = Analytics::decimalsOf(type) + 1;
        return tr("%1 to %2").arg(number(did.low, d), number(did.high, d));
    }

    // The forest plot: a row per key indicator, each on its own scale centred on zero.
    QImage forestPlot() const
    {
        const QList<EvidenceBrief::Outcome> &outcomes = data.outcomes;
        const int rowHeight = 32;
        const int top = 26;
        const int width = ContentWidth;
        const int height = top + rowHeight * int(outcomes.size()) + 10;
        QImage image(QSize(width, height) * ImageScale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(ImageScale, ImageScale);
        QFont font(EvidenceBrief::fontFamily());
        font.setPixelSize(11);
        p.setFont(font);
        const QFontMetricsF metrics(font);
        const qreal nameRight = 250;
        const qreal plotLeft = 262, plotRight = 470;
        const qreal x0 = (plotLeft + plotRight) / 2;
        const qreal half = (plotRight - plotLeft) / 2;
        const qreal textLeft = 480;

        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(0, 0, nameRight, top - 4), Qt::AlignLeft | Qt::AlignBottom, tr("Indicator"));
        p.drawText(QRectF(plotLeft, 0, plotRight - plotLeft, top - 4), Qt::AlignHCenter | Qt::AlignBottom, tr("DiD (95% CI)"));
        p.drawText(QRectF(textLeft, 0, width - textLeft, top - 4), Qt::AlignLeft | Qt::AlignBottom, tr("Estimate"));
        p.setFont(font);

        for (int k = 0; k < outcomes.size(); ++k) {
            const Readiness::IndicatorEvidence &e = outcomes[k].evidence;
            const qreal y = top + k * rowHeight;
            const qreal mid = y + rowHeight / 2.0;
            if (k % 2 == 1)
                p.fillRect(QRectF(0, y, width, rowHeight), QColor(0xf6, 0xf6, 0xf6));
            // The favourable half, shaded.
            const bool higher = e.direction != Direction::Lower;
            p.fillRect(QRectF(higher ? x0 : plotLeft, y + 3, half, rowHeight - 6), QColor(0xe5, 0xf5, 0xe0));
            p.setPen(QColor(0x22, 0x22, 0x22));
            // Two lines of the name, the second elided when it needs more.
            const QRectF nameBox(2, y, nameRight - 6, rowHeight);
            QString name = e.name();
            if (metrics.boundingRect(nameBox, Qt::TextWordWrap, name).height() > rowHeight) {
                while (name.size() > 1 && metrics.boundingRect(nameBox, Qt::TextWordWrap, name + QStringLiteral("…")).height() > rowHeight)
                    name.chop(1);
                name += QStringLiteral("…");
            }
            p.drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, name);
            const Analytics::Did &d = e.did;
            if (!d.estimate) {
                p.setPen(QColor(0x88, 0x88, 0x88));
                p.drawText(QRectF(textLeft, y, width - textLeft, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("not enough data"));
                continue;
            }
            double range = std::abs(*d.estimate);
            if (d.low)
                range = std::max(range, std::abs(*d.low));
            if (d.high)
                range = std::max(range, std::abs(*d.high));
            range = range > 0 ? range * 1.1 : 1.0;
            const auto xOf = [&](double v) { return x0 + v / range * half; };
            QColor colour(0x77, 0x77, 0x77);
            if (e.significant())
                colour = QColor(0x1b, 0x78, 0x37);
            else if (d.low && d.high && directionSign(e.direction) * *d.high < 0 && directionSign(e.direction) * *d.low < 0)
                colour = QColor(0xb2, 0x18, 0x2b);
            p.setPen(QPen(colour, 1.6));
            if (d.low && d.high) {
                p.drawLine(QPointF(xOf(*d.low), mid), QPointF(xOf(*d.high), mid));
                p.drawLine(QPointF(xOf(*d.low), mid - 4), QPointF(xOf(*d.low), mid + 4));
                p.drawLine(QPointF(xOf(*d.high), mid - 4), QPointF(xOf(*d.high), mid + 4));
            }
            p.setBrush(colour);
            p.drawRect(QRectF(xOf(*d.estimate) - 3.5, mid - 3.5, 7, 7));
            p.setBrush(Qt::NoBrush);
            p.setPen(QColor(0x22, 0x22, 0x22));
            QString text = estimateText(d, e.type);
            if (d.low && d.high)
                text += QStringLiteral(" (%1)").arg(intervalText(d, e.type));
            p.drawText(QRectF(textLeft, y, width - textLeft, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(text, Qt::ElideRight, width - textLeft));
        }
        // The zero line over every row.
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.0, Qt::DashLine));
        p.drawLine(QPointF(x0, top), QPointF(x0, top + rowHeight * outcomes.size()));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRectF(x0 - 20, top + rowHeight * outcomes.size(), 40, 10), Qt::AlignHCenter | Qt::AlignTop, locale.toString(0));
        return image;
    }

    // A hidden widget gets its resize event only when shown; a chart view lays its chart out
    // in that event, so it is sent here (showing it, even off screen, would be a window).
    static void layOut(QChartView *view, const QSize &size)
    {
        const QSize old = view->size();
        view->resize(size);
        QResizeEvent event(size, old);
        QCoreApplication::sendEvent(view, &event);
        // The chart's own layout is a posted request.
        QCoreApplication::sendPostedEvents();
    }

    static QImage render(QWidget *panel, QChartView *view, const QSize &size)
    {
        QImage image(size * ImageScale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(ImageScale, ImageScale);
        panel->resize(size);
        layOut(view, size);
        // QChartView::render (a QGraphicsView's) shadows QWidget::render.
        static_cast<QWidget *>(view)->render(&painter, QPoint(), QRegion(QRect(QPoint(), size)), QWidget::DrawChildren);
        return image;
    }

    // 5. Key outcomes.
    QString outcomes()
    {
        QString html = heading(tr("4. Key outcomes"), true);
        if (data.outcomes.isEmpty())
            return html + paragraph(tr("The programme has no indicators."));
        html += paragraph(tr("The difference-in-differences (DiD) of each key indicator: the mean change of pilot sites between the baseline and the endline window minus that of comparison sites, with its 95% confidence interval."));
        html += imageTag(forestPlot(), ContentWidth);
        html += note(tr("Each row has its own scale, centred on zero (dashed line); the shaded half is the favourable direction. Green: favourable with a 95% confidence interval clear of zero; red: unfavourable and clear of zero; grey: the interval includes zero."));
        QList<QStringList> rows;
        QList<QString> shading;
        for (const EvidenceBrief::Outcome &o : data.outcomes) {
            const Readiness::IndicatorEvidence &e = o.evidence;
            const int d = Analytics::decimalsOf(e.type) + 1;
            rows.append({QStringLiteral("%1 (%2)").arg(e.name(), unitOf(e.type)), number(e.did.pilotChange, d),
                         number(e.did.comparisonChange, d),
                         e.did.estimate ? estimateText(e.did, e.type) : tr("not enough data"),
                         intervalText(e.did, e.type),
                         e.did.estimate ? tr("%1 + %2").arg(locale.toString(e.did.pilotSites), locale.toString(e.did.comparisonSites))
                                        : QStringLiteral("–")});
            shading.append(e.significant() ? QStringLiteral("#e5f5e0") : QString());
        }
        html += table({tr("Indicator"), tr("Pilot change"), tr("Comparison change"), tr("DiD"), tr("95% CI"), tr("Sites (pilot + comparison)")},
                      rows, {1, 2, 3, 4, 5}, shading, {}, {34, 12, 13, 11, 17, 13});
        html += note(tr("Shaded rows: a favourable effect whose 95% confidence interval is clear of zero. Counts are per site and period."));

        if (!data.charts.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Trends in pilot and comparison sites")));
            for (const auto &dashboard : data.charts) {
                // The chart's own title names the indicator (a caption apart could end a page
                // with the chart on the next).
                const QSize size(1040, 500);
                TrendChart chart;
                chart.resize(size);
                chart.setDashboard(dashboard);
                auto *view = chart.findChild<QChartView *>();
                if (chart.isEmpty() || !view)
                    continue;
                html += imageTag(render(&chart, view, size), ContentWidth);
            }
            const auto &first = data.charts.first();
            EquityChart equity;
            equity.resize(1180, 500);
            equity.setDashboard(first);
            if (auto *view = equity.findChild<QChartView *>(); view && !equity.isEmpty()) {
                html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Equity: %1").arg(first->indicator.name())));
                html += paragraph(tr("The indicator in each equity group (reference and focus group of each dimension), in pilot and comparison sites, over the baseline and the endline window: a gap narrowing faster in pilot sites means the model reaches disadvantaged children."));
                html += imageTag(render(&equity, view, QSize(1180, 500)), ContentWidth);
            }
        }
        return html;
    }

    QList<const CriterionResult *> criteriaOf(std::initializer_list<Evidence> kinds) const
    {
        QList<const CriterionResult *> list;
        for (const CriterionResult &r : evaluation().criteria) {
            if (std::find(kinds.begin(), kinds.end(), r.criterion.evidence) != kinds.end())
                list.append(&r);
        }
        return list;
    }

    QString criterionLines(const QList<const CriterionResult *> &list) const
    {
        if (list.isEmpty())
            return {};
        QList<QStringList> rows;
        QHash<QPair<int, int>, QString> colours;
        for (const CriterionResult *r : list) {
            colours.insert({int(rows.size()), 2}, ReadinessModel::scoreColour(r->score).name());
            rows.append({r->criterion.name(), measureText(*r, locale), scoreLabel(r->score), noteText(*r)});
        }
        return table({tr("Criterion"), tr("Measure"), tr("Score"), tr("Basis or gap")}, rows, {1}, {}, colours);
    }

    // 6. Costs.
    QString costs() const
    {
        QString html = heading(tr("5. Cost and co-financing"), false);
        if (data.costs.isEmpty()) {
            html += paragraph(tr("No costs are recorded for pilot sites."));
        } else {
            html += paragraph(tr("Costs of the pilot sites by year, in yuan: the programme's spending and the government's contribution."));
            QList<QStringList> rows;
            for (const EvidenceBrief::CostRow &c : data.costs) {
                rows.append({QString::number(c.year), number(c.programmeSpending), number(c.governmentContribution), number(c.total()),
                             locale.toString(c.beneficiaries),
                             c.beneficiaries > 0 ? number(c.total() / double(c.beneficiaries), 1) : QStringLiteral("–"),
                             c.total() > 0 ? percent(c.governmentContribution / c.total()) : QStringLiteral("–")});
            }
            html += table({tr("Year"), tr("Programme spending"), tr("Government contribution"), tr("Total"), tr("Beneficiaries"),
                           tr("Cost per beneficiary"), tr("Government share")},
                          rows, {1, 2, 3, 4, 5, 6});
        }
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Readiness criteria on costs")));
        const QString lines = criterionLines(criteriaOf({Evidence::CostPerBeneficiary, Evidence::CoFinancing}));
        html += lines.isEmpty() ? paragraph(tr("The framework has no criterion on costs.")) : lines;
        return html;
    }

    // 7. Fidelity.
    QString fidelity() const
    {
        const Readiness::Inputs &in = evaluation().inputs;
        QString html = heading(tr("6. Fidelity"), false);
        html += paragraph(tr("Monitoring visits to active pilot sites from %1 to %2 with a scored fidelity checklist.")
                              .arg(date(in.visitsFrom), date(in.visitsTo)));
        html += table({tr("Measure"), tr("Value")},
                      {{tr("Scored visits"), locale.toString(in.visits)},
                       {tr("Pilot sites visited"), tr("%1 of %2").arg(locale.toString(in.pilotSitesVisited), locale.toString(in.pilotSites))},
                       {tr("Mean fidelity (share of the maximum score)"), percent(in.fidelity)}},
                      {1});
        if (!in.items.isEmpty()) {
            QList<QStringList> rows;
            for (const Readiness::FidelityItem &i : in.items)
                rows.append({i.name(), number(i.mean, 2)});
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Checklist items")));
            html += table({tr("Item"), tr("Mean score (0–3)")}, rows, {1});
        }
        const QString lines = criterionLines(criteriaOf({Evidence::Fidelity}));
        if (!lines.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Readiness criterion on fidelity"))) + lines;
        return html;
    }

    // 8. Data quality.
    QString quality() const
    {
        QString html = heading(tr("7. Data-quality caveats"), false);
        html += paragraph(tr("Only approved reports are counted in the statistics; draft, submitted and returned reports are left out."));
        QList<QStringList> rows;
        for (const EvidenceBrief::Outcome &o : data.outcomes) {
            const Analytics::Quality &q = o.quality;
            rows.append({o.name(), percent(q.completeness()), percent(q.timeliness()), locale.toString(q.outliers),
                         locale.toString(q.consistencyFailures)});
        }
        if (!rows.isEmpty())
            html += table({tr("Indicator"), tr("Completeness"), tr("Timeliness"), tr("Outliers"), tr("Consistency failures")}, rows,
                          {1, 2, 3, 4});
        html += note(tr("Completeness: reports received of those expected; timeliness: received reports submitted on time; outliers: values far from the site's own median; consistency failures: numerators above denominators, values out of range, parts that do not add up."));
        if (!evaluation().missing.isEmpty()) {
            QStringList gaps;
            for (const Reason &r : evaluation().missing)
                gaps.append(r.text());
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Gaps in the evidence")));
            html += list(gaps);
        }
        return html;
    }

    // 9. Every criterion.
    QString criteria() const
    {
        QString html = heading(tr("8. Readiness criteria"), true);
        QList<QStringList> rows;
        QHash<QPair<int, int>, QString> colours;
        for (const CriterionResult &r : evaluation().criteria) {
            colours.insert({int(rows.size()), 4}, ReadinessModel::scoreColour(r.score).name());
            QString name = r.criterion.name();
            if (r.criterion.critical)
                name += QStringLiteral(" *");
            const QString thresholds = thresholdsText(r.criterion, locale);
            rows.append({name, domainLabel(r.criterion.domain), measureText(r, locale),
                         thresholds.isEmpty() ? tr("judged") : thresholds, scoreLabel(r.score), noteText(r)});
        }
        html += QStringLiteral("<div class=\"small\">") +
                table({tr("Criterion"), tr("Domain"), tr("Measure"), tr("Thresholds"), tr("Score"), tr("Justification or gap")}, rows, {2}, {},
                      colours, {19, 14, 9, 24, 10, 24}) +
                QStringLiteral("</div>");
        html += note(tr("* A critical criterion: a score below 3, or none, means not yet ready."));
        return html;
    }

    // 10. Methods.
    QString methods() const
    {
        QString html = heading(tr("9. Methods"), false);
        html += paragraph(tr("Data. Only approved reports count. Percentages are the ratio of sums (numerators over denominators across sites), never an average of percentages; counts are compared per site and period."));
        html += paragraph(tr("Difference-in-differences. Each site's value over the baseline window and over the endline window gives its change; the DiD is the mean change of pilot sites minus the mean change of comparison sites, with sites as the unit. Its 95% confidence interval uses Welch's two-sample t: the standard error from both arms' variances, Welch–Satterthwaite degrees of freedom and the 97.5% quantile of Student's t. It needs two pilot and two comparison sites with a change."));
        html += paragraph(tr("Intervals of percentages. The values of pilot and comparison sites in each period carry a Wilson score 95% interval."));
        html += paragraph(tr("Equity. Each dimension compares a reference group with a focus group (urban and rural sites, other and ethnic-minority areas, other and poverty counties, boys and girls, Han and minority children). The gap is reference minus focus; it narrows when its absolute size falls from the baseline to the endline window, and the model helps when it narrows faster in pilot than in comparison sites. The slope index of inequality (SII) is the weighted least-squares slope of the indicator over sites ranked by their number of disadvantages."));
        html += paragraph(tr("Readiness. Computed criteria score 4, 3 or 2 at or beyond their strong, adequate or weak threshold, else 1; managers score judged criteria 1–4 with a justification. A criterion without enough evidence has no score. A domain's score is the mean of its scored criteria."));
        html += paragraph(tr("Verdict. Not yet ready when a critical criterion scores below 3 or has no score, or a domain averages below 2; ready when every criterion scores 3 or more; otherwise ready with conditions."));
        return html;
    }

    // 11. Annex.
    QString annex() const
    {
        QString html = heading(tr("Annex: indicator values by year"), true);
        html += paragraph(tr("Approved values of the key indicators by year: percentages and rates as the ratio of sums, counts as totals, with the number of sites and reports they rest on."));
        QList<QStringList> rows;
        QList<QString> shading;
        bool odd = false;
        for (const EvidenceBrief::Outcome &o : data.outcomes) {
            const int d = Analytics::decimalsOf(o.evidence.type);
            bool first = true;
            for (const Analytics::SeriesPoint &s : o.annual) {
                const QString unit = ChartText::unit(o.evidence.type);
                rows.append({first ? (unit.isEmpty() ? o.name() : QStringLiteral("%1 (%2)").arg(o.name(), unit)) : QString(),
                             QString::number(s.period.year()), number(s.pilot.value, d), number(s.comparison.value, d),
                             number(s.all.value, d), locale.toString(s.all.sites), locale.toString(s.all.reports)});
                shading.append(odd ? QStringLiteral("#f4f4f4") : QString());
                first = false;
            }
            if (o.annual.isEmpty()) {
                rows.append({o.name(), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"), QStringLiteral("–"),
                             QStringLiteral("0"), QStringLiteral("0")});
                shading.append(odd ? QStringLiteral("#f4f4f4") : QString());
            }
            odd = !odd;
        }
        html += table({tr("Indicator"), tr("Year"), tr("Pilot"), tr("Comparison"), tr("All sites"), tr("Sites"), tr("Reports")}, rows,
                      {1, 2, 3, 4, 5, 6}, shading);
        return html;
    }
};

} // namespace

Result<void> EvidenceBrief::write(const Data &data, const Options &options)
{
    if (options.path.trimmed().isEmpty())
        return fail(tr("Name the PDF file to write."), ErrorKind::File);
    bool known = false;
    for (const LanguageManager::Language &l : LanguageManager::languages())
        known = known || l.code == options.language;
    if (!known)
        return fail(tr("The brief can be written in English (en) or Chinese (zh_CN), not \"%1\".").arg(options.language));
    if (!QFontDatabase::families().contains(fontFamily()))
        return fail(tr("The font %1 is not installed (Debian package fonts-wqy-microhei); the brief needs it.").arg(fontFamily()));

    const LanguageSwitch language(options.language);
    if (!language.ok())
        return fail(tr("The brief can be written in English (en) or Chinese (zh_CN), not \"%1\".").arg(options.language));
    const QLocale locale;

    const QString path = QDir::toNativeSeparators(options.path);
    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()), ErrorKind::File);

    QPdfWriter writer(&file);
    writer.setResolution(Dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14),
                                     QPageLayout::Millimeter));
    const QString runningTitle = tr("%1 — evidence brief").arg(data.programmeName());
    writer.setTitle(runningTitle);
    writer.setCreator(QStringLiteral("ScaleReady"));

    const QRect page = writer.pageLayout().paintRectPixels(Dpi);
    const qreal mm = Dpi / 25.4;
    const qreal headerHeight = 9 * mm;
    const qreal footerHeight = 9 * mm;
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(fontFamily());
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    document.setDefaultStyleSheet(QStringLiteral(
        "h2 { font-size: 15pt; font-weight: bold; color: #1f3b5c; margin-top: 14px; margin-bottom: 6px; }"
        "h3 { font-size: 11pt; font-weight: bold; color: #1f3b5c; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 3px; margin-bottom: 5px; line-height: 125%; }"
        "p.note { font-size: 8pt; color: #555555; }"
        "p.caption { font-size: 9pt; font-weight: bold; margin-top: 10px; }"
        "table.grid { border-collapse: collapse; border: 1px solid #999999; margin-top: 4px; margin-bottom: 6px; }"
        "th { background-color: #dde5ee; font-weight: bold; font-size: 8.5pt; border: 1px solid #999999; }"
        "td { font-size: 8.5pt; border: 1px solid #bbbbbb; }"
        "div.small td { font-size: 7.5pt; }"
        "div.small th { font-size: 7.5pt; }"
        "li { margin-bottom: 2px; }"));

    BriefWriter brief{data, locale, document};
    QString html = QStringLiteral("<html><body>");
    html += brief.cover();
    html += brief.verdict();
    html += brief.model();
    html += brief.outcomes();
    html += brief.costs();
    html += brief.fidelity();
    html += brief.quality();
    html += brief.criteria();
    html += brief.methods();
    html += brief.annex();
    html += QStringLiteral("</body></html>");
    document.setHtml(html);

    const int pages = document.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("%1 could not be written.").arg(path), ErrorKind::File);
    QFont small(fontFamily());
    small.setPointSizeF(7.5);
    const QString generated = tr("Generated %1").arg(brief.dateTime(data.gatheredAt));
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage()) {
            painter.end();
            return fail(tr("%1 could not be written.").arg(path), ErrorKind::File);
        }
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        if (i > 0) {
            const QRectF header(0, 0, page.width(), headerHeight - 2 * mm);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, runningTitle);
            painter.drawLine(QPointF(0, headerHeight - 1.5 * mm), QPointF(page.width(), headerHeight - 1.5 * mm));
        }
        const qreal footerTop = page.height() - footerHeight;
        painter.drawLine(QPointF(0, footerTop + 1.5 * mm), QPointF(page.width(), footerTop + 1.5 * mm));
        const QRectF footer(0, footerTop + 2 * mm, page.width(), footerHeight - 2 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, generated);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pages)));
    }
    if (!painter.end())
        return fail(tr("%1 could not be written.").arg(path), ErrorKind::File);
    if (!file.commit())
        return fail(tr("%1 could not be written: %2").arg(path, file.errorString()), ErrorKind::File);
    return {};
}
