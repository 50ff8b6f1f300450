#include "demogenerator.h"

#include "storage/sqlitestatement.h"

#include "auth/passwordhasher.h"
#include "demodata.h"
#include "domain/period.h"
#include "services/datavalueservice.h"
#include "services/programmeservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// The last month of demo data; fixed so that the content does not depend on the day it is made.
constexpr int LastYear = 2026;
constexpr int LastMonth = 6;

// A deterministic source of the distributions the generator needs. QRandomGenerator with a
// seed is a Mersenne twister, the same sequence on every platform; the distributions are our
// own so that they do not depend on a standard library's implementation.
class Random final
{
public:
    explicit Random(quint32 seed) : m_rng(seed) {}
    double uniform() { return m_rng.generateDouble(); }
    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    double normal(double mean = 0.0, double sd = 1.0)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 40)
            return std::max(0, int(std::lround(normal(lambda, std::sqrt(lambda)))));
        const double limit = std::exp(-lambda);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    int binomial(int n, double p)
    {
        if (n <= 0)
            return 0;
        if (n <= 40) {
            int k = 0;
            for (int i = 0; i < n; ++i)
                k += uniform() < p ? 1 : 0;
            return k;
        }
        const double x = normal(n * p, std::sqrt(n * p * (1 - p)));
        return std::clamp(int(std::lround(x)), 0, n);
    }
    // Time-ordered (version 7 layout) so that a bulk insert appends to the uuid index instead
    // of scattering into it: 48 bits of milliseconds from a fixed start plus a counter, then
    // random bits.
    QByteArray uuid()
    {
        quint8 b[16];
        const quint64 ms = m_uuidClock++;
        for (int i = 0; i < 6; ++i)
            b[i] = quint8(ms >> (40 - 8 * i));
        for (int i = 6; i < 16; i += 4) {
            const quint32 v = m_rng.generate();
            std::memcpy(b + i, &v, std::min(4, 16 - i));
        }
        b[6] = quint8((b[6] & 0x0f) | 0x70);
        b[8] = quint8((b[8] & 0x3f) | 0x80);
        static const char hex[] = "0123456789abcdef";
        QByteArray out;
        out.reserve(36);
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                out.append('-');
            out.append(hex[b[i] >> 4]);
            out.append(hex[b[i] & 15]);
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
    quint64 m_uuidClock = 1'640'995'200'000ULL; // 2022-01-01T00:00:00Z in ms
};

using Statement = SqliteStatement;

QByteArray stamp(QDate date, int hour = 9, int minute = 0)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00.000Z", date.year(), date.month(), date.day(), hour, minute);
    return QByteArray(buf);
}

struct GeneratedSite
{
    qint64 id = 0;
    const DemoData::County *county = nullptr;
    bool pilot = false;
    bool urban = false;
    int children = 0;
    double effect = 0;      // site random effect, in standard units
    Period start;           // intervention start (pilot sites)
    double remoteness = 0;  // raises missing and late reports
};

struct Group
{
    qint64 optionId;        // 0 = not disaggregated
    bool female;
    bool minority;
    double share;           // of the site's children
};

struct GeneratedReport
{
    QByteArray status;
    QByteArray reported;
    QByteArray decided;
    QString reason;
    int order = 0;
};

void bindSync(Statement &s, int from, Random &rng, const QByteArray &at, qint64 userId, qint64 origin)
{
    s.bind(from, rng.uuid());
    s.bind(from + 1, at);
    s.bind(from + 2, at);
    if (userId > 0)
        s.bind(from + 3, userId);
    else
        s.bindNull(from + 3);
    s.bind(from + 4, origin);
    s.bind(from + 5, 1);
    s.bind(from + 6, 0);
}

// One report per site and period that has data, in the order they were first seen.
Result<void> writeReports(sqlite3 *db, const QHash<std::pair<qint64, QByteArray>, GeneratedReport> &reports,
                          qint64 managerId, qint64 officerId, qint64 origin, Random &rng)
{
    QList<std::pair<std::pair<qint64, QByteArray>, GeneratedReport>> ordered;
    for (auto it = reports.cbegin(); it != reports.cend(); ++it)
        ordered.append({it.key(), it.value()});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second.order < b.second.order; });
    Statement insert(db, "INSERT INTO report (site_id, period, status, reason, reopened, submitted_at, submitted_by,"
                         " decided_at, decided_by, uuid, created_at, updated_at, updated_by, origin, revision, deleted)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!insert.ok())
        return fail(insert.error());
    for (const auto &[key, r] : ordered) {
        const bool draft = r.status == "draft";
        const bool decided = r.status == "approved" || r.status == "returned";
        insert.bind(1, key.first);
        insert.bind(2, key.second);
        insert.bind(3, r.status);
        insert.bind(4, r.reason);
        // A returned report is opened for correction even when its period has expired.
        insert.bind(5, r.status == "returned" ? 1 : 0);
        if (draft) {
            insert.bindNull(6);
            insert.bindNull(7);
        } else {
            insert.bind(6, r.reported);
            insert.bind(7, officerId);
        }
        if (decided) {
            insert.bind(8, r.decided);
            insert.bind(9, managerId);
        } else {
            insert.bindNull(8);
            insert.bindNull(9);
        }
        bindSync(insert, 10, rng, decided ? r.decided : r.reported, decided ? managerId : draft ? 0 : officerId, origin);
        if (!insert.run())
            return fail(insert.error());
    }
    return {};
}

