// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ys::bench {

// Where a group of figures prints its lines ("import baltimore-xlsx: 412 ms ...").
class BenchOutput
{
public:
    void figure(const QString& name, const QString& result);
    bool failed() const { return m_failed; }

private:
    bool m_failed = false;
};

// BenchRegistry: the groups of figures the program knows. Each *Bench.cpp registers its group with a
// static BenchGroup, so adding figures never touches main.
class BenchRegistry
{
public:
    using Run = std::function<void(BenchOutput&)>;
    struct Group
    {
        QString name;
        Run run;
    };

    static std::vector<Group>& groups();
};

struct BenchGroup
{
    BenchGroup(const char* name, BenchRegistry::Run run)
    {
        BenchRegistry::groups().push_back({QLatin1String(name), std::move(run)});
    }
};

// The folder of the real data the figures are measured on.
QString sharedData(const QString& relative);

} // namespace ys::bench
