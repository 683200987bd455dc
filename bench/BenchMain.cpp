// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick-bench [GROUP...]: prints every figure (or those of the named groups), one line each.
#include "BenchRegistry.h"

#include <QCoreApplication>

#include <cstdio>

namespace ys::bench {

std::vector<BenchRegistry::Group>& BenchRegistry::groups()
{
    static std::vector<Group> all;
    return all;
}

void BenchOutput::figure(const QString& name, const QString& result)
{
    m_failed = m_failed || result.startsWith(QLatin1String("failed"));
    std::printf("%s: %s\n", name.toUtf8().constData(), result.toUtf8().constData());
    std::fflush(stdout);
}

QString sharedData(const QString& relative)
{
    return QStringLiteral(YS_SHARED_DATA_DIR "/") + relative;
}

} // namespace ys::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList wanted = app.arguments().mid(1);
    ys::bench::BenchOutput output;
#ifndef NDEBUG
    std::printf("(a Debug build: build Release for figures worth comparing)\n");
#endif
    for (const auto& group : ys::bench::BenchRegistry::groups())
        if (wanted.isEmpty() || wanted.contains(group.name))
            group.run(output);
    return output.failed() ? 1 : 0;
}