// The fidelity checklist, validation rules, quarterly visits to pilot sites with scores and
// action items, and yearly costs with a government share that grows where the model runs.
Result<void> writeMonitoring(sqlite3 *db, qint64 programmeId, const QList<GeneratedSite> &sites, const Period &first,
                             const Period &last, qint64 managerId, qint64 officerId, qint64 origin, Random &rng)
{
    const QByteArray setUp = stamp(first.startDate().addDays(-20));
    Statement item(db, "INSERT INTO checklist_item (programme_id, code, name_en, name_zh, sort_order, uuid, created_at,"
                       " updated_at, updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    QList<qint64> itemIds;
    for (const DemoData::ChecklistSpec &c : DemoData::checklist()) {
        item.bind(1, programmeId);
        item.bind(2, c.code);
        item.bind(3, c.nameEn);
        item.bind(4, QString::fromUtf8(c.nameZh));
        item.bind(5, int(itemIds.size()));
        bindSync(item, 6, rng, setUp, managerId, origin);
        if (!item.run())
            return fail(item.error());
        itemIds.append(item.lastId());
    }

    Statement rule(db, "INSERT INTO validation_rule (programme_id, name_en, name_zh, left_side, operator, right_side,"
                       " importance, uuid, created_at, updated_at, updated_by, origin, revision, deleted)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const struct
    {
        const char *en;
        const char *zh;
        const char *left;
        const char *op;
        const char *right;
        const char *importance;
    } rules[] = {
        {"Children aged 12–23 months are among those aged 6–23 months", "12–23月龄儿童数不超过6–23月龄儿童数",
         "FULLIMM.den", "<=", "NUTSUPP.den", "error"},
        {"Children tested for anaemia do not outnumber children measured", "贫血检测人数一般不超过生长监测人数",
         "ANAEMIA.den", "<=", "STUNT.den", "warning"},
    };
    for (const auto &r : rules) {
        rule.bind(1, programmeId);
        rule.bind(2, r.en);
        rule.bind(3, QString::fromUtf8(r.zh));
        rule.bind(4, r.left);
        rule.bind(5, r.op);
        rule.bind(6, r.right);
        rule.bind(7, r.importance);
        bindSync(rule, 8, rng, setUp, managerId, origin);
        if (!rule.run())
            return fail(rule.error());
    }

    Statement visit(db, "INSERT INTO visit (site_id, visit_date, officer_id, narrative, uuid, created_at, updated_at,"
                        " updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    Statement score(db, "INSERT INTO visit_score (visit_id, item_id, score, note) VALUES (?,?,?,?)");
    Statement action(db, "INSERT INTO visit_action (visit_id, description, owner, due_date, status, uuid, created_at,"
                         " updated_at, updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    const QDate end = last.endDate();
    for (const GeneratedSite &site : sites) {
        if (!site.pilot || !site.start.isValid())
            continue;
        for (QDate day = site.start.startDate().addDays(20 + rng.below(30)); day <= end; day = day.addDays(80 + rng.below(25))) {
            const QByteArray at = stamp(day, 17, rng.below(60));
            visit.bind(1, site.id);
            visit.bind(2, day.toString(Qt::ISODate));
            visit.bind(3, officerId);
            visit.bind(4, DemoData::visitNarratives().at(rng.below(int(DemoData::visitNarratives().size()))));
            bindSync(visit, 5, rng, at, officerId, origin);
            if (!visit.run())
                return fail(visit.error());
            const qint64 visitId = visit.lastId();
            // Fidelity improves over the first year and is lower in remote sites.
            const double months = site.start.startDate().daysTo(day) / 30.4;
            const double level = 1.4 + std::min(1.2, months / 10.0) - 0.6 * site.remoteness;
            for (qint64 itemId : itemIds) {
                score.bind(1, visitId);
                score.bind(2, itemId);
                score.bind(3, std::clamp(int(std::lround(level + rng.normal(0, 0.6))), 0, 3));
                score.bind(4, "");
                if (!score.run())
                    return fail(score.error());
            }
            const int actions = rng.below(3);
            for (int a = 0; a < actions; ++a) {
                const auto &spec = DemoData::visitActions().at(rng.below(int(DemoData::visitActions().size())));
                const QDate due = day.addDays(30 + rng.below(30));
                action.bind(1, visitId);
                action.bind(2, QString::fromUtf8(spec.description));
                action.bind(3, QString::fromUtf8(spec.owner));
                action.bind(4, due.toString(Qt::ISODate));
                action.bind(5, due < end.addDays(-45) || rng.uniform() < 0.2 ? "done" : "open");
                bindSync(action, 6, rng, at, officerId, origin);
                if (!action.run())
                    return fail(action.error());
            }
        }
    }

    Statement cost(db, "INSERT INTO cost (site_id, year, programme_spending, government_contribution, beneficiaries, note,"
                       " uuid, created_at, updated_at, updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const GeneratedSite &site : sites) {
        for (int year = first.startDate().year(); year <= last.startDate().year(); ++year) {
            const bool running = site.pilot && site.start.isValid() && site.start.startDate().year() <= year;
            const double yearsIn = running ? year - site.start.startDate().year() : 0;
            const double children = site.children * 0.09; // under-threes reached by the services
            const double perChild = running ? 420.0 + rng.normal(0, 40) : 60.0 + rng.normal(0, 10);
            const double total = std::max(0.0, children * perChild);
            const double share = running ? std::clamp(0.15 + 0.12 * yearsIn + rng.normal(0, 0.04), 0.0, 0.8)
                                         : std::clamp(0.6 + rng.normal(0, 0.1), 0.0, 1.0);
            cost.bind(1, site.id);
            cost.bind(2, year);
            cost.bind(3, std::round(total * (1 - share)));
            cost.bind(4, std::round(total * share));
            cost.bind(5, qint64(std::lround(running ? children * 0.8 : children * 0.1)));
            cost.bind(6, running ? "" : "常规服务");
            bindSync(cost, 7, rng, stamp(QDate(year + 1, 1, 20)), managerId, origin);
            if (!cost.run())
                return fail(cost.error());
        }
    }
    return {};
}

} // namespace

Result<void> DemoGenerator::validate(const Options &options)
{
    if (options.sites < 2 || options.sites > MaxSites)
        return fail(tr("The number of sites must be between 2 and %1; %2 was given.").arg(MaxSites).arg(options.sites));
    if (options.months < 12 || options.months > MaxMonths)
        return fail(tr("The number of months must be between 12 and %1; %2 was given.").arg(MaxMonths).arg(options.months));
    return {};
}

Result<DemoGenerator::Summary> DemoGenerator::generate(Database &database, const Options &options, const Progress &progress)
{
    if (auto valid = validate(options); !valid)
        return fail(valid.error());
    sqlite3 *db = database.handle();
    if (!db)
        return fail(tr("The database connection gives no SQLite handle."));
    {
        Statement existing(db, "SELECT count(*) FROM programme");
        if (!existing.ok())
            return fail(tr("The database is not ready for the demonstration programme: %1").arg(existing.error()));
    }

    Random rng(options.seed);
    const Period last = Period::month(LastYear, LastMonth);
    const Period first = last.shifted(-(options.months - 1));
    const QByteArray created = stamp(first.startDate().addMonths(-1));
    const qint64 origin = database.replicaId();
    const QByteArray replicaUuid = rng.uuid();

    if (!database.beginTransaction())
        return fail(tr("Could not start writing the demonstration programme."));
    auto abort = [&](const QString &why) -> Result<Summary> {
        database.rollback();
        return fail(tr("The demonstration programme could not be written: %1").arg(why));
    };
    sqlite3_exec(db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);

    {
        Statement replica(db, "UPDATE replica SET uuid = ?, name = 'demo', created_at = ? WHERE is_local = 1");
        replica.bind(1, replicaUuid);
        replica.bind(2, created);
        if (!replica.run())
            return abort(replica.error());
    }
    // Sync columns: uuid, created_at, updated_at, updated_by, origin, revision, deleted.
    auto bindSync = [&](Statement &s, int from) {
        s.bind(from, rng.uuid());
        s.bind(from + 1, created);
        s.bind(from + 2, created);
        s.bindNull(from + 3);
        s.bind(from + 4, origin);
        s.bind(from + 5, 1);
        s.bind(from + 6, 0);
    };

    // The programme.
    Statement programme(db, "INSERT INTO programme (code, name_en, name_zh, focus_area, start_date, end_date,"
                            " description_en, description_zh, expiry_days, timeliness_days, uuid, created_at, updated_at,"
                            " updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    programme.bind(1, "IECD");
    programme.bind(2, "Integrated early childhood development in western China");
    programme.bind(3, "中国西部儿童早期综合发展项目");
    programme.bind(4, "Integrated early childhood development");
    programme.bind(5, first.startDate().toString(Qt::ISODate));
    programme.bind(6, last.endDate().addYears(2).toString(Qt::ISODate));
    programme.bind(7, "Village-based integrated services for children under six and their caregivers: monthly home "
                      "visits on responsive caregiving, nutrition sachets for children aged 6–23 months, village "
                      "early learning centres, and case management of children in difficult circumstances by "
                      "village child directors, delivered through the existing health, education and civil affairs "
                      "systems so that the government can take the model over.");
    programme.bind(8, "以村为基础、面向6岁以下儿童及其看护人的综合服务：每月入户开展回应性照护指导，为6–23月龄儿童提供营养包，"
                      "建设村级早教点，并由村（居）儿童主任对困境儿童进行个案管理。服务依托现有卫生、教育和民政体系提供，"
                      "便于政府接手推广。");
    programme.bind(9, 90);
    programme.bind(10, 15);
    bindSync(programme, 11);
    if (!programme.run())
        return abort(programme.error());
    const qint64 programmeId = programme.lastId();

    // Category options: girls/boys × Han/minority.
    Statement optionInsert(db, "INSERT INTO category_option (programme_id, code, name_en, name_zh, sort_order, uuid,"
                               " created_at, updated_at, updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement tagInsert(db, "INSERT INTO category_option_tag (option_id, dimension, member) VALUES (?,?,?)");
    QList<Group> groups;
    for (const CategoryOption &o : ProgrammeService::standardOptions()) {
        optionInsert.bind(1, programmeId);
        optionInsert.bind(2, o.code);
        optionInsert.bind(3, o.nameEn);
        optionInsert.bind(4, o.nameZh);
        optionInsert.bind(5, o.sortOrder);
        bindSync(optionInsert, 6);
        if (!optionInsert.run())
            return abort(optionInsert.error());
        Group g{optionInsert.lastId(), false, false, 0};
        for (const DimensionTag &tag : o.tags) {
            tagInsert.bind(1, g.optionId);
            tagInsert.bind(2, tag.dimension);
            tagInsert.bind(3, tag.member);
            if (!tagInsert.run())
                return abort(tagInsert.error());
            if (tag.dimension == QLatin1StringView("sex"))
                g.female = tag.member == QLatin1StringView("female");
            else
                g.minority = tag.member == QLatin1StringView("minority");
        }
        groups.append(g);
    }

    // Indicators.
    const auto &specs = DemoData::indicators();
    QList<qint64> indicatorIds;
    Statement indicatorInsert(db, "INSERT INTO indicator (programme_id, code, name_en, name_zh, definition_en,"
                                  " definition_zh, outcome_area, value_type, direction, frequency, min_value, max_value,"
                                  " baseline, target, target_kind, required, sort_order, uuid, created_at, updated_at,"
                                  " updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement indicatorOption(db, "INSERT INTO indicator_option (indicator_id, option_id, sort_order) VALUES (?,?,?)");
    for (int i = 0; i < specs.size(); ++i) {
        const auto &spec = specs[i];
        indicatorInsert.bind(1, programmeId);
        indicatorInsert.bind(2, spec.code);
        indicatorInsert.bind(3, spec.nameEn);
        indicatorInsert.bind(4, spec.nameZh);
        indicatorInsert.bind(5, spec.definitionEn);
        indicatorInsert.bind(6, spec.definitionZh);
        indicatorInsert.bind(7, Vocabulary::key(spec.area));
        indicatorInsert.bind(8, Vocabulary::key(spec.valueType));
        indicatorInsert.bind(9, Vocabulary::key(spec.direction));
        indicatorInsert.bind(10, Vocabulary::key(spec.frequency));
        std::optional<double> low = 0.0;
        std::optional<double> high;
        if (spec.valueType == ValueType::Percentage)
            high = 100.0;
        else if (spec.valueType == ValueType::RatePer1000)
            high = 200.0;
        else if (spec.valueType == ValueType::Mean)
            high = 60.0;
        indicatorInsert.bindOptional(11, low);
        indicatorInsert.bindOptional(12, high);
        indicatorInsert.bind(13, spec.baseline);
        indicatorInsert.bind(14, spec.target);
        indicatorInsert.bind(15, spec.valueType == ValueType::Count ? "incremental" : "cumulative");
        indicatorInsert.bind(16, spec.required ? 1 : 0);
        indicatorInsert.bind(17, i + 1);
        bindSync(indicatorInsert, 18);
        if (!indicatorInsert.run())
            return abort(indicatorInsert.error());
        indicatorIds.append(indicatorInsert.lastId());
        if (spec.disaggregated) {
            for (int g = 0; g < groups.size(); ++g) {
                indicatorOption.bind(1, indicatorIds.last());
                indicatorOption.bind(2, groups[g].optionId);
                indicatorOption.bind(3, g);
                if (!indicatorOption.run())
                    return abort(indicatorOption.error());
            }
        }
    }

    // Sites: counties taken round-robin across prefectures so that every prefecture has pilot
    // and comparison sites; beyond the real counties, townships within them.
    const auto &counties = DemoData::counties();
    // Each county's arm alternates by pass and by prefecture, so that every prefecture has
    // pilot and comparison counties and the two arms stay the same size.
    QList<const DemoData::County *> order;
    QList<bool> orderPilot;
    {
        QList<QList<const DemoData::County *>> byPrefecture;
        QStringList prefectures;
        for (const auto &c : counties) {
            const QString p = QString::fromUtf8(c.prefectureZh);
            qsizetype k = prefectures.indexOf(p);
            if (k < 0) {
                prefectures.append(p);
                byPrefecture.append(QList<const DemoData::County *>());
                k = prefectures.size() - 1;
            }
            byPrefecture[k].append(&c);
        }
        for (int pass = 0; order.size() < counties.size(); ++pass) {
            for (int k = 0; k < byPrefecture.size(); ++k) {
                if (pass < byPrefecture[k].size()) {
                    order.append(byPrefecture[k][pass]);
                    orderPilot.append((pass + k) % 2 == 0);
                }
            }
        }
    }

    Statement siteInsert(db, "INSERT INTO site (programme_id, code, name_en, name_zh, province_en, province_zh,"
                             " prefecture_en, prefecture_zh, county_en, county_zh, township_en, township_zh, arm, locality,"
                             " ethnic_minority_area, poverty_county, child_population, latitude, longitude,"
                             " intervention_start, status, uuid, created_at, updated_at, updated_by, origin, revision, deleted)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const bool townships = options.sites > counties.size();
    const auto &syllables = DemoData::townshipSyllables();
    QList<GeneratedSite> sites;
    for (int i = 0; i < options.sites; ++i) {
        const int position = i % int(order.size());
        const int townshipIndex = i / int(order.size()) + 1;
        GeneratedSite site;
        site.county = order[position];
        site.pilot = orderPilot[position];
        site.urban = townships ? townshipIndex == 1 : rng.uniform() < 0.2;
        site.children = townships ? std::max(400, int(rng.normal(2500, 900))) : std::max(8000, int(rng.normal(35000, 12000)));
        site.effect = rng.normal();
        const QString prefecture = QString::fromUtf8(site.county->prefectureEn);
        site.remoteness = prefecture.startsWith(u"Nujiang") || prefecture.startsWith(u"Liangshan") ? 1.0 : 0.0;
        const int baselineMonths = std::max(6, options.months / 6);
        site.start = site.pilot ? first.shifted(baselineMonths + rng.below(6)) : Period();

        QByteArray code = site.county->code;
        QString nameEn = QString::fromUtf8(site.county->nameEn);
        QString nameZh = QString::fromUtf8(site.county->nameZh);
        QString townEn;
        QString townZh;
        double lat = site.county->latitude;
        double lon = site.county->longitude;
        if (townships) {
            code += QByteArray::number(100 + townshipIndex);
            const auto &a = syllables[rng.below(int(syllables.size()))];
            const auto &b = syllables[rng.below(int(syllables.size()))];
            const bool town = site.urban || rng.uniform() < 0.4;
            townZh = QString::fromUtf8(a.zh) + QString::fromUtf8(b.zh) + (town ? QStringLiteral("镇") : QStringLiteral("乡"));
            townEn = QString::fromLatin1(a.pinyin) + QString::fromLatin1(b.pinyin).toLower()
                     + (town ? QStringLiteral(" Town") : QStringLiteral(" Township"));
            nameEn = townEn + QStringLiteral(", ") + nameEn;
            nameZh = nameZh + townZh;
            lat += rng.uniform() * 0.3 - 0.15;
            lon += rng.uniform() * 0.3 - 0.15;
        }
        siteInsert.bind(1, programmeId);
        siteInsert.bind(2, code);
        siteInsert.bind(3, nameEn);
        siteInsert.bind(4, nameZh);
        siteInsert.bind(5, site.county->provinceEn);
        siteInsert.bind(6, site.county->provinceZh);
        siteInsert.bind(7, site.county->prefectureEn);
        siteInsert.bind(8, site.county->prefectureZh);
        siteInsert.bind(9, site.county->nameEn);
        siteInsert.bind(10, site.county->nameZh);
        siteInsert.bind(11, townEn);
        siteInsert.bind(12, townZh);
        siteInsert.bind(13, site.pilot ? "pilot" : "comparison");
        siteInsert.bind(14, site.urban ? "urban" : "rural");
        siteInsert.bind(15, site.county->ethnicMinorityArea ? 1 : 0);
        siteInsert.bind(16, site.county->povertyCounty ? 1 : 0);
        siteInsert.bind(17, site.children);
        siteInsert.bind(18, std::round(lat * 1e4) / 1e4);
        siteInsert.bind(19, std::round(lon * 1e4) / 1e4);
        if (site.pilot)
            siteInsert.bind(20, site.start.startDate().toString(Qt::ISODate));
        else
            siteInsert.bindNull(20);
        siteInsert.bind(21, "active");
        bindSync(siteInsert, 22);
        if (!siteInsert.run())
            return abort(siteInsert.error());
        site.id = siteInsert.lastId();
        sites.append(site);
    }

    // Remote prefectures have their own, lower home-visit target.
    Statement targetInsert(db, "INSERT INTO site_target (site_id, indicator_id, baseline, target, uuid, created_at,"
                               " updated_at, updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const GeneratedSite &site : sites) {
        if (site.remoteness <= 0 || !site.pilot)
            continue;
        for (int i = 0; i < specs.size(); ++i) {
            if (qstrcmp(specs[i].code, "HOMEVISIT") != 0)
                continue;
            targetInsert.bind(1, site.id);
            targetInsert.bind(2, indicatorIds[i]);
            targetInsert.bind(3, 3.0);
            targetInsert.bind(4, 60.0);
            bindSync(targetInsert, 5);
            if (!targetInsert.run())
                return abort(targetInsert.error());
        }
    }

    // Users: admin, manager, officer (two pilot and two comparison sites), viewer.
    Statement userInsert(db, "INSERT INTO app_user (username, full_name, role, password_hash, active, uuid, created_at,"
                             " updated_at, updated_by, origin, revision, deleted) VALUES (?,?,?,?,1,?,?,?,?,?,?,?)");
    Statement userSite(db, "INSERT INTO user_site (user_id, site_id) VALUES (?,?)");
    struct DemoUser
    {
        const char *name, *fullName, *role;
    };
    const DemoUser users[] = {{"admin", "System administrator", "admin"},
                              {"manager", "Li Na (李娜)", "manager"},
                              {"officer", "Wang Fang (王芳)", "officer"},
                              {"viewer", "Zhao Lei (赵磊)", "viewer"}};
    qint64 officerId = 0;
    qint64 managerId = 0;
    for (const DemoUser &u : users) {
        auto hash = PasswordHasher::hash(QString::fromLatin1(DemoPassword));
        if (!hash)
            return abort(hash.error());
        userInsert.bind(1, u.name);
        userInsert.bind(2, u.fullName);
        userInsert.bind(3, u.role);
        userInsert.bind(4, hash.value());
        userInsert.bind(5, rng.uuid());
        userInsert.bind(6, created);
        userInsert.bind(7, created);
        userInsert.bindNull(8);
        userInsert.bind(9, origin);
        userInsert.bind(10, 1);
        userInsert.bind(11, 0);
        if (!userInsert.run())
            return abort(userInsert.error());
        if (qstrcmp(u.role, "officer") == 0)
            officerId = userInsert.lastId();
        if (qstrcmp(u.role, "manager") == 0)
            managerId = userInsert.lastId();
    }
    int pilots = 0;
    int comparisons = 0;
    for (const GeneratedSite &site : sites) {
        int &taken = site.pilot ? pilots : comparisons;
        if (taken >= 2)
            continue;
        ++taken;
        userSite.bind(1, officerId);
        userSite.bind(2, site.id);
        if (!userSite.run())
            return abort(userSite.error());
    }

    // Data values, and the sites' reports per period.
    QHash<std::pair<qint64, QByteArray>, GeneratedReport> reports;
    Statement valueInsert(db, "INSERT INTO data_value (site_id, indicator_id, period, option_id, value, numerator,"
                              " denominator, comment, follow_up, uuid, created_at, updated_at,"
                              " updated_by, origin, revision, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,0)");
    if (!valueInsert.ok())
        return abort(valueInsert.error());
    qint64 written = 0;
    const QByteArray outlierComment = QByteArrayLiteral("已与乡镇卫生院核实");

    for (int s = 0; s < sites.size(); ++s) {
        const GeneratedSite &site = sites[s];
        if (progress && !progress(int(s * 100 / sites.size())))
            return abort(tr("cancelled"));
        const double minorityShare = std::clamp(site.county->minorityShare + rng.normal(0, 0.03), 0.0, 1.0);
        QList<Group> siteGroups = groups;
        for (Group &g : siteGroups)
            g.share = (g.female ? 0.47 : 0.53) * (g.minority ? minorityShare : 1.0 - minorityShare);

        for (int i = 0; i < specs.size(); ++i) {
            const auto &spec = specs[i];
            const Period::Type type = DataValueService::periodType(spec.frequency);
            const double sign = spec.direction == Direction::Higher ? 1.0 : -1.0;
            const double siteSd = spec.valueType == ValueType::Count ? 0.25 * spec.baseline : 0.07 * std::max(spec.baseline, 10.0);
            Period period = first.rolledUpTo(type);
            if (period.startDate() < first.startDate())
                period = period.next();
            for (; period.isValid() && period.endDate() <= last.endDate(); period = period.next()) {
                const double missing = 0.03 + 0.05 * site.remoteness;
                if (rng.uniform() < missing)
                    continue;
                const double years = first.startDate().daysTo(period.endDate()) / 365.25;
                double ramp = 0;
                if (site.pilot && site.start <= period)
                    ramp = std::min(1.0, (site.start.startDate().daysTo(period.endDate()) / 30.4) / 12.0);
                const double effect = spec.pilotEffect * ramp;
                const double secular = 0.04 * spec.pilotEffect * years;
                // The minority gap narrows by up to 60 % in pilot sites, by 3 % a year elsewhere.
                const double closing = site.pilot ? 0.6 * ramp : std::min(0.3, 0.03 * years);
                const double gap = spec.minorityGap * (1.0 - closing);
                const double poverty = site.county->povertyCounty ? 0.1 * spec.minorityGap : 0.0;
                const double level = spec.baseline + site.effect * siteSd + secular + effect - sign * poverty;

                // The site's report for the period: status and reporting time, decided once.
                const QByteArray periodId = period.id().toLatin1();
                GeneratedReport &report = reports[{site.id, periodId}];
                if (report.status.isEmpty()) {
                    const int monthsAgo = Period::containing(period.endDate(), Period::Type::Monthly).stepsTo(last);
                    const double u = rng.uniform();
                    if (monthsAgo == 0)
                        report.status = u < 0.7 ? "draft" : "submitted";
                    else if (monthsAgo == 1)
                        report.status = u < 0.2 ? "draft" : u < 0.8 ? "submitted" : "returned";
                    else if (monthsAgo == 2)
                        report.status = u < 0.8 ? "approved" : u < 0.95 ? "submitted" : "returned";
                    else
                        report.status = u < 0.97 ? "approved" : "returned";
                    const bool late = rng.uniform() < 0.06 + 0.08 * site.remoteness;
                    const int delay = late ? 20 + rng.below(40) : 3 + rng.poisson(5);
                    report.reported = stamp(period.endDate().addDays(delay), 8 + rng.below(10), rng.below(60));
                    report.decided = stamp(period.endDate().addDays(delay + 2 + rng.below(10)), 9 + rng.below(8), rng.below(60));
                    if (report.status == "returned")
                        report.reason = DemoData::returnReasons().at(rng.below(int(DemoData::returnReasons().size())));
                    report.order = int(reports.size());
                }
                const QByteArray &reported = report.reported;
                const bool outlier = rng.uniform() < 0.004;

                auto write = [&](qint64 optionId, std::optional<double> value, std::optional<double> num,
                                 std::optional<double> den, bool comment) -> bool {
                    valueInsert.bind(1, site.id);
                    valueInsert.bind(2, indicatorIds[i]);
                    valueInsert.bind(3, periodId);
                    if (optionId)
                        valueInsert.bind(4, optionId);
                    else
                        valueInsert.bindNull(4);
                    valueInsert.bindOptional(5, value);
                    valueInsert.bindOptional(6, num);
                    valueInsert.bindOptional(7, den);
                    valueInsert.bind(8, comment ? outlierComment : QByteArray());
                    valueInsert.bind(9, 0);
                    valueInsert.bind(10, rng.uuid());
                    valueInsert.bind(11, reported);
                    valueInsert.bind(12, reported);
                    valueInsert.bindNull(13);
                    valueInsert.bind(14, origin);
                    ++written;
                    return valueInsert.run();
                };

                bool ok = true;
                const bool byGroup = spec.disaggregated;
                const QList<Group> cells = byGroup ? siteGroups : QList<Group>{Group{0, false, false, 1.0}};
                switch (spec.valueType) {
                case ValueType::Percentage:
                case ValueType::RatePer1000: {
                    const double scale = spec.valueType == ValueType::Percentage ? 100.0 : 1000.0;
                    double numTotal = 0;
                    double denTotal = 0;
                    QList<std::pair<double, double>> parts;
                    for (const Group &g : cells) {
                        double groupLevel = level;
                        if (g.optionId && g.minority)
                            groupLevel -= sign * gap;
                        else if (!g.optionId)
                            groupLevel -= sign * gap * minorityShare;
                        if (g.optionId && g.female && spec.area == OutcomeArea::Nutrition)
                            groupLevel += sign * 0.8;
                        const double p = std::clamp(groupLevel / scale, 0.002, 0.995);
                        int den = rng.poisson(site.children * spec.eligibleShare * g.share);
                        int num = spec.valueType == ValueType::Percentage ? rng.binomial(den, p) : rng.poisson(den * p);
                        if (outlier && !g.optionId)
                            num = spec.direction == Direction::Higher ? den : 0;
                        parts.append({double(num), double(den)});
                        numTotal += num;
                        denTotal += den;
                    }
                    if (byGroup)
                        for (int g = 0; g < cells.size() && ok; ++g)
                            ok = write(cells[g].optionId, std::nullopt, parts[g].first, parts[g].second, false);
                    if (ok)
                        ok = write(0, std::nullopt, numTotal, denTotal, outlier && rng.uniform() < 0.5);
                    break;
                }
                case ValueType::Count: {
                    double total = 0;
                    QList<double> parts;
                    const double perSite = (spec.baseline + effect + secular) * site.children / 35000.0;
                    for (const Group &g : cells) {
                        double lambda = std::max(0.0, perSite * g.share);
                        int n = rng.poisson(lambda);
                        if (outlier && g.optionId == cells.first().optionId)
                            n *= 10;
                        parts.append(n);
                        total += n;
                    }
                    if (byGroup)
                        for (int g = 0; g < cells.size() && ok; ++g)
                            ok = write(cells[g].optionId, parts[g], std::nullopt, std::nullopt, false);
                    if (ok)
                        ok = write(0, total, std::nullopt, std::nullopt, outlier && rng.uniform() < 0.5);
                    break;
                }
                case ValueType::Mean:
                case ValueType::YesNo: {
                    double v = std::clamp(level - sign * gap * minorityShare + rng.normal(0, 1.2), 0.0, 60.0);
                    if (outlier)
                        v = std::min(60.0, v * 1.4);
                    ok = write(0, std::round(v * 10) / 10, std::nullopt, std::nullopt, outlier && rng.uniform() < 0.5);
                    break;
                }
                }
                if (!ok)
                    return abort(valueInsert.error());
            }
        }
    }

    if (auto written = writeReports(db, reports, managerId, officerId, origin, rng); !written)
        return abort(written.error());
    if (auto written = writeMonitoring(db, programmeId, sites, first, last, managerId, officerId, origin, rng); !written)
        return abort(written.error());

    // Every row starts the audit chain with its "generate" entry.
    {
        QSqlDatabase connection = database.connection();
        if (const QString error = AuditLog::recordBaseline(connection, QStringLiteral("generate"),
                                                                QDateTime(last.endDate().addDays(1), QTime(6, 0), Qt::UTC)); !error.isEmpty())
            return abort(error);
    }

    if (!database.commit())
        return abort(QString::fromUtf8(sqlite3_errmsg(db)));
    if (progress)
        progress(100);
    return Summary{int(sites.size()), int(specs.size()), options.months, written};
}

Result<DemoGenerator::Summary> DemoGenerator::generateFile(const QString &path, const Options &options, const Progress &progress)
{
    if (auto valid = validate(options); !valid)
        return fail(valid.error());
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists())
        return fail(tr("%1 already exists; choose another file name or move the existing file away.").arg(shown),
                    ErrorKind::File);
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1StringView(suffix));
    };
    removePartial();
    Result<Summary> result = fail(QString());
    {
        auto opened = Database::open(partial);
        if (!opened)
            return fail(opened.error(), opened.errorKind());
        // A new file under a temporary name needs no journal: a failure deletes it. Writing
        // without one halves the disk traffic of a national-scale programme.
        QSqlQuery(opened.value()->connection()).exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        QSqlQuery(opened.value()->connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        result = generate(*opened.value(), options, progress);
        QSqlQuery(opened.value()->connection()).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    if (!result) {
        removePartial();
        return result;
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        removePartial();
        return fail(tr("The finished database could not be moved to %1.").arg(shown), ErrorKind::File);
    }
    removePartial();
    return result;
}
