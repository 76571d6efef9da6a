#include "common/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace rapi {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 6, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const char *style = "";
    switch (kind) {
    case Kind::Error:
        style = "QFrame#messageBanner { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 6px; }"
                "QLabel { color: #842029; }";
        break;
    case Kind::Warning:
        style = "QFrame#messageBanner { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 6px; }"
                "QLabel { color: #6b4a00; }";
        break;
    case Kind::Info:
        style = "QFrame#messageBanner { background: #e7f1fb; border: 1px solid #9ec5ee; border-radius: 6px; }"
                "QLabel { color: #0b3d6e; }";
        break;
    case Kind::Success:
        style = "QFrame#messageBanner { background: #e8f5ec; border: 1px solid #a3d3b1; border-radius: 6px; }"
                "QLabel { color: #14532d; }";
        break;
    }
    setStyleSheet(QString::fromLatin1(style));
    m_label->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::clear()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace rapi
