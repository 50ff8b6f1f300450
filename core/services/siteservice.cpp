#include "siteservice.h"

#include "auditedwrite.h"
#include "permissions.h"
#include "storage/datavaluerepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"

#include <QLocale>

#include <climits>

QList<Site> SiteService::sites(qint64 programmeId) const
{
    return SiteRepository(m_database).all(programmeId);
}

std::optional<Site> SiteService::site(qint64 id) const
{
    return SiteRepository(m_database).find(id);
}

bool SiteService::isProvincePrefix(int prefix)
{
    static const int prefixes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                   43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return std::find(std::begin(prefixes), std::end(prefixes), prefix) != std::end(prefixes);
}

bool SiteService::looksLikeDivisionCode(const QString &code)
{
    if (code.size() != 6)
        return false;
    for (QChar c : code)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Result<void> SiteService::validate(const Site &s) const
{
    const QString code = s.code.trimmed();
    if (code.isEmpty())
        return fail(tr("The site code is empty."));
    if (code != s.code || code.contains(u' '))
        return fail(tr("The site code \"%1\" contains spaces; use letters, digits, - or _.").arg(s.code));
    if (looksLikeDivisionCode(code)) {
        const int prefix = code.left(2).toInt();
        if (!isProvincePrefix(prefix))
            return fail(tr("The site code %1 looks like a GB/T 2260 division code, but %2 is not a province code.")
                            .arg(code, code.left(2)));
        if (code.mid(2, 2) == QLatin1StringView("00") && code.mid(4, 2) != QLatin1StringView("00"))
            return fail(tr("The site code %1 is not a valid GB/T 2260 division code: a county code needs a "
                           "prefecture (digits 3–4).")
                            .arg(code));
    }
    if (s.nameEn.trimmed().isEmpty() && s.nameZh.trimmed().isEmpty())
        return fail(tr("The site %1 has no name; enter it in English or Chinese.").arg(code));
    const QLocale locale;
    if (s.latitude && (*s.latitude < -90.0 || *s.latitude > 90.0))
        return fail(tr("The latitude %1 of site %2 is outside −90 to 90 degrees.").arg(locale.toString(*s.latitude), code));
    if (s.longitude && (*s.longitude < -180.0 || *s.longitude > 180.0))
        return fail(tr("The longitude %1 of site %2 is outside −180 to 180 degrees.").arg(locale.toString(*s.longitude), code));
    if (s.latitude.has_value() != s.longitude.has_value())
        return fail(tr("Site %1 has only one coordinate; enter both latitude and longitude, or neither.").arg(code));
    if (s.childPopulation < 0)
        return fail(tr("The child population of site %1 cannot be negative.").arg(code));
    if (!ProgrammeRepository(m_database).find(s.programmeId))
        return fail(tr("The site %1 belongs to no existing programme.").arg(code));
    if (const auto other = SiteRepository(m_database).findByCode(s.programmeId, code); other && other->meta.id != s.meta.id)
        return fail(tr("The site code %1 is already used by %2.").arg(code, other->name()));
    return {};
}

Result<Site> SiteService::write(const QString &action, const Site &site)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<SiteRepository>(m_database, m_actor, QStringLiteral("site"), action, site,
                                [this](const Site &row) { return validate(row); },
                                tr("The site %1 no longer exists.").arg(site.code));
}

Result<Site> SiteService::create(Site site)
{
    site.meta = RowMeta{};
    return write(QStringLiteral("create"), site);
}

Result<Site> SiteService::update(const Site &site)
{
    return write(QStringLiteral("update"), site);
}

Result<Site> SiteService::remove(const Site &site)
{
    // Reported data stays visible: a site that reported is closed, not removed.
    const qint64 n = DataValueRepository(m_database).countForSite(site.meta.id);
    if (n < 0)
        return fail(tr("The data of site %1 could not be read, so it is not removed; try again.").arg(site.code));
    if (n > 0)
        return fail(tr("Site %1 has %n reported value(s) and cannot be removed; set its status to Closed instead.", nullptr,
                       int(std::min<qint64>(n, INT_MAX)))
                        .arg(site.code));
    return write(QStringLiteral("delete"), site);
}

Result<Site> SiteService::restore(const Site &site)
{
    return write(QStringLiteral("restore"), site);
}
