#pragma once

#include "rowmeta.h"
#include "vocabulary.h"

#include <QList>

struct User final
{
    RowMeta meta;
    QString username;
    QString fullName;
    Role role = Role::Viewer;
    QString passwordHash; // Argon2id string from libsodium; never the password
    bool active = true;
    QList<qint64> siteIds; // sites a field officer may edit
};
