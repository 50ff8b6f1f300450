#pragma once

#include "merge.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

// A sync package (docs/sync.md): one SQLite file that carries row versions from one database to
// another over a USB stick or e-mail. Its header says who sent it to whom, for which programme,
// from which schema version and which range of the sender's changes, and acknowledges what the
// sender received; a SHA-256 over the header and every version lets the receiver refuse a
// package that was altered or cut short, before anything is applied.
namespace Sync {

struct PackageHeader
{
    QString sender;     // replica uuid
    QString senderName; // the database's name, for people
    QString receiver;   // replica uuid; a starter package names the uuid of the database it makes
    QString receiverName; // the receiving database's name, for people
    bool starter = false; // creates a field database (scaleready sync import --db NEW.db)
    QString officer;      // on packages to a field database: its officer (user uuid)
    QString secret;       // a starter's key, which later packages between the two are signed with
    QString programme;  // programme uuid
    int schemaVersion = 0;
    qint64 fromSeq = 0; // the sender's change counter range the versions come from
    qint64 toSeq = 0;
    QJsonObject acknowledgements; // replica uuid → the highest change of it the sender holds
    QDateTime createdAt;          // UTC
    QString createdBy;            // user name

    QJsonObject toJson() const;
    static PackageHeader fromJson(const QJsonObject &json);
};

struct Package
{
    PackageHeader header;
    QList<Version> versions;
    QByteArray mac; // HMAC-SHA256 of the checksum with the peers' shared key (hex); empty: unsigned
    QByteArray signingKey; // when writing: sign with this key (it is not written)
    QByteArray checksum;   // when read: the checksum the content was verified against
};

class PackageFile final
{
    Q_DECLARE_TR_FUNCTIONS(PackageFile)

public:
    // "SRPK" in the SQLite header, so that a package is never mistaken for a database.
    static constexpr int ApplicationId = 0x5352504B;
    static constexpr int Format = 1;

    struct Expect
    {
        QString receiver;      // this database's replica uuid
        QString programme;     // empty: any (a starter package creates the programme)
        int schemaVersion = 0; // this build's: a package from a newer one is refused
        bool starter = false;  // a starter package, to create a database (and only that)
    };

    // Writes atomically: a temporary file renamed at the end; an existing file is replaced only
    // when the new one is complete.
    static Result<void> write(const QString &path, const Package &package);
    // Reads and checks everything before returning: a translated message naming the file and
    // what is wrong (not a package, damaged or truncated, altered, another receiver or
    // programme, a newer schema).
    static Result<Package> read(const QString &path, const Expect &expect);
    // The SHA-256 over the header (without its checksum) and the versions, in order (the one
    // read and verified, for a package read from a file).
    static QByteArray checksum(const Package &package);
    // The signature of a package with a key: HMAC-SHA256 over its checksum, hex.
    static QByteArray mac(const Package &package, const QByteArray &key);
};

} // namespace Sync
