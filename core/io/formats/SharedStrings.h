// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ys::io {

// SharedStrings: the workbook's table of strings (xl/sharedStrings.xml) that text cells refer to by
// index.
class SharedStrings
{
public:
    // file and part name the source in error messages.
    static Result<SharedStrings> parse(const QByteArray& xml, const QString& file, const QString& part);

    qsizetype size() const { return qsizetype(m_strings.size()); }
    // The string at index, or nullptr when the index is out of range (a damaged or hostile file).
    const QString* find(qint64 index) const
    {
        return index >= 0 && index < qint64(m_strings.size()) ? &m_strings[size_t(index)] : nullptr;
    }

private:
    std::vector<QString> m_strings;
};

} // namespace ys::io
