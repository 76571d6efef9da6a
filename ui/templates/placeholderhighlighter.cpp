#include "templates/placeholderhighlighter.h"

#include "common/theme.h"
#include "templates/templaterenderer.h"

namespace rapi {

PlaceholderHighlighter::PlaceholderHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void PlaceholderHighlighter::setMissingKeys(const QSet<QString> &keys)
{
    if (keys == m_missing)
        return;
    m_missing = keys;
    rehighlight();
}

PlaceholderHighlighter::Mark PlaceholderHighlighter::markFor(const QString &key) const
{
    if (!templaterenderer::isKnown(key))
        return Mark::Unknown;
    return m_missing.contains(key) ? Mark::Missing : Mark::Known;
}

QTextCharFormat PlaceholderHighlighter::format(Mark mark)
{
    QTextCharFormat format;
    switch (mark) {
    case Mark::Known:
        format.setForeground(QColor(0x0b, 0x3d, 0x6e));
        format.setBackground(QColor(0xe7, 0xf1, 0xfb));
        break;
    case Mark::Missing:
        format.setForeground(theme::stuckText());
        format.setBackground(theme::stuckBackground());
        break;
    case Mark::Unknown:
        format.setForeground(theme::criticalText());
        format.setBackground(theme::criticalBackground());
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(theme::criticalText());
        break;
    }
    return format;
}

void PlaceholderHighlighter::highlightBlock(const QString &text)
{
    for (const PlaceholderSpan &span : templaterenderer::placeholderSpans(text))
        setFormat(int(span.start), int(span.length), format(markFor(span.key)));
    for (qsizetype at : templaterenderer::unclosedOpenings(text))
        setFormat(int(at), 2, format(Mark::Unknown));
}

} // namespace rapi
