// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick-bench [GROUP...]: prints every figure (or those of the named groups), one line each.
// Groups: import, table, startup, pdf (and those other *Bench.cpp files register).
#include "BenchRegistry.h"

#include <QApplication>

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

namespace {

// The offscreen platform says it cannot propagate size hints each time a window is shown: noise
// between the figures.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char** argv)
{
    // The window and view figures need widgets; without a display they are drawn offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    // The windows opened here keep their settings (recent files, geometry) apart from the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("Yardstick"));
    QCoreApplication::setApplicationName(QStringLiteral("Yardstick Bench"));
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
