// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop integration the package installs, checked with the tools a Debian desktop uses: the
// .desktop file and the AppStream metainfo validate, they name one application id, the launcher
// opens plan files, and the shared MIME database knows a plan file by its name and by its content.
#include "PackageFixture.h"

#include <QFile>
#include <QMimeDatabase>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("org.yardstick.Yardstick");
const QString kMimeType = QStringLiteral("application/x-yardstick-plan");

QString desktopFile(const UnpackedPackage& package)
{
    return package.path(QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId));
}

QString metainfoFile(const UnpackedPackage& package)
{
    return package.path(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId));
}

// The keys of the [Desktop Entry] group (QSettings would read ';' and ',' in values as lists).
QHash<QString, QString> desktopEntry(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, QString> keys;
    bool inEntry = false;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QStringLiteral("[Desktop Entry]");
        else if (inEntry && !line.startsWith(QLatin1Char('#')) && line.contains(QLatin1Char('=')))
            keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return keys;
}

// What the tests read of the AppStream metainfo.
struct Metainfo
{
    QString id;
    QString launchable;
    QString icon;
    QString license;
    QStringList releases;
    QStringList screenshots;
    QString description;
};

Metainfo readMetainfo(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    Metainfo info;
    QStringList stack;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        stack << name;
        const QString path = stack.join(QLatin1Char('/'));
        if (path == QStringLiteral("component/releases/release"))
            info.releases << xml.attributes().value(QStringLiteral("version")).toString();
        else if (path == QStringLiteral("component/description")) {
            info.description = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            stack.removeLast();
        } else if (path.startsWith(QStringLiteral("component/")) && stack.size() == 2 &&
                   (name == QStringLiteral("id") || name == QStringLiteral("launchable") ||
                    name == QStringLiteral("icon") || name == QStringLiteral("project_license"))) {
            const QString text = xml.readElementText();
            stack.removeLast();
            if (name == QStringLiteral("id"))
                info.id = text;
            else if (name == QStringLiteral("launchable"))
                info.launchable = text;
            else if (name == QStringLiteral("icon"))
                info.icon = text;
            else
                info.license = text;
        } else if (path == QStringLiteral("component/screenshots/screenshot/image")) {
            info.screenshots << xml.readElementText();
            stack.removeLast();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return info;
}

// A plain SQLite database of some other program.
void writeForeignSqlite(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST_CASE("package: desktop-file-validate and appstreamcli validate --no-net pass on the packaged files")
{
    const UnpackedPackage package;
    const ToolRun desktop = runTool(QStringLiteral("desktop-file-validate"), {desktopFile(package)});
    INFO(desktop.out.toStdString() << desktop.err.toStdString());
    CHECK(desktop.exitCode == 0);
    CHECK(desktop.out.trimmed().isEmpty()); // not even a hint

    const ToolRun appstream =
        runTool(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfoFile(package)});
    INFO(appstream.out.toStdString() << appstream.err.toStdString());
    CHECK(appstream.exitCode == 0);
    CHECK(appstream.out.contains(QStringLiteral("Validation was successful")));
}

TEST_CASE("package: the launcher, the metainfo, the icon and the MIME type share one application id, and the launcher opens plan files")
{
    const UnpackedPackage package;
    const auto desktop = desktopEntry(desktopFile(package));
    CHECK(desktop.value(QStringLiteral("Exec")) == QStringLiteral("yardstick %f"));
    CHECK(desktop.value(QStringLiteral("Icon")) == kAppId);
    CHECK(desktop.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts) == QStringList{kMimeType});
    CHECK(QFileInfo::exists(package.path(QStringLiteral("usr/bin/") + desktop.value(QStringLiteral("TryExec")))));

    const Metainfo meta = readMetainfo(metainfoFile(package));
    CHECK(meta.id == kAppId);
    CHECK(meta.launchable == kAppId + QStringLiteral(".desktop"));
    CHECK(meta.icon == kAppId);
    CHECK(meta.license == QStringLiteral("GPL-3.0-or-later"));
    CHECK(meta.description.size() > 200);
    CHECK(meta.screenshots.size() >= 1);
    REQUIRE_FALSE(meta.releases.isEmpty());
    CHECK(meta.releases.first() == QStringLiteral(YS_PROJECT_VERSION)); // the newest release is this one

    QFile mime(package.path(QStringLiteral("usr/share/mime/packages/%1.xml").arg(kAppId)));
    REQUIRE(mime.open(QIODevice::ReadOnly));
    const QByteArray xml = mime.readAll();
    CHECK(xml.contains("type=\"application/x-yardstick-plan\""));
    CHECK(xml.contains("<icon name=\"org.yardstick.Yardstick\"/>"));

    // update-desktop-database (what the desktop-file-utils trigger runs) maps the type to the launcher.
    const ToolRun update = runTool(QStringLiteral("update-desktop-database"),
                                   {package.path(QStringLiteral("usr/share/applications"))});
    INFO(update.err.toStdString());
    CHECK(update.exitCode == 0);
    QFile cache(package.path(QStringLiteral("usr/share/applications/mimeinfo.cache")));
    REQUIRE(cache.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(cache.readAll()).contains(kMimeType + QStringLiteral("=") + kAppId + QStringLiteral(".desktop;")));
}

