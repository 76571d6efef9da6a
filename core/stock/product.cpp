#include "stock/product.h"

#include <QCoreApplication>

namespace rapi::movementkind {

QString code(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Opening: return QStringLiteral("opening");
    case MovementKind::Receive: return QStringLiteral("receive");
    case MovementKind::Sale: return QStringLiteral("sale");
    case MovementKind::Return: return QStringLiteral("return");
    case MovementKind::Adjustment: return QStringLiteral("adjustment");
    }
    Q_UNREACHABLE();
}

std::optional<MovementKind> fromCode(QStringView text)
{
    for (MovementKind k : {MovementKind::Opening, MovementKind::Receive, MovementKind::Sale, MovementKind::Return,
                           MovementKind::Adjustment}) {
        if (text == code(k))
            return k;
    }
    return std::nullopt;
}

QString displayName(MovementKind kind)
{
    switch (kind) {
    case MovementKind::Opening: return QCoreApplication::translate("rapi::MovementKind", "Opening stock");
    case MovementKind::Receive: return QCoreApplication::translate("rapi::MovementKind", "Received");
    case MovementKind::Sale: return QCoreApplication::translate("rapi::MovementKind", "Sale");
    case MovementKind::Return: return QCoreApplication::translate("rapi::MovementKind", "Return");
    case MovementKind::Adjustment: return QCoreApplication::translate("rapi::MovementKind", "Adjustment");
    }
    Q_UNREACHABLE();
}

} // namespace rapi::movementkind
