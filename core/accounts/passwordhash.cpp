#include "accounts/passwordhash.h"

#include <sodium.h>

namespace rapi::passwordhash {

namespace {

// The clear text lives as briefly as possible and is wiped after use.
struct ClearText
{
    explicit ClearText(const QString &password) : bytes(password.toUtf8()) {}
    ~ClearText() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    QByteArray bytes;
};

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QByteArray hash(const QString &password)
{
    if (!ready())
        return {};
    ClearText clear(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, clear.bytes.constData(), quint64(clear.bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QByteArray(out);
}

bool verify(const QByteArray &stored, const QString &password)
{
    if (!ready() || stored.isEmpty())
        return false;
    ClearText clear(password);
    return crypto_pwhash_str_verify(stored.constData(), clear.bytes.constData(),
                                    quint64(clear.bytes.size())) == 0;
}

} // namespace rapi::passwordhash
