#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// An ordered schema migration: user_version goes from version - 1 to version when all of its
// statements succeed in one transaction.
struct Migration final
{
    int version;
    const char *summary;
    QList<QString> statements;
    // Work SQL alone cannot do (hashing), run after the statements in the same transaction;
    // returns an error message, empty on success.
    std::function<QString(QSqlDatabase &)> code = {};
};

const QList<Migration> &migrations();
