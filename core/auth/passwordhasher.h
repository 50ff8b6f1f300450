#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Argon2id password hashes through libsodium (crypto_pwhash_str with the interactive limits):
// the string holds algorithm, limits and a random salt, and is all that is ever stored.
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
};
