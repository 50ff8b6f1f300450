#pragma once

#include <QList>
#include <QString>

// An ordered schema migration: user_version goes from version - 1 to version when all of its
// statements succeed in one transaction.
struct Migration final
{
    int version;
    const char *summary;
    QList<QString> statements;
};

const QList<Migration> &migrations();
