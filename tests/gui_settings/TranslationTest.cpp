// SPDX-License-Identifier: GPL-3.0-or-later
// The program speaks the user's language where a translation exists: in a French locale the main
// menus, the actions and the dialogs (Qt's own buttons too) are French; elsewhere it stays English.
// And the translations themselves keep what the program fills in.
#include "SettingsSandbox.h"

#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/actions/ActionRegistry.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace ys::ui;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Uninstalls the translations when a test ends, whatever happened.
struct TranslationGuard
{
    ~TranslationGuard() { Translations::uninstall(); }
};

} // namespace

TEST_CASE("gui: in a French locale the French translation loads: menus, actions and dialogs are French")
{
    const SettingsSandbox sandbox;
    const TranslationGuard guard;
    CHECK(Translations::languages().contains(QStringLiteral("fr")));
    REQUIRE(Translations::install(QLocale(QLocale::French, QLocale::France)));

    MainWindow window;
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Édition"),
                                            QStringLiteral("&Affichage"), QStringLiteral("E&xamen"),
                                            QStringLiteral("Aid&e")});
    CHECK(window.actions()->action(ActionId::New)->text() == QStringLiteral("&Nouveau fichier de plan..."));
    CHECK(window.actions()->action(ActionId::Settings)->text() == QStringLiteral("Para&mètres..."));
    CHECK(window.windowTitle() == QStringLiteral("Yardstick"));

    SettingsDialog settings;
    CHECK(settings.windowTitle() == QStringLiteral("Paramètres"));
    // Qt's own button texts come from Qt's French translation.
    CHECK(settings.buttons()->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Annuler"));
}

TEST_CASE("gui: a Canadian French locale falls back to the French translation")
{
    const SettingsSandbox sandbox;
    const TranslationGuard guard;
    REQUIRE(Translations::install(QLocale(QLocale::French, QLocale::Canada)));
    MainWindow window;
    CHECK(menuTitles(window).value(0) == QStringLiteral("&Fichier"));
}

TEST_CASE("gui: in an English or an untranslated locale the program stays in English")
{
    const SettingsSandbox sandbox;
    const TranslationGuard guard;
    const QStringList english = {QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                 QStringLiteral("&Review"), QStringLiteral("&Help")};
    CHECK_FALSE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    {
        MainWindow window;
        CHECK(menuTitles(window) == english);
    }
    CHECK_FALSE(Translations::install(QLocale(QLocale::Finnish, QLocale::Finland)));
    {
        MainWindow window;
        CHECK(menuTitles(window) == english);
    }
    // Switching back from French leaves no French behind.
    REQUIRE(Translations::install(QLocale(QLocale::French, QLocale::France)));
    Translations::uninstall();
    MainWindow window;
    CHECK(menuTitles(window) == english);
}

TEST_CASE("gui: each finished translation keeps its source's placeholders, and an accelerator where the source has one")
{
    QFile file(QStringLiteral(YS_SOURCE_DIR "/resources/translations/yardstick_fr.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    auto placeholders = [&](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    auto hasAccelerator = [](QString text) { return text.remove(QStringLiteral("&&")).contains(QLatin1Char('&')); };
    int finished = 0;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
            // Plural forms (numerusform) are read as one text.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || translation.isEmpty())
                continue;
            ++finished;
            INFO(source.toStdString() << " -> " << translation.toStdString());
            CHECK(placeholders(translation) == placeholders(source));
            CHECK(hasAccelerator(translation) == hasAccelerator(source));
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(finished >= 90); // the main window, its menus and actions, the settings and About dialogs
}
