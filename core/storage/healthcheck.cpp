#include "healthcheck.h"

#include "auditlog.h"
#include "database.h"
#include "domain/period.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QMap<QString, QString> schemaOf(QSqlDatabase db)
{
    QMap<QString, QString> objects;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL"))) {
        while (q.next())
            objects.insert(q.value(0).toString() + u' ' + q.value(1).toString(), q.value(2).toString().simplified());
    }
    return objects;
}
} // namespace

Result<HealthCheck::Report> HealthCheck::run(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return fail(opened.error(), opened.errorKind());
    Database &database = *opened.value();
    QSqlDatabase db = database.connection();
    Report report;

    const int version = Database::schemaVersion(db);
    report.facts.append(tr("Schema version: %1 (this version of ScaleReady writes %2)")
                            .arg(version)
                            .arg(Database::latestSchemaVersion()));
    if (version < Database::latestSchemaVersion())
        report.facts.append(tr("The file will be upgraded to schema version %1 when it is next opened for editing.")
                                .arg(Database::latestSchemaVersion()));

    if (auto integrity = database.checkIntegrity(true); !integrity)
        report.problems.append(integrity.error());
    else
        report.facts.append(tr("SQLite integrity check: ok"));

    // Compare the schema with the one the migrations build for the file's version.
    {
        // A name of its own, so that checks in two threads never share a connection.
        const QString name = QStringLiteral("scaleready-check-reference-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase reference = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            reference.setDatabaseName(QStringLiteral(":memory:"));
            if (reference.open() && Database::migrate(reference, version)) {
                const auto expected = schemaOf(reference);
                const auto actual = schemaOf(db);
                for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                    if (!actual.contains(it.key()))
                        report.problems.append(tr("The schema lacks %1.").arg(it.key()));
                    else if (actual.value(it.key()) != it.value())
                        report.problems.append(tr("%1 differs from schema version %2.").arg(it.key()).arg(version));
                }
                for (auto it = actual.cbegin(); it != actual.cend(); ++it)
                    if (!expected.contains(it.key()))
                        report.facts.append(tr("Extra object not made by ScaleReady: %1").arg(it.key()));
            }
            reference.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    if (version >= 1) {
        if (database.replicaUuid().isEmpty())
            report.problems.append(tr("The database has no identity (no local replica row)."));
        else
            report.facts.append(tr("Database id: %1").arg(database.replicaUuid()));

        const struct
        {
            const char *table;
            const char *label;
        } counts[] = {{"programme", QT_TR_NOOP("Programmes")}, {"site", QT_TR_NOOP("Sites")},
                      {"indicator", QT_TR_NOOP("Indicators")}, {"data_value", QT_TR_NOOP("Data values")},
                      {"app_user", QT_TR_NOOP("Users")},       {"audit", QT_TR_NOOP("Audit entries")}};
        for (const auto &c : counts) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(c.table))) && q.next())
                report.facts.append(tr("%1: %2").arg(tr(c.label)).arg(q.value(0).toLongLong()));
        }

        if (version >= 2) {
            const QStringList audit = AuditLog::verify(db);
            if (audit.isEmpty())
                report.facts.append(tr("Audit chain and audited rows: intact"));
            const auto [headId, headHash] = AuditLog::head(db);
            report.facts.append(tr("Audit chain head: entry %1, hash %2 (note it: a later check showing an older "
                                   "head means entries were removed from the end)")
                                    .arg(headId)
                                    .arg(headHash));
            report.problems.append(audit);
        }

        QSqlQuery periods(db);
        if (periods.exec(QStringLiteral("SELECT period, count(*) FROM data_value GROUP BY period"))) {
            while (periods.next()) {
                QString why;
                if (!Period::parse(periods.value(0).toString(), &why).isValid())
                    report.problems.append(tr("%n data value(s) have a bad period: %1", nullptr, periods.value(1).toInt()).arg(why));
            }
        }
    }
    return report;
}
