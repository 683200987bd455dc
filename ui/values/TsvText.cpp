// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsvText.h"

namespace ys::ui {

QList<QStringList> TsvText::parse(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool cellStarted = false;
    const auto endCell = [&] {
        row << cell;
        cell.clear();
        cellStarted = false;
    };
    const auto endRow = [&] {
        endCell();
        rows << row;
        row.clear();
    };
    while (i < n) {
        const QChar c = text[i];
        if (!cellStarted && cell.isEmpty() && c == QLatin1Char('"')) {
            // A quoted cell: up to the lone closing quote; "" is one quote.
            cellStarted = true;
            ++i;
            while (i < n) {
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
            continue;
        }
        if (c == QLatin1Char('\t')) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRow();
        } else {
            cell += c;
            cellStarted = true;
        }
        ++i;
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

QString TsvText::format(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row) {
            const bool quote = cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) ||
                               cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char('"'));
            cells << (quote ? QLatin1Char('"') +
                                  QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                                  QLatin1Char('"')
                            : cell);
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace ys::ui
