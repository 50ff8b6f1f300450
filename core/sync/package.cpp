#include "package.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sqlite3.h>

#include <filesystem>

namespace Sync {

namespace {
struct Handle
{
    Handle() = default;
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    sqlite3 *db = nullptr;
};

struct Statement
{
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(s); }
    sqlite3_stmt *s = nullptr;
};

QString text(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)));
}

void bind(sqlite3_stmt *s, int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString timestamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject PackageHeader::toJson() const
{
    return {
        {QStringLiteral("format"), PackageFile::Format},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("sender_name"), senderName},
        {QStringLiteral("receiver"), receiver},
        {QStringLiteral("receiver_name"), receiverName},
        {QStringLiteral("starter"), starter},
        {QStringLiteral("officer"), officer},
        {QStringLiteral("secret"), secret},
        {QStringLiteral("programme"), programme},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("from_seq"), fromSeq},
        {QStringLiteral("to_seq"), toSeq},
        {QStringLiteral("acknowledgements"), acknowledgements},
        {QStringLiteral("created_at"), timestamp(createdAt)},
        {QStringLiteral("created_by"), createdBy},
    };
}

PackageHeader PackageHeader::fromJson(const QJsonObject &o)
{
    PackageHeader h;
    h.sender = o.value(QStringLiteral("sender")).toString();
    h.senderName = o.value(QStringLiteral("sender_name")).toString();
    h.receiver = o.value(QStringLiteral("receiver")).toString();
    h.receiverName = o.value(QStringLiteral("receiver_name")).toString();
    h.starter = o.value(QStringLiteral("starter")).toBool();
    h.officer = o.value(QStringLiteral("officer")).toString();
    h.secret = o.value(QStringLiteral("secret")).toString();
    h.programme = o.value(QStringLiteral("programme")).toString();
    h.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    h.fromSeq = o.value(QStringLiteral("from_seq")).toInteger();
    h.toSeq = o.value(QStringLiteral("to_seq")).toInteger();
    h.acknowledgements = o.value(QStringLiteral("acknowledgements")).toObject();
    h.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    h.createdBy = o.value(QStringLiteral("created_by")).toString();
    return h;
}

namespace {
// A version's fields as the file stores them and the checksum covers them, made once.
struct Record
{
    QByteArray vector, content, changedAt;
};

Record recordOf(const Version &v)
{
    return {v.vector.toText().toUtf8(), QJsonDocument(v.content).toJson(QJsonDocument::Compact), timestamp(v.changedAt).toUtf8()};
}

void addRecord(QCryptographicHash &hash, const Version &v, const Record &r)
{
    static const QByteArray separator("\x1f");
    hash.addData(QByteArrayLiteral("\x1e"));
    for (const QByteArray &field : {v.entity.toUtf8(), v.uuid.toUtf8(), r.vector, r.content,
                                    v.deleted ? QByteArrayLiteral("1") : QByteArrayLiteral("0"), v.replica.toUtf8(),
                                    v.changedBy.toUtf8()}) {
        hash.addData(field);
        hash.addData(separator);
    }
    hash.addData(r.changedAt);
}

QByteArray checksumOf(const Package &package, const QList<Record> &records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(compact(package.header.toJson()).toUtf8());
    for (qsizetype i = 0; i < package.versions.size(); ++i)
        addRecord(hash, package.versions.at(i), records.at(i));
    return hash.result().toHex();
}

QList<Record> recordsOf(const Package &package)
{
    QList<Record> records;
    records.reserve(package.versions.size());
    for (const Version &v : package.versions)
        records.append(recordOf(v));
    return records;
}
} // namespace

QByteArray PackageFile::checksum(const Package &package)
{
    return package.checksum.isEmpty() ? checksumOf(package, recordsOf(package)) : package.checksum;
}

QByteArray PackageFile::mac(const Package &package, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(checksum(package), key, QCryptographicHash::Sha256).toHex();
}

