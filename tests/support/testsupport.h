#pragma once

#include "auth/actor.h"
#include "services/programmeservice.h"
#include "services/siteservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Shared helpers for the tests: fresh databases in a temporary folder, a programme to hang
// rows on, and a byte-for-byte fingerprint of a file.
namespace TestSupport {

inline QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QStringList sidecars(const QString &path)
{
    QStringList present;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(path + QLatin1StringView(suffix)))
            present.append(path + QLatin1StringView(suffix));
    return present;
}

inline std::unique_ptr<Database> openNew(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"))
{
    auto opened = Database::open(dir.filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

inline Programme makeProgramme(Database &db, const QString &code = QStringLiteral("P1"))
{
    Programme p;
    p.code = code;
    p.nameEn = QStringLiteral("Programme ") + code;
    p.nameZh = QStringLiteral("项目") + code;
    p.startDate = QDate(2024, 1, 1);
    p.endDate = QDate(2026, 12, 31);
    p.expiryDays = 0; // never closes, so that tests of 2024 data do not depend on today
    auto created = ProgrammeService(db, Actor::system()).create(p);
    if (!created)
        qWarning("%s", qPrintable(created.error()));
    return created ? created.value() : Programme{};
}

// A minimal valid site of the programme, stored.
inline Site makeSite(Database &db, qint64 programmeId, const QString &code, const QString &nameEn = QStringLiteral("A site"))
{
    Site s;
    s.programmeId = programmeId;
    s.code = code;
    s.nameEn = nameEn;
    auto created = SiteService(db, Actor::system()).create(s);
    if (!created)
        qWarning("%s", qPrintable(created.error()));
    return created ? created.value() : Site{};
}

inline Actor admin()
{
    return Actor{0, QStringLiteral("tester"), Role::Admin};
}

} // namespace TestSupport
