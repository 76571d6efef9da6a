#pragma once

#include "common/result.h"
#include "tickets/ticketenums.h"

#include <QString>

namespace rapi::importing {

// The ticket vocabularies as an import file writes them (docs/cli.md, "Tickets"): the codes of
// ticketenums (case-insensitive; spaces and hyphens count as "_", so "After sales" and
// "pre-purchase" are read too) and a few plain Indonesian words ("pengiriman", "tinggi",
// "selesai"). An unknown word fails with a reason that lists the codes.
Result<Touchpoint> parseTouchpoint(QStringView text);
Result<TicketPriority> parseTicketPriority(QStringView text);
Result<TicketStatus> parseTicketStatus(QStringView text);

} // namespace rapi::importing
