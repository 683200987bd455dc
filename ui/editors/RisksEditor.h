// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QPointer>
#include <QWidget>

namespace ys::ui {

class PlanDocument;
class RiskTableModel;
class SectionTablePanel;

// Section 5 of a plan: risks and dependencies by category (cross-agency inputs, IT systems,
// external concerns, legislative effects), each with its mitigation; add and remove.
class RisksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RisksEditor(PlanDocument& document, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    SectionTablePanel* panel() const { return m_panel; }
    RiskTableModel* model() const { return m_model; }

private:
    void addRisk();
    void removeRisk(int row);

    QPointer<PlanDocument> m_document;
    RowId m_planId = 0;
    SectionTablePanel* m_panel = nullptr;
    RiskTableModel* m_model = nullptr;
};

} // namespace ys::ui
