#pragma once

#include <QSet>
#include <QSyntaxHighlighter>

namespace rapi {

// Marks {{placeholders}} in a template body as it is typed: known ones in the calm link colour;
// unknown ones, unclosed "{{" and known ones without a value for the preview's subject in a
// warning colour, so a problem is seen where it is, not only in the preview's message.
class PlaceholderHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Mark { Known, Missing, Unknown };

    explicit PlaceholderHighlighter(QTextDocument *document);

    // Known placeholders the preview subject has no value for.
    void setMissingKeys(const QSet<QString> &keys);
    Mark markFor(const QString &key) const;
    static QTextCharFormat format(Mark mark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QSet<QString> m_missing;
};

} // namespace rapi
