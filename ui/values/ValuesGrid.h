// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace ys::ui {

class PlanDocument;
class ValuesDelegate;
class ValuesModel;

// The values of one measure, to read and to type in like a spreadsheet: a caption with the
// measure's unit, direction, how quarters make a year and which year the status is for; the grid
// (ValuesModel); and a line reporting what a paste or a delete did. Arrows move, typing or F2
// edits, Enter keeps and moves down, Delete clears the selection, Ctrl+C copies it as
// tab-separated text and Ctrl+V pastes a spreadsheet block at the selection's top-left cell (a
// single copied cell fills the whole selection); each of those is one undo step.
class ValuesGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesGrid(PlanDocument& document, QWidget* parent = nullptr);

    void setMeasure(RowId id);
    RowId measureId() const;
    QTableView* view() const { return m_view; }
    ValuesModel* model() const { return m_model; }
    // The report of the last paste or delete; empty when there is none.
    QString message() const;

    void copySelection();
    void pasteClipboard();
    void clearSelection();

private:
    void updateCaption();
    void fitColumns();
    void showMessage(const QString& text);
    void moveDown();

    PlanDocument& m_document;
    ValuesModel* m_model = nullptr;
    ValuesDelegate* m_delegate = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_caption = nullptr;
    QCheckBox* m_allQuarters = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_clear = nullptr;
};

} // namespace ys::ui
