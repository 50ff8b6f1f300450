#include "siterepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Fields SiteRepository::fieldsOf(const Site &s)
{
    return {
        {QStringLiteral("programme_id"), s.programmeId},
        {QStringLiteral("code"), s.code},
        {QStringLiteral("name_en"), s.nameEn},
        {QStringLiteral("name_zh"), s.nameZh},
        {QStringLiteral("province_en"), s.provinceEn},
        {QStringLiteral("province_zh"), s.provinceZh},
        {QStringLiteral("prefecture_en"), s.prefectureEn},
        {QStringLiteral("prefecture_zh"), s.prefectureZh},
        {QStringLiteral("county_en"), s.countyEn},
        {QStringLiteral("county_zh"), s.countyZh},
        {QStringLiteral("township_en"), s.townshipEn},
        {QStringLiteral("township_zh"), s.townshipZh},
        {QStringLiteral("arm"), Vocabulary::key(s.arm)},
        {QStringLiteral("locality"), Vocabulary::key(s.locality)},
        {QStringLiteral("ethnic_minority_area"), s.ethnicMinorityArea ? 1 : 0},
        {QStringLiteral("poverty_county"), s.povertyCounty ? 1 : 0},
        {QStringLiteral("child_population"), s.childPopulation},
        {QStringLiteral("latitude"), SqlValue::fromOptional(s.latitude)},
        {QStringLiteral("longitude"), SqlValue::fromOptional(s.longitude)},
        {QStringLiteral("intervention_start"), SqlValue::fromDate(s.interventionStart)},
        {QStringLiteral("status"), Vocabulary::key(s.status)},
    };
}

QList<Site> SiteRepository::select(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM site %1 ORDER BY code").arg(where));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<Site> list;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        auto text = [&r](const char *name) { return r.value(QLatin1StringView(name)).toString(); };
        Site s;
        s.meta = RowStore::readMeta(r);
        s.programmeId = r.value(QStringLiteral("programme_id")).toLongLong();
        s.code = text("code");
        s.nameEn = text("name_en");
        s.nameZh = text("name_zh");
        s.provinceEn = text("province_en");
        s.provinceZh = text("province_zh");
        s.prefectureEn = text("prefecture_en");
        s.prefectureZh = text("prefecture_zh");
        s.countyEn = text("county_en");
        s.countyZh = text("county_zh");
        s.townshipEn = text("township_en");
        s.townshipZh = text("township_zh");
        Vocabulary::fromKey(text("arm"), &s.arm);
        Vocabulary::fromKey(text("locality"), &s.locality);
        s.ethnicMinorityArea = r.value(QStringLiteral("ethnic_minority_area")).toBool();
        s.povertyCounty = r.value(QStringLiteral("poverty_county")).toBool();
        s.childPopulation = r.value(QStringLiteral("child_population")).toInt();
        s.latitude = SqlValue::toOptional(r.value(QStringLiteral("latitude")));
        s.longitude = SqlValue::toOptional(r.value(QStringLiteral("longitude")));
        s.interventionStart = SqlValue::toDate(r.value(QStringLiteral("intervention_start")));
        Vocabulary::fromKey(text("status"), &s.status);
        list.append(s);
    }
    return list;
}

QList<Site> SiteRepository::all(qint64 programmeId, bool includeDeleted) const
{
    return select(includeDeleted ? QStringLiteral("WHERE programme_id = ?")
                                 : QStringLiteral("WHERE programme_id = ? AND deleted = 0"),
                  {programmeId});
}

std::optional<Site> SiteRepository::find(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<Site>(list.first());
}

std::optional<Site> SiteRepository::findByCode(qint64 programmeId, const QString &code) const
{
    const auto list = select(QStringLiteral("WHERE programme_id = ? AND code = ? AND deleted = 0"), {programmeId, code});
    return list.isEmpty() ? std::nullopt : std::optional<Site>(list.first());
}
