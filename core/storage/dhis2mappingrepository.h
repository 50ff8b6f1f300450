#pragma once

#include "domain/dhis2mapping.h"
#include "tablerepository.h"

template<>
struct RowTraits<Dhis2Mapping>
{
    static constexpr const char *table = "dhis2_mapping";
    static Fields fieldsOf(const Dhis2Mapping &m)
    {
        return {
            {QStringLiteral("programme_id"), m.programmeId},
            {QStringLiteral("kind"), dhis2KindKey(m.kind)},
            {QStringLiteral("local_key"), m.localKey},
            {QStringLiteral("remote"), m.remote},
        };
    }
    static Dhis2Mapping fromRecord(const QSqlRecord &r)
    {
        Dhis2Mapping m;
        m.programmeId = r.value(QStringLiteral("programme_id")).toLongLong();
        dhis2KindFromKey(r.value(QStringLiteral("kind")).toString(), &m.kind);
        m.localKey = r.value(QStringLiteral("local_key")).toString();
        m.remote = r.value(QStringLiteral("remote")).toString();
        return m;
    }
};

using Dhis2MappingRepository = TableRepository<Dhis2Mapping>;
