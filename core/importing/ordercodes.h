#pragma once

#include "common/result.h"
#include "orders/order.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rapi::importing {

// Channels as an import file names them: by code or by name, case-insensitively ("Shopee",
// "tiktok", "TikTok Shop"). Loaded once; a file names the same few channels a million times, so
// the last match is remembered to skip even the hash lookup.
class ChannelCodes final
{
public:
    void load(const QList<Channel> &channels);
    // The channel's id, or the reason why not (listing the known channels).
    Result<qint64> find(QStringView text);

private:
    QHash<QString, qint64> m_ids; // lower-case code and name → id
    QString m_known;
    QString m_lastText;
    qint64 m_lastId = 0;
};

// A stage code such as "awaiting_payment", case-insensitive, or the reason why not.
Result<OrderStage> parseStage(QStringView text);
// "transfer", "cod", "marketplace" or "cash", case-insensitive; empty means transfer.
Result<PaymentMethod> parsePaymentMethod(QStringView text);

} // namespace rapi::importing
