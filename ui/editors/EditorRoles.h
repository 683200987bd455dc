// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace ys::ui {

// Item roles the section tables give their delegate (SectionItemDelegate), beyond Qt's own.
enum EditorRole : int
{
    // QStringList: the entries of a column chosen from a list; Qt::EditRole is then the index.
    ChoicesRole = Qt::UserRole + 100,
    // bool: the column holds paragraphs and is edited in a multi-line field.
    MultiLineRole,
    // qlonglong: the row's id in the plan file.
    RowIdRole,
};

} // namespace ys::ui
