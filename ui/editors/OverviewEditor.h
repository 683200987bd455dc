// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Plan.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QDateEdit;
class QGridLayout;
class QLabel;

namespace ys::ui {

class PlanDocument;
class TextFieldCommitter;

// Section 1 of a plan and its header: the agency overview, the vision and how it links to the
// Mayor's Action Plan, the web address, the contact, the plan date and the reviewers. The plan's
// life-cycle state and version are shown, not edited here. Each field's typing becomes a
// SetPlanCommand after a short pause or when the field is left.
class OverviewEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewEditor(PlanDocument& document, QWidget* parent = nullptr);

    void setPlan(RowId planId);
    void commitPending();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    struct TextField
    {
        TextFieldCommitter* committer = nullptr;
        std::function<QString(const Plan&)> get;
        std::function<void(Plan&, const QString&)> set;
        QString commandText;
    };

    void addTextField(QGridLayout* grid, const QString& label, const QString& help, bool multiLine,
                      const QString& name, std::function<QString(const Plan&)> get,
                      std::function<void(Plan&, const QString&)> set, const QString& commandText);
    std::optional<Plan> storedPlan() const;
    void refresh();
    void commit(const TextField& field);
    void commitDate();

    QPointer<PlanDocument> m_document;
    RowId m_planId = 0;
    QLabel* m_state = nullptr;
    QDateEdit* m_date = nullptr;
    QTimer m_dateIdle;
    std::vector<TextField> m_fields;
};

} // namespace ys::ui
