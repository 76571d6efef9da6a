#pragma once

#include "demo/demorandom.h"

#include <string>
#include <unordered_set>

namespace rapi::demo {

// The profile beside a demo customer's name and phone, as CS fills it in over time: e-mail
// (distinct, derived from the name), shipping address, marketplace and social handles,
// preferences and tags. Regulars and resellers (the low customer numbers, who also order most)
// carry the tags that say so.
struct ProfileText
{
    std::string email;
    std::string address;
    std::string handles; // "instagram: @siti.rahma" lines
    std::string preferences;
    std::string tags; // lower case, sorted, "a, b" as CustomerService stores them
};

class ProfileMaker final
{
public:
    explicit ProfileMaker(Random &random) : m_random(random) {}

    // How many customers the demo has (the first hundredth are resellers, the first tenth regulars).
    void setCustomers(qint64 customers) { m_customers = customers; }

    // index: 1-based customer number.
    void make(qint64 index, const std::string &name, ProfileText &out);

private:
    std::string uniqueEmail(const std::string &first, const std::string &last);

    Random &m_random;
    qint64 m_customers = 0;
    std::unordered_set<std::string> m_emails;
};

} // namespace rapi::demo
