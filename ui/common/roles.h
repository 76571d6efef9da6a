#pragma once

#include <Qt>

namespace rapi {

// Item roles shared by Rapi's table models. RawValueRole gives the unformatted value of a cell
// (a number for money and quantities, UTC seconds for times) for sorting and for tests; IdRole
// the database id of the row's entity.
enum ItemRole {
    RawValueRole = Qt::UserRole + 1,
    IdRole,
    CriticalRole,
    StuckRole,
};

} // namespace rapi
