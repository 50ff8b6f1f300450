#include "programmeservice.h"

#include "auditedwrite.h"
#include "permissions.h"
#include "storage/categoryoptionrepository.h"
#include "storage/programmerepository.h"

#include <QSqlQuery>

QList<Programme> ProgrammeService::programmes() const
{
    return ProgrammeRepository(m_database).all();
}

std::optional<Programme> ProgrammeService::programme(qint64 id) const
{
    return ProgrammeRepository(m_database).find(id);
}

ProgrammeService::Summary ProgrammeService::summary(qint64 programmeId) const
{
    Summary summary;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT"
                             " (SELECT count(*) FROM site WHERE programme_id = :p AND deleted = 0 AND arm = 'pilot'),"
                             " (SELECT count(*) FROM site WHERE programme_id = :p AND deleted = 0 AND arm = 'comparison'),"
                             " (SELECT count(*) FROM indicator WHERE programme_id = :p AND deleted = 0)"));
    q.bindValue(QStringLiteral(":p"), programmeId);
    if (q.exec() && q.next()) {
        summary.pilotSites = q.value(0).toInt();
        summary.comparisonSites = q.value(1).toInt();
        summary.indicators = q.value(2).toInt();
    }
    return summary;
}

QList<CategoryOption> ProgrammeService::standardOptions()
{
    struct Row
    {
        const char *code, *en, *zh, *sex, *ethnicity;
    };
    static const Row rows[] = {
        {"F_HAN", "Girls, Han", "女童，汉族", "female", "han"},
        {"F_MIN", "Girls, ethnic minority", "女童，少数民族", "female", "minority"},
        {"M_HAN", "Boys, Han", "男童，汉族", "male", "han"},
        {"M_MIN", "Boys, ethnic minority", "男童，少数民族", "male", "minority"},
    };
    QList<CategoryOption> options;
    int order = 0;
    for (const Row &row : rows) {
        CategoryOption o;
        o.code = QString::fromLatin1(row.code);
        o.nameEn = QString::fromUtf8(row.en);
        o.nameZh = QString::fromUtf8(row.zh);
        o.tags = {{QStringLiteral("sex"), QString::fromLatin1(row.sex)},
                  {QStringLiteral("ethnicity"), QString::fromLatin1(row.ethnicity)}};
        o.sortOrder = order++;
        options.append(o);
    }
    return options;
}

Result<void> ProgrammeService::validateWindows(const Programme &p)
{
    struct Window
    {
        QString name;
        const Period &from;
        const Period &to;
    };
    const Window windows[] = {{tr("baseline"), p.baselineFrom, p.baselineTo}, {tr("endline"), p.endlineFrom, p.endlineTo}};
    for (const Window &w : windows) {
        if (w.from.isValid() != w.to.isValid())
            return fail(tr("The %1 window of programme %2 needs both its first and its last month, or neither "
                           "for the default.")
                            .arg(w.name, p.code));
        for (const Period *month : {&w.from, &w.to})
            if (month->isValid() && month->type() != Period::Type::Monthly)
                return fail(tr("The %1 window of programme %2 is set in months; %3 is not a month.")
                                .arg(w.name, p.code, month->id()));
        if (w.from.isValid() && w.to < w.from)
            return fail(tr("The %1 window of programme %2 ends (%3) before it starts (%4).")
                            .arg(w.name, p.code, w.to.displayName(), w.from.displayName()));
    }
    if (p.baselineTo.isValid() && p.endlineFrom.isValid() && p.endlineFrom <= p.baselineTo)
        return fail(tr("The endline window of programme %1 starts (%2) before its baseline window ends (%3).")
                        .arg(p.code, p.endlineFrom.displayName(), p.baselineTo.displayName()));
    return {};
}

Result<void> ProgrammeService::validate(const Programme &p) const
{
    if (p.code.trimmed().isEmpty())
        return fail(tr("The programme code is empty."));
    if (p.code.trimmed() != p.code || p.code.contains(u' '))
        return fail(tr("The programme code \"%1\" contains spaces; use letters, digits, - or _.").arg(p.code));
    if (p.nameEn.trimmed().isEmpty() && p.nameZh.trimmed().isEmpty())
        return fail(tr("The programme %1 has no name; enter it in English or Chinese.").arg(p.code));
    if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate)
        return fail(tr("The programme %1 ends (%2) before it starts (%3).")
                        .arg(p.code, p.endDate.toString(Qt::ISODate), p.startDate.toString(Qt::ISODate)));
    if (p.expiryDays < 0 || p.timelinessDays < 0)
        return fail(tr("The programme %1 has a negative number of days for expiry or timeliness.").arg(p.code));
    if (auto windows = validateWindows(p); !windows)
        return windows;
    if (const auto other = ProgrammeRepository(m_database).findByCode(p.code); other && other->meta.id != p.meta.id)
        return fail(tr("The programme code %1 is already used by %2.").arg(p.code, other->name()));
    return {};
}

Result<Programme> ProgrammeService::create(Programme programme, bool standardOptions)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (auto valid = validate(programme); !valid)
        return fail(valid.error());
    return m_database.transaction([&]() -> Result<Programme> {
        ProgrammeRepository repo(m_database);
        auto created = auditedWrite<ProgrammeRepository>(m_database, m_actor, QStringLiteral("programme"),
                                                         QStringLiteral("create"), {}, programme,
                                                         [&](Programme &p) { return repo.insert(p, m_actor); });
        if (!created || !standardOptions)
            return created;
        CategoryOptionRepository options(m_database);
        for (CategoryOption option : ProgrammeService::standardOptions()) {
            option.programmeId = created->meta.id;
            auto inserted = auditedWrite<CategoryOptionRepository>(m_database, m_actor, QStringLiteral("category_option"),
                                                                   QStringLiteral("create"), {}, option,
                                                                   [&](CategoryOption &o) { return options.insert(o, m_actor); });
            if (!inserted)
                return fail(inserted.error());
        }
        return created;
    });
}

Result<Programme> ProgrammeService::update(const Programme &programme)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<ProgrammeRepository>(m_database, m_actor, QStringLiteral("programme"), QStringLiteral("update"),
                                              programme, [this](const Programme &row) { return validate(row); },
                                              tr("The programme %1 no longer exists.").arg(programme.code));
}

Result<Programme> ProgrammeService::remove(const Programme &programme)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<ProgrammeRepository>(m_database, m_actor, QStringLiteral("programme"), QStringLiteral("delete"),
                                              programme, [this](const Programme &row) { return validate(row); },
                                              tr("The programme %1 no longer exists.").arg(programme.code));
}
