#include "importing/ordercodes.h"

#include "importing/importsupport.h"

namespace rapi::importing {

void ChannelCodes::load(const QList<Channel> &channels)
{
    QStringList known;
    for (const Channel &c : channels) {
        m_ids.insert(c.code.toLower(), c.id);
        m_ids.insert(c.name.toLower(), c.id);
        known << QStringLiteral("%1 (%2)").arg(c.code, c.name);
    }
    m_known = known.join(QStringLiteral(", "));
}

Result<qint64> ChannelCodes::find(QStringView text)
{
    if (text.isEmpty())
        return Error{ImportTr::tr("is empty; use one of: %1").arg(m_known)};
    if (m_lastId != 0 && text == m_lastText)
        return m_lastId;
    const qint64 id = m_ids.value(text.toString().toLower());
    if (id == 0)
        return Error{ImportTr::tr("unknown channel “%1”; use one of: %2").arg(text, m_known)};
    m_lastText = text.toString();
    m_lastId = id;
    return id;
}

Result<OrderStage> parseStage(QStringView text)
{
    QStringList codes;
    for (OrderStage stage : orderstage::all) {
        if (text.compare(orderstage::code(stage), Qt::CaseInsensitive) == 0)
            return stage;
        codes << orderstage::code(stage);
    }
    return Error{ImportTr::tr("unknown status “%1”; use one of: %2").arg(text, codes.join(QStringLiteral(", ")))};
}

Result<PaymentMethod> parsePaymentMethod(QStringView text)
{
    if (text.isEmpty())
        return PaymentMethod::Transfer;
    for (PaymentMethod m :
         {PaymentMethod::Transfer, PaymentMethod::Cod, PaymentMethod::Marketplace, PaymentMethod::Cash}) {
        if (text.compare(paymentmethod::code(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return Error{ImportTr::tr("unknown payment method “%1”; use one of: transfer, cod, marketplace, cash").arg(text)};
}

} // namespace rapi::importing
