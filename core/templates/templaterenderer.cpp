#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapi::templaterenderer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rapi::TemplateRenderer", text);
}

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

// "{{" left after all complete placeholders are taken out means one was not closed.
bool hasUnclosed(const QString &body)
{
    QString rest = body;
    rest.remove(placeholderPattern());
    return rest.contains(QStringLiteral("{{"));
}

} // namespace

QList<PlaceholderInfo> catalogue()
{
    return {
        {QStringLiteral("customer.name"), tr("Customer's name")},
        {QStringLiteral("customer.phone"), tr("Customer's phone number")},
        {QStringLiteral("customer.email"), tr("Customer's e-mail address")},
        {QStringLiteral("customer.address"), tr("Customer's address")},
        {QStringLiteral("order.number"), tr("Order number")},
        {QStringLiteral("order.date"), tr("Date the order was placed")},
        {QStringLiteral("order.items"), tr("Order lines, one per line")},
        {QStringLiteral("order.subtotal"), tr("Order lines total, without shipping")},
        {QStringLiteral("order.shipping_fee"), tr("Shipping fee")},
        {QStringLiteral("order.total"), tr("Order total with shipping")},
        {QStringLiteral("order.stage"), tr("Order status")},
        {QStringLiteral("order.courier"), tr("Courier")},
        {QStringLiteral("order.tracking_number"), tr("Tracking number")},
        {QStringLiteral("ticket.number"), tr("Ticket number")},
        {QStringLiteral("ticket.subject"), tr("Ticket subject")},
        {QStringLiteral("agent.name"), tr("Name of the person sending")},
        {QStringLiteral("business.name"), tr("Shop name")},
        {QStringLiteral("business.bank_account"), tr("Bank account for transfers")},
        {QStringLiteral("today"), tr("Today's date")},
        {QStringLiteral("week.label"), tr("The report's week, e.g. 2026-W48")},
        {QStringLiteral("report.summary"), tr("Key figures of the weekly report")},
        {QStringLiteral("task.title"), tr("Task title")},
        {QStringLiteral("task.due_date"), tr("Task due date")},
        {QStringLiteral("vendor.name"), tr("Vendor or freelancer name")},
        {QStringLiteral("brief.details"), tr("Details of the brief or revision")},
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
        problems << tr("Unknown placeholders: %1.").arg(bracedList(unknown));
    if (hasUnclosed(body))
        problems << tr("A placeholder is not closed: every “{{” needs its “}}”.");
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
        problems << tr("Unknown placeholders: %1.").arg(bracedList(unknown));
    if (!missing.isEmpty())
        problems << tr("No value for: %1.").arg(bracedList(missing));
    if (hasUnclosed(body))
        problems << tr("A placeholder is not closed: every “{{” needs its “}}”.");
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
