#pragma once

#include <QtGlobal>
#include <span>

namespace rapi::demo {

// xoshiro256** seeded through splitmix64. Both are fully specified, unlike the std::*_distribution
// classes whose output differs between standard libraries, so one seed gives one shop everywhere.
// Only integer arithmetic is used to draw values, for the same reason.
class Random final
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &word : m_state)
            word = splitmix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); the modulo bias is below 1e-12 for the small n used here.
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    // Uniform in [lo, hi], both included.
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo) + 1)); }
    // True with a probability of perTenThousand / 10,000.
    bool chance(int perTenThousand) { return below(10000) < quint64(perTenThousand); }
    // An index drawn with the given integer weights.
    int weighted(std::span<const int> weights)
    {
        qint64 total = 0;
        for (int w : weights)
            total += w;
        qint64 r = qint64(below(quint64(total)));
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    static quint64 splitmix64(quint64 &state)
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4];
};

} // namespace rapi::demo
