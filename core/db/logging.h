#pragma once

#include <QLoggingCategory>

namespace rapi {
Q_DECLARE_LOGGING_CATEGORY(lcDb)
} // namespace rapi
