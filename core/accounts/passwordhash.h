#pragma once

#include <QByteArray>
#include <QString>

namespace rapi::passwordhash {

// Argon2id through libsodium's crypto_pwhash_str with the interactive limits; the string holds
// algorithm, limits and salt. Empty when the memory for hashing could not be had.
QByteArray hash(const QString &password);
bool verify(const QByteArray &stored, const QString &password);

} // namespace rapi::passwordhash