Result<void> PackageFile::write(const QString &path, const Package &package)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    auto failed = [&](const QString &why) {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        return fail(tr("The package %1 could not be written: %2").arg(shown, why), ErrorKind::File);
    };
    {
        Handle h;
        if (sqlite3_open_v2(part.toUtf8().constData(), &h.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return failed(QString::fromUtf8(sqlite3_errmsg(h.db)));
        const QByteArray schema = QByteArrayLiteral("PRAGMA application_id = ") + QByteArray::number(ApplicationId)
                                  + QByteArrayLiteral(";"
                                                      "BEGIN;"
                                                      "CREATE TABLE header (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                                                      "CREATE TABLE version (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
                                                      " uuid TEXT NOT NULL, vector TEXT NOT NULL, content TEXT NOT NULL,"
                                                      " deleted INTEGER NOT NULL, replica TEXT NOT NULL,"
                                                      " changed_by TEXT NOT NULL, changed_at TEXT NOT NULL);");
        if (sqlite3_exec(h.db, schema.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed(QString::fromUtf8(sqlite3_errmsg(h.db)));
        const QList<Record> records = recordsOf(package);
        const QByteArray sum = checksumOf(package, records);
        const QByteArray signature = package.signingKey.isEmpty()
                                         ? package.mac
                                         : QMessageAuthenticationCode::hash(sum, package.signingKey, QCryptographicHash::Sha256).toHex();
        {
            Statement header(h.db, "INSERT INTO header (key, value) VALUES (?, ?)");
            const std::pair<QString, QString> rows[] = {
                {QStringLiteral("header"), compact(package.header.toJson())},
                {QStringLiteral("checksum"), QString::fromLatin1(sum)},
                {QStringLiteral("versions"), QString::number(package.versions.size())},
                {QStringLiteral("mac"), QString::fromLatin1(signature)},
            };
            for (const auto &[key, value] : rows) {
                bind(header.s, 1, key);
                bind(header.s, 2, value);
                if (sqlite3_step(header.s) != SQLITE_DONE)
                    return failed(QString::fromUtf8(sqlite3_errmsg(h.db)));
                sqlite3_reset(header.s);
            }
        }
        {
            Statement insert(h.db, "INSERT INTO version (seq, entity, uuid, vector, content, deleted, replica, changed_by,"
                                   " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            qint64 seq = 0;
            for (qsizetype i = 0; i < package.versions.size(); ++i) {
                const Version &v = package.versions.at(i);
                const Record &r = records.at(i);
                sqlite3_bind_int64(insert.s, 1, ++seq);
                bind(insert.s, 2, v.entity);
                bind(insert.s, 3, v.uuid);
                sqlite3_bind_text(insert.s, 4, r.vector.constData(), int(r.vector.size()), SQLITE_STATIC);
                sqlite3_bind_text(insert.s, 5, r.content.constData(), int(r.content.size()), SQLITE_STATIC);
                sqlite3_bind_int(insert.s, 6, v.deleted ? 1 : 0);
                bind(insert.s, 7, v.replica);
                bind(insert.s, 8, v.changedBy);
                sqlite3_bind_text(insert.s, 9, r.changedAt.constData(), int(r.changedAt.size()), SQLITE_STATIC);
                if (sqlite3_step(insert.s) != SQLITE_DONE)
                    return failed(QString::fromUtf8(sqlite3_errmsg(h.db)));
                sqlite3_reset(insert.s);
            }
        }
        if (sqlite3_exec(h.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed(QString::fromUtf8(sqlite3_errmsg(h.db)));
    }
    std::error_code error;
    std::filesystem::rename(part.toStdString(), path.toStdString(), error);
    if (error)
        return failed(QString::fromStdString(error.message()));
    return {};
}

Result<Package> PackageFile::read(const QString &path, const Expect &expect)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return fail(tr("The package %1 does not exist.").arg(shown), ErrorKind::File);
    const auto damaged = [&] {
        return fail(tr("The package %1 is damaged or incomplete (cut short while copying?); nothing was applied. "
                       "Ask for it again.")
                        .arg(shown),
                    ErrorKind::Damaged);
    };
    Handle h;
    const QByteArray uri = QByteArrayLiteral("file:") + QUrl::fromLocalFile(path).path(QUrl::FullyEncoded).toUtf8()
                           + QByteArrayLiteral("?mode=ro&immutable=1");
    if (sqlite3_open_v2(uri.constData(), &h.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return damaged();
    int applicationId = 0;
    {
        Statement id(h.db, "PRAGMA application_id");
        if (!id.s || sqlite3_step(id.s) != SQLITE_ROW) {
            // Not SQLite at all, or SQLite that cannot be read whole.
            if (sqlite3_errcode(h.db) == SQLITE_NOTADB)
                return fail(tr("%1 is not a ScaleReady sync package.").arg(shown), ErrorKind::File);
            return damaged();
        }
        applicationId = sqlite3_column_int(id.s, 0);
    }
    if (applicationId != ApplicationId)
        return fail(tr("%1 is not a ScaleReady sync package.").arg(shown), ErrorKind::File);
    {
        Statement check(h.db, "PRAGMA integrity_check");
        if (!check.s || sqlite3_step(check.s) != SQLITE_ROW || text(check.s, 0) != QLatin1StringView("ok"))
            return damaged();
    }
    QJsonObject headerJson;
    QByteArray stored, mac;
    qint64 count = -1;
    {
        Statement header(h.db, "SELECT key, value FROM header");
        if (!header.s)
            return damaged();
        while (sqlite3_step(header.s) == SQLITE_ROW) {
            const QString key = text(header.s, 0);
            if (key == QLatin1StringView("header"))
                headerJson = QJsonDocument::fromJson(text(header.s, 1).toUtf8()).object();
            else if (key == QLatin1StringView("checksum"))
                stored = text(header.s, 1).toLatin1();
            else if (key == QLatin1StringView("versions"))
                count = text(header.s, 1).toLongLong();
            else if (key == QLatin1StringView("mac"))
                mac = text(header.s, 1).toLatin1();
        }
    }
    if (headerJson.isEmpty() || stored.isEmpty() || count < 0)
        return damaged();
    if (headerJson.value(QStringLiteral("format")).toInt() > Format)
        return fail(tr("The package %1 was made by a newer version of ScaleReady; update ScaleReady to read it.").arg(shown),
                    ErrorKind::File);
    Package package;
    package.header = PackageHeader::fromJson(headerJson);
    package.mac = mac;
    {
        Statement rows(h.db, "SELECT entity, uuid, vector, content, deleted, replica, changed_by, changed_at FROM version"
                             " ORDER BY seq");
        if (!rows.s)
            return damaged();
        while (sqlite3_step(rows.s) == SQLITE_ROW) {
            Version v;
            v.entity = text(rows.s, 0);
            v.uuid = text(rows.s, 1);
            v.vector = VersionVector::fromText(text(rows.s, 2));
            v.content = QJsonDocument::fromJson(text(rows.s, 3).toUtf8()).object();
            v.deleted = sqlite3_column_int(rows.s, 4) != 0;
            v.replica = text(rows.s, 5);
            v.changedBy = text(rows.s, 6);
            v.changedAt = QDateTime::fromString(text(rows.s, 7), Qt::ISODateWithMs);
            package.versions.append(v);
        }
    }
    if (package.versions.size() != count || checksumOf(package, recordsOf(package)) != stored)
        return fail(tr("The package %1 was changed after it was made (its checksum does not match); nothing was applied.")
                        .arg(shown),
                    ErrorKind::Damaged);
    package.checksum = stored;
    const PackageHeader &header = package.header;
    if (header.schemaVersion > expect.schemaVersion)
        return fail(tr("The package %1 comes from a newer version of ScaleReady (database version %2, this one reads up "
                       "to %3); update ScaleReady to apply it.")
                        .arg(shown)
                        .arg(header.schemaVersion)
                        .arg(expect.schemaVersion),
                    ErrorKind::File);
    if (header.starter != expect.starter)
        return fail(header.starter
                        ? tr("The package %1 is a starter package for setting up a new field database; it cannot be "
                             "applied to an existing one. Use \"Set up a field laptop from a starter package\".")
                              .arg(shown)
                        : tr("The package %1 is not a starter package; import it into the database it was made for.")
                              .arg(shown),
                    ErrorKind::File);
    if (!header.starter && header.receiver != expect.receiver)
        return fail(tr("The package %1 was made for another database (%2), not this one; nothing was applied.")
                        .arg(shown, header.receiverName.isEmpty() ? header.receiver : header.receiverName),
                    ErrorKind::File);
    if (!expect.programme.isEmpty() && header.programme != expect.programme)
        return fail(tr("The package %1 belongs to another programme; nothing was applied.").arg(shown), ErrorKind::File);
    return package;
}

} // namespace Sync
