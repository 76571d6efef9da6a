#include "demo/democustomers.h"

#include "demo/democrmdata.h"

#include <algorithm>
#include <vector>

namespace rapi::demo {

namespace {

// Lower-case ASCII letters of one name word ("Nur Aini" arrives as two words).
std::string handlePart(std::string_view word)
{
    std::string out;
    for (char c : word) {
        if (c >= 'A' && c <= 'Z')
            out += char(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
    }
    return out;
}

std::vector<std::string> nameWords(const std::string &name)
{
    std::vector<std::string> words;
    size_t start = 0;
    while (start < name.size()) {
        size_t end = name.find(' ', start);
        if (end == std::string::npos)
            end = name.size();
        if (std::string part = handlePart(std::string_view(name).substr(start, end - start)); !part.empty())
            words.push_back(std::move(part));
        start = end + 1;
    }
    if (words.empty())
        words.push_back("pelanggan");
    return words;
}

void appendTwoDigits(std::string &out, qint64 value)
{
    out += char('0' + value / 10 % 10);
    out += char('0' + value % 10);
}

} // namespace

std::string ProfileMaker::uniqueEmail(const std::string &first, const std::string &last)
{
    std::string local;
    switch (m_random.below(4)) {
    case 0:
        local = last.empty() ? first : first + '.' + last;
        break;
    case 1:
        local = first + last;
        appendTwoDigits(local, m_random.between(80, 99));
        break;
    case 2:
        local = last.empty() ? first : first + '_' + last;
        break;
    default:
        local = first + std::to_string(m_random.between(1, 999));
        break;
    }
    const auto domains = emailDomains();
    std::vector<int> weights;
    for (const WeightedText &d : domains)
        weights.push_back(d.weight);
    const std::string domain = domains[size_t(m_random.weighted(weights))].text;
    std::string email = local + '@' + domain;
    // Two people with the same name do not share an address.
    while (!m_emails.insert(email).second)
        email = local + std::to_string(m_random.between(1, 9999)) + '@' + domain;
    return email;
}

void ProfileMaker::make(qint64 index, const std::string &name, ProfileText &out)
{
    out = ProfileText{};
    const std::vector<std::string> words = nameWords(name);
    const std::string &first = words.front();
    const std::string last = words.size() > 1 ? words.back() : std::string();

    if (m_random.chance(4000))
        out.email = uniqueEmail(first, last);

    if (m_random.chance(7500)) {
        const auto streets = streetNames();
        const auto places = cities();
        std::vector<int> weights;
        for (const DemoCity &c : places)
            weights.push_back(c.weight);
        const DemoCity &city = places[size_t(m_random.weighted(weights))];
        out.address = std::string("Jl. ") + streets[m_random.below(streets.size())] + " No. " +
                      std::to_string(m_random.between(1, 120)) + ", RT ";
        appendTwoDigits(out.address, m_random.between(1, 12));
        out.address += "/RW ";
        appendTwoDigits(out.address, m_random.between(1, 9));
        out.address +=
            std::string(", ") + city.name + ", " + city.province + ' ' + std::to_string(city.postalBase);
        appendTwoDigits(out.address, m_random.between(10, 99));
    }

    if (m_random.chance(3500)) {
        const std::string joined = first + last;
        const int which = int(m_random.below(4));
        auto line = [&](const char *channel, const std::string &handle) {
            if (!out.handles.empty())
                out.handles += '\n';
            out.handles += std::string(channel) + ": " + handle;
        };
        if (which != 1)
            line("instagram", '@' + (last.empty() ? first : first + '.' + last));
        if (which == 1 || which == 3)
            line("shopee", joined + std::to_string(m_random.between(10, 99)));
        if (which == 2)
            line("tiktok", '@' + joined + '_');
    }

    if (m_random.chance(1000)) {
        const auto texts = preferenceTexts();
        out.preferences = texts[m_random.below(texts.size())];
    }

    std::vector<const char *> tags;
    const bool reseller = index <= std::max<qint64>(1, m_customers / 100);
    if (reseller && m_random.chance(8000))
        tags.push_back("reseller");
    if (reseller && m_random.chance(3000))
        tags.push_back("grosir");
    if (index <= m_customers / 10 && m_random.chance(5000))
        tags.push_back("langganan");
    const std::pair<const char *, int> occasional[] = {
        {"vip", 200}, {"cod", 400}, {"komplain", 200}, {"dropship", 150}, {"kantor", 100}};
    for (const auto &[tag, chance] : occasional) {
        if (m_random.chance(chance))
            tags.push_back(tag);
    }
    std::sort(tags.begin(), tags.end(), [](const char *a, const char *b) { return std::string_view(a) < b; });
    for (const char *tag : tags) {
        if (!out.tags.empty())
            out.tags += ", ";
        out.tags += tag;
    }
}

} // namespace rapi::demo
