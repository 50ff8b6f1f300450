#include "passwordhasher.h"

#include <sodium.h>

namespace {
bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!initialised())
        return fail(tr("The password library could not be started."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return fail(tr("The password could not be hashed: not enough memory."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!initialised() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size()))
                    == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}
