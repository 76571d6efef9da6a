#pragma once

#include "common/actor.h"
#include "common/clock.h"

namespace rapi {

class Database;

// What every page of the desktop app works with: the open database, the signed-in person and
// the clock. Owned by the app's main; pages keep a reference.
struct AppContext
{
    Database &db;
    Actor actor;
    const Clock &clock = Clock::system();
};

} // namespace rapi
