// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockEditReport.h"

namespace ys::ui {

// Without a loaded translation tr("%n cell(s)") reads "cell(s)"; until English numerus forms
// ship, singular and plural are separate strings.
QString BlockEditReport::cells(int count)
{
    return count == 1 ? tr("1 cell") : tr("%1 cells").arg(count);
}

QString BlockEditReport::summary() const
{
    if (readOnly)
        return tr("The file is read-only: nothing was changed.");
    QStringList sentences;
    if (kind == Kind::Paste)
        sentences << (changed > 0 ? tr("Pasted %1 as one step (Ctrl+Z undoes it).").arg(cells(changed))
                                  : tr("Nothing was changed by the paste."));
    else
        sentences << (changed > 0 ? tr("Cleared %1.").arg(cells(changed)) : tr("Nothing to clear."));
    if (!reasons.isEmpty()) {
        QStringList shown;
        for (const QString& reason : reasons.mid(0, 3))
            shown << QStringLiteral("“%1”").arg(reason);
        if (reasons.size() > 3)
            shown << QStringLiteral("…");
        sentences << tr("Not read as numbers, kept as the reason there is no number: %1.")
                         .arg(shown.join(QStringLiteral(", ")));
    }
    if (outside > 0)
        sentences << (outside == 1 ? tr("1 cell fell outside the grid and was not used.")
                                   : tr("%1 cells fell outside the grid and were not used.").arg(outside));
    if (computed > 0)
        sentences << (computed == 1
                          ? tr("1 cell fell on the Status column, which is computed, and was not used.")
                          : tr("%1 cells fell on the Status column, which is computed, and were not used.")
                                .arg(computed));
    return sentences.join(QLatin1Char(' '));
}

} // namespace ys::ui
