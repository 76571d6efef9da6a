#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapi {

// One placeholder a template body may use, e.g. {{order.tracking_number}}.
struct PlaceholderInfo
{
    QString key;
    QString description; // translated
};

// Where a placeholder stands in a text (for editors that mark them).
struct PlaceholderSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString key;
};

// Placeholder values by key ("customer.name" → "Siti").
using TemplateValues = QHash<QString, QString>;

// Fills {{placeholders}} in template bodies. Nothing is ever silently left in the text: an
// unknown placeholder, one without a value and an unclosed "{{" are errors naming them.
namespace templaterenderer {

// Every placeholder Rapi knows, in the order the editor lists them.
QList<PlaceholderInfo> catalogue();
bool isKnown(const QString &key);
// The placeholder keys used in a body, in order of first use.
QStringList placeholdersIn(const QString &body);
// Every complete placeholder in a text, in order, and where each unclosed "{{" starts.
QList<PlaceholderSpan> placeholderSpans(const QString &text);
QList<qsizetype> unclosedOpenings(const QString &text);
// Checks a body for unknown placeholders and unclosed braces (values are not needed).
Status validate(const QString &body);
Result<QString> render(const QString &body, const TemplateValues &values);

} // namespace templaterenderer
} // namespace rapi