TEST_CASE("package: the shared MIME database knows a plan file by its name and, renamed, by its content")
{
    const UnpackedPackage package;
    // A system's data folder as the shared-mime-info trigger leaves it: the freedesktop.org types
    // and ours compiled into one database (Qt lets a later folder's magic win over an earlier
    // one's, so the two must not sit in separate folders as they never do on a real system).
    const TempDir data;
    QDir().mkpath(data.path(QStringLiteral("usr/share/mime/packages")));
    QDir().mkpath(data.path(QStringLiteral("home")));
    REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        data.path(QStringLiteral("usr/share/mime/packages/freedesktop.org.xml"))));
    REQUIRE(QFile::copy(package.path(QStringLiteral("usr/share/mime/packages/%1.xml").arg(kAppId)),
                        data.path(QStringLiteral("usr/share/mime/packages/%1.xml").arg(kAppId))));
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_DIRS"), data.path(QStringLiteral("usr/share")));
    const ToolRun update = runTool(QStringLiteral("update-mime-database"), {data.path(QStringLiteral("usr/share/mime"))}, env);
    INFO(update.out.toStdString() << update.err.toStdString());
    REQUIRE(update.exitCode == 0);
    CHECK(update.err.trimmed().isEmpty());
    QFile globs(data.path(QStringLiteral("usr/share/mime/globs2")));
    REQUIRE(globs.open(QIODevice::ReadOnly));
    CHECK(globs.readAll().contains("application/x-yardstick-plan:*.yardstick"));

    // Qt's MIME database reads the same folders on its first use in this process.
    qputenv("XDG_DATA_HOME", env.value(QStringLiteral("XDG_DATA_HOME")).toUtf8());
    qputenv("XDG_DATA_DIRS", env.value(QStringLiteral("XDG_DATA_DIRS")).toUtf8());
    const QMimeDatabase db;
    const QString sample = package.path(QStringLiteral("usr/share/yardstick/sample.yardstick"));
    const QMimeType byName = db.mimeTypeForFile(sample, QMimeDatabase::MatchExtension);
    CHECK(byName.name() == kMimeType);
    CHECK(byName.inherits(QStringLiteral("application/vnd.sqlite3")));

    const QString renamed = data.path(QStringLiteral("plan-from-email.bin"));
    REQUIRE(QFile::copy(sample, renamed));
    CHECK(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name() == kMimeType);

    // Another program's SQLite file is an SQLite file, not a plan.
    const QString foreign = data.path(QStringLiteral("other.db"));
    writeForeignSqlite(foreign);
    CHECK(db.mimeTypeForFile(foreign, QMimeDatabase::MatchContent).name() == QStringLiteral("application/vnd.sqlite3"));
}
