// SPDX-License-Identifier: GPL-3.0-or-later
// What `make package` makes: a .deb whose control data names the libraries the program needs, which
// holds the program, its sample plan, its desktop files and icons with the right permissions, and
// whose program runs as installed.
#include "PackageFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString controlField(const QString& field)
{
    const ToolRun run = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), packagePath(), field});
    REQUIRE(run.exitCode == 0);
    return run.out.trimmed();
}

// The package names in a Depends line, without versions or alternatives' bars.
QStringList dependencyNames(const QString& depends)
{
    QStringList names;
    for (const QString& part : depends.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names << part.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QStringList kIconSizes = {QStringLiteral("16"),  QStringLiteral("24"),  QStringLiteral("32"),
                                QStringLiteral("48"),  QStringLiteral("64"),  QStringLiteral("128"),
                                QStringLiteral("256"), QStringLiteral("512")};

} // namespace

TEST_CASE("package: the .deb is named for the program and its version and declares the libraries it needs")
{
    const QString arch = runTool(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
    CHECK(QFileInfo(packagePath()).fileName() ==
          QStringLiteral("yardstick_%1_%2.deb").arg(QStringLiteral(YS_PROJECT_VERSION), arch));
    CHECK(controlField(QStringLiteral("Package")) == QStringLiteral("yardstick"));
    CHECK(controlField(QStringLiteral("Version")) == QStringLiteral(YS_PROJECT_VERSION));
    CHECK(controlField(QStringLiteral("Architecture")) == arch);
    CHECK(!controlField(QStringLiteral("Maintainer")).isEmpty());
    CHECK(controlField(QStringLiteral("Description")).startsWith(QStringLiteral("desktop editor for city performance plans")));

    // dpkg-shlibdeps found the linked libraries; the SQLite driver plugin is named by hand.
    const QStringList depends = dependencyNames(controlField(QStringLiteral("Depends")));
    INFO(depends.join(QStringLiteral(", ")).toStdString());
    for (const char* needed : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6",
                               "libqt6sql6-sqlite", "libqt6svg6", "libsqlite3-0", "libminizip1"})
        CHECK(depends.contains(QString::fromLatin1(needed)));
    // No development package: a user's machine needs none.
    for (const QString& name : depends)
        CHECK_FALSE(name.endsWith(QStringLiteral("-dev")));
}

TEST_CASE("package: the .deb holds the program, the sample plan, the desktop files and every icon size, owned by root")
{
    const ToolRun run = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), packagePath()});
    REQUIRE(run.exitCode == 0);
    // "-rwxr-xr-x root/root   123 2026-11-25 10:00 ./usr/bin/yardstick"
    QHash<QString, QString> modes;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        REQUIRE(fields.size() >= 6);
        CHECK(fields[1] == QStringLiteral("root/root"));
        modes.insert(fields.last().mid(1), fields[0]); // "./usr/..." -> "/usr/..."
    }
    const QString exe = QStringLiteral("-rwxr-xr-x");
    const QString data = QStringLiteral("-rw-r--r--");
    CHECK(modes.value(QStringLiteral("/usr/bin/yardstick")) == exe);
    QStringList files = {QStringLiteral("/usr/share/applications/org.yardstick.Yardstick.desktop"),
                         QStringLiteral("/usr/share/metainfo/org.yardstick.Yardstick.metainfo.xml"),
                         QStringLiteral("/usr/share/mime/packages/org.yardstick.Yardstick.xml"),
                         QStringLiteral("/usr/share/icons/hicolor/scalable/apps/org.yardstick.Yardstick.svg"),
                         QStringLiteral("/usr/share/yardstick/sample.yardstick"),
                         QStringLiteral("/usr/share/yardstick/NOTICE"),
                         QStringLiteral("/usr/share/doc/yardstick/copyright")};
    for (const QString& size : kIconSizes)
        files << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/org.yardstick.Yardstick.png").arg(size);
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(modes.value(file) == data);
    }
    // Everything lives under /usr, nothing in /usr/local, nothing of the build folder.
    for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK((it.key() == QStringLiteral("/") || it.key().startsWith(QStringLiteral("/usr/"))));
        CHECK_FALSE(it.key().startsWith(QStringLiteral("/usr/local")));
    }
}

TEST_CASE("package: each icon PNG is rendered at the size its folder names")
{
    const UnpackedPackage package;
    for (const QString& size : kIconSizes) {
        const QImage image(package.path(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/org.yardstick.Yardstick.png").arg(size)));
        INFO(size.toStdString());
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == size.toInt());
        CHECK(image.height() == size.toInt());
        CHECK(image.hasAlphaChannel());
        // Drawn, not blank: the centre is opaque, the corner (outside the rounded square) transparent.
        CHECK(qAlpha(image.pixel(image.width() / 2, image.height() / 2)) == 255);
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
    }
}

TEST_CASE("package: the packaged program runs: --version names the version and info reads the packaged sample plan")
{
    const UnpackedPackage package;
    const QString program = package.path(QStringLiteral("usr/bin/yardstick"));
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));

    const ToolRun version = runTool(program, {QStringLiteral("--version")}, env);
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("yardstick " YS_PROJECT_VERSION));

    const QString sample = package.path(QStringLiteral("usr/share/yardstick/sample.yardstick"));
    const QByteArray before = sha256(sample);
    const ToolRun info = runTool(program, {QStringLiteral("info"), sample, QStringLiteral("--json")}, env);
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(info.out.toUtf8()).object();
    INFO(info.out.toStdString());
    CHECK(counts.value(QStringLiteral("agencies")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("plans")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("services")).toInt() == 4);
    CHECK(counts.value(QStringLiteral("measures")).toInt() > 10);
    // Reading leaves the installed file as it was.
    CHECK(sha256(sample) == before);
    CHECK_FALSE(QFileInfo::exists(sample + QStringLiteral(".lock")));
}
