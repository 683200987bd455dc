// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormulaGuard.h"

namespace ys::io {

bool FormulaGuard::needsGuard(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r' || first == u'\'';
}

} // namespace ys::io
