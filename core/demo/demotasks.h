#pragma once

#include "common/result.h"

namespace rapi {

class Database;

struct DemoRhythm
{
    qint64 tasks = 0;
    qint64 checkIns = 0;
};

// The demo team's daily rhythm (SPEC §7) at `now`: a dozen tasks across the board, given to the
// owner and the CS people (a few to nobody yet), some overdue, some linked to a stuck order, an open
// ticket, a critical product or a return; yesterday's and today's check-ins, one with a blocker;
// and last week's review notes. Written through TaskService as the team would, so every rule and
// audit entry is the real one. Texts are Indonesian, as the shop's people write them. Runs in the
// caller's transaction.
Result<DemoRhythm> writeDemoRhythm(Database &db, qint64 now);

} // namespace rapi
