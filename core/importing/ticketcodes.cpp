#include "importing/ticketcodes.h"

#include "importing/importsupport.h"

#include <initializer_list>

namespace rapi::importing {

namespace {

// A word of the file, or one of its synonyms, for one value.
template<typename Enum> struct Word
{
    const char *text;
    Enum value;
};

QString normalised(QStringView text)
{
    QString word = text.toString().simplified().toLower();
    word.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return word;
}

// The value whose code or Indonesian word the text is; else the reason, naming the codes.
template<typename Enum, size_t N>
Result<Enum> parse(QStringView text, const Enum (&all)[N], QString (*codeOf)(Enum),
                   std::initializer_list<Word<Enum>> words, const QString &unknown)
{
    const QString word = normalised(text);
    QStringList codes;
    for (Enum value : all) {
        if (word == codeOf(value))
            return value;
        codes << codeOf(value);
    }
    for (const Word<Enum> &w : words) {
        if (word == QLatin1String(w.text))
            return w.value;
    }
    return Error{unknown.arg(text, codes.join(QStringLiteral(", ")))};
}

} // namespace

Result<Touchpoint> parseTouchpoint(QStringView text)
{
    using T = Touchpoint;
    return parse<T>(text, touchpoint::all, &touchpoint::code,
                    {{"pra_pembelian", T::PrePurchase},
                     {"sebelum_pembelian", T::PrePurchase},
                     {"pembayaran", T::Payment},
                     {"pengiriman", T::Shipping},
                     {"purna_jual", T::AfterSales},
                     {"setelah_pembelian", T::AfterSales},
                     {"penggunaan_produk", T::ProductUse},
                     {"pemakaian_produk", T::ProductUse},
                     {"lainnya", T::Other},
                     {"lain_lain", T::Other}},
                    ImportTr::tr("unknown touchpoint “%1”; use one of: %2"));
}

Result<TicketPriority> parseTicketPriority(QStringView text)
{
    using P = TicketPriority;
    return parse<P>(text, ticketpriority::all, &ticketpriority::code,
                    {{"rendah", P::Low},
                     {"sedang", P::Normal},
                     {"biasa", P::Normal},
                     {"tinggi", P::High},
                     {"mendesak", P::Urgent},
                     {"darurat", P::Urgent}},
                    ImportTr::tr("unknown priority “%1”; use one of: %2"));
}

Result<TicketStatus> parseTicketStatus(QStringView text)
{
    using S = TicketStatus;
    return parse<S>(text, ticketstatus::all, &ticketstatus::code,
                    {{"terbuka", S::Open},
                     {"buka", S::Open},
                     {"menunggu", S::Pending},
                     {"menunggu_pelanggan", S::Pending},
                     {"waiting_on_customer", S::Pending},
                     {"dieskalasi", S::Escalated},
                     {"eskalasi", S::Escalated},
                     {"selesai", S::Resolved},
                     {"terselesaikan", S::Resolved},
                     {"ditutup", S::Closed},
                     {"tutup", S::Closed}},
                    ImportTr::tr("unknown status “%1”; use one of: %2"));
}

} // namespace rapi::importing
