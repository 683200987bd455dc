// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace ys::ui {

// The program in the user's language: Yardstick's own translations, built into the program, and
// Qt's (standard buttons and dialogs) from the system. English is the source language and needs
// no translation.
class Translations
{
public:
    // Installs the translations for `locale` into the running application, replacing any installed
    // before. Returns whether Yardstick is translated to one of the locale's languages.
    static bool install(const QLocale& locale = QLocale());
    // Removes what install() installed: the program speaks English again.
    static void uninstall();
    // The languages Yardstick is translated to, e.g. "fr".
    static QStringList languages();
};

} // namespace ys::ui
