#pragma once

#include <QString>

namespace rapi {

enum class Role { Owner, Cs, Warehouse, Finance, Vendor };

// The signed-in person on whose behalf a core operation runs. Every write records it.
// Until accounts exist (issue 5) the app acts as the built-in local owner.
struct Actor
{
    qint64 userId = 0;
    QString name;
    Role role = Role::Owner;

    // The owner row created by the first migration.
    static Actor localOwner() { return Actor{1, QStringLiteral("owner"), Role::Owner}; }
};

} // namespace rapi
