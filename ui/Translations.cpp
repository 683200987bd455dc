// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ys::ui {
namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("yardstick_");

// The translators installed now; owned here, so that install() can replace them.
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void remove(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

bool Translations::install(const QLocale& locale)
{
    uninstall();
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("yardstick"), QStringLiteral("_"), kResourceFolder))
        return false;
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    return true;
}

void Translations::uninstall()
{
    remove(ownTranslator());
    remove(qtTranslator());
}

QStringList Translations::languages()
{
    QStringList languages;
    const QStringList files = QDir(kResourceFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    return languages;
}

} // namespace ys::ui
