#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapi::templaterenderer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::TemplateRenderer)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

QString braces(const QString &key)
{
    return QStringLiteral("{{") + key + QStringLiteral("}}");
}

QString bracedList(const QStringList &keys)
{
    QStringList list;
    for (const QString &key : keys)
        list << braces(key);
    return list.join(QStringLiteral(", "));
}

} // namespace

QList<PlaceholderSpan> placeholderSpans(const QString &text)
{
    QList<PlaceholderSpan> spans;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        spans.append({match.capturedStart(), match.capturedLength(), match.captured(1)});
    }
    return spans;
}

QList<qsizetype> unclosedOpenings(const QString &text)
{
    // A "{{" outside every complete placeholder was not closed.
    QList<qsizetype> openings;
    const QList<PlaceholderSpan> spans = placeholderSpans(text);
    qsizetype from = 0;
    for (int i = 0; i <= spans.size(); ++i) {
        const qsizetype to = i < spans.size() ? spans.at(i).start : text.size();
        for (qsizetype at = text.indexOf(QLatin1String("{{"), from); at >= 0 && at + 1 < to;
             at = text.indexOf(QLatin1String("{{"), at + 2))
            openings << at;
        if (i < spans.size())
            from = spans.at(i).start + spans.at(i).length;
    }
    return openings;
}

QList<PlaceholderInfo> catalogue()
{
    return {
        {QStringLiteral("customer.name"), Tr::tr("Customer's name")},
        {QStringLiteral("customer.phone"), Tr::tr("Customer's phone number")},
        {QStringLiteral("customer.email"), Tr::tr("Customer's e-mail address")},
        {QStringLiteral("customer.address"), Tr::tr("Customer's address")},
        {QStringLiteral("order.number"), Tr::tr("Order number")},
        {QStringLiteral("order.date"), Tr::tr("Date the order was placed")},
        {QStringLiteral("order.items"), Tr::tr("Order lines, one per line")},
        {QStringLiteral("order.subtotal"), Tr::tr("Order lines total, without shipping")},
        {QStringLiteral("order.shipping_fee"), Tr::tr("Shipping fee")},
        {QStringLiteral("order.total"), Tr::tr("Order total with shipping")},
        {QStringLiteral("order.stage"), Tr::tr("Order status")},
        {QStringLiteral("order.courier"), Tr::tr("Courier")},
        {QStringLiteral("order.tracking_number"), Tr::tr("Tracking number")},
        {QStringLiteral("ticket.number"), Tr::tr("Ticket number")},
        {QStringLiteral("ticket.subject"), Tr::tr("Ticket subject")},
        {QStringLiteral("agent.name"), Tr::tr("Name of the person sending")},
        {QStringLiteral("business.name"), Tr::tr("Shop name")},
        {QStringLiteral("business.bank_account"), Tr::tr("Bank account for transfers")},
        {QStringLiteral("today"), Tr::tr("Today's date")},
        {QStringLiteral("week.label"), Tr::tr("The report's week, e.g. 2026-W48")},
        {QStringLiteral("report.summary"), Tr::tr("Key figures of the weekly report")},
        {QStringLiteral("task.title"), Tr::tr("Task title")},
        {QStringLiteral("task.due_date"), Tr::tr("Task due date")},
        {QStringLiteral("vendor.name"), Tr::tr("Vendor or freelancer name")},
        {QStringLiteral("brief.details"), Tr::tr("Details of the brief or revision")},
    };
}

bool isKnown(const QString &key)
{
    static const QStringList keys = [] {
        QStringList list;
        for (const PlaceholderInfo &p : catalogue())
            list << p.key;
        return list;
    }();
    return keys.contains(key);
}

QStringList placeholdersIn(const QString &body)
{
    QStringList keys;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

Status validate(const QString &body)
{
    QStringList unknown;
    for (const QString &key : placeholdersIn(body)) {
        if (!isKnown(key))
            unknown << key;
    }
    QStringList problems;
    if (!unknown.isEmpty())
        problems << Tr::tr("Unknown placeholders: %1.").arg(bracedList(unknown));
    if (!unclosedOpenings(body).isEmpty())
        problems << Tr::tr("A placeholder is not closed: every “{{” needs its “}}”.");
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char(' '))};
    return {};
}

Result<QString> render(const QString &body, const TemplateValues &values)
{
    QStringList unknown;
    QStringList missing;
    for (const QString &key : placeholdersIn(body)) {
        if (!isKnown(key))
            unknown << key;
        else if (values.value(key).trimmed().isEmpty())
            missing << key;
    }
    QStringList problems;
    if (!unknown.isEmpty())
        problems << Tr::tr("Unknown placeholders: %1.").arg(bracedList(unknown));
    if (!missing.isEmpty())
        problems << Tr::tr("No value for: %1.").arg(bracedList(missing));
    if (!unclosedOpenings(body).isEmpty())
        problems << Tr::tr("A placeholder is not closed: every “{{” needs its “}}”.");
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char(' '))};

    QString out;
    out.reserve(body.size());
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(body).mid(last, match.capturedStart() - last);
        out += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

} // namespace rapi::templaterenderer
