#pragma once

#include <QColor>
#include <QFont>
#include <QList>

// The look of the printed weekly report, shared by the page layout and the charts. Sizes are in
// the page space of WeeklyReportPages (half points): 18 = 9 pt.
namespace rapi::reportstyle {

constexpr double margin = 80;       // 40 pt ≈ 14 mm
constexpr double headerHeight = 70; // business name and the week, above the content
constexpr double footerHeight = 50;
constexpr double rowHeight = 32;
constexpr double cellPadding = 10;

inline QFont font(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same glyph widths on screen and in the PDF
    return f;
}

inline QColor ink()
{
    return QColor(0x1f, 0x29, 0x33);
}
inline QColor muted()
{
    return QColor(0x5f, 0x6b, 0x7a);
}
inline QColor rule()
{
    return QColor(0xd5, 0xdb, 0xe1);
}
inline QColor stripe()
{
    return QColor(0xf4, 0xf6, 0xf8);
}
inline QColor accent()
{
    return QColor(0x1f, 0x5f, 0x8b);
}
inline QColor accentLight()
{
    return QColor(0xa9, 0xc4, 0xd8);
}
inline QColor good()
{
    return QColor(0x1e, 0x7b, 0x45);
}
inline QColor bad()
{
    return QColor(0xb3, 0x26, 0x1e);
}
// Channel colours: distinct in colour and in grey print.
inline QColor series(int index)
{
    static const QList<QColor> colours = {QColor(0x1f, 0x5f, 0x8b), QColor(0xe0, 0x8a, 0x3c),
                                          QColor(0x7f, 0xb8, 0x8c), QColor(0x6d, 0x4c, 0x8f),
                                          QColor(0xd4, 0xb1, 0x2f), QColor(0x9a, 0xa5, 0xb1)};
    return colours.at(index % colours.size());
}

} // namespace rapi::reportstyle
