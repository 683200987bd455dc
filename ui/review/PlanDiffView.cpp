// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDiffView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ys::ui {
namespace {

QString shown(const QString& text)
{
    QString one = text;
    one.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return one.isEmpty() ? PlanDiffView::tr("(empty)") : one;
}

QTreeWidgetItem* addFields(QTreeWidgetItem* parent, const std::vector<review::PlanDiff::FieldChange>& fields)
{
    for (const auto& f : fields) {
        auto* item = new QTreeWidgetItem(parent, {f.field, shown(f.before), shown(f.after)});
        for (int column : {1, 2})
            item->setToolTip(column, Qt::convertFromPlainText(column == 1 ? f.before : f.after, Qt::WhiteSpaceNormal));
    }
    return parent;
}

QString measureText(const review::PlanDiff::MeasureRef& m)
{
    return m.service ? PlanDiffView::tr("#%1 %2 (Service %3)").arg(m.id).arg(m.title).arg(m.service)
                     : PlanDiffView::tr("#%1 %2").arg(m.id).arg(m.title);
}

} // namespace

PlanDiffView::PlanDiffView(review::PlanDiff diff, QWidget* parent) : QDialog(parent), m_diff(std::move(diff))
{
    setWindowTitle(tr("Changes from %1 to %2").arg(m_diff.beforeName, m_diff.afterName));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("What changed"), tr("Before (%1)").arg(m_diff.beforeName), tr("Now (%1)").arg(m_diff.afterName)});
    m_tree->setAccessibleName(tr("Changes between the two versions"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy as &Text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_diff.toText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
    fill();
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0) + 16, 560));
}

void PlanDiffView::fill()
{
    m_tree->clear();
    if (m_diff.isEmpty()) {
        m_summary->setText(tr("No plan changed between %1 and %2.").arg(m_diff.beforeName, m_diff.afterName));
        return;
    }
    QStringList lines;
    for (const QString& p : m_diff.plansAdded)
        new QTreeWidgetItem(m_tree, {tr("Plan added: %1").arg(p)});
    for (const QString& p : m_diff.plansRemoved)
        new QTreeWidgetItem(m_tree, {tr("Plan removed: %1").arg(p)});
    for (const auto& plan : m_diff.plans) {
        lines << tr("%1: %2 measures added, %3 removed, %4 changed.")
                     .arg(plan.plan)
                     .arg(plan.added.size())
                     .arg(plan.removed.size())
                     .arg(plan.changed.size());
        auto* root = new QTreeWidgetItem(m_tree, {plan.plan});
        QFont bold = root->font(0);
        bold.setBold(true);
        root->setFont(0, bold);
        if (!plan.header.empty())
            addFields(new QTreeWidgetItem(root, {tr("Plan header")}), plan.header)->setExpanded(true);
        if (!plan.added.empty()) {
            auto* group = new QTreeWidgetItem(root, {tr("Measures added (%1)").arg(plan.added.size())});
            for (const auto& m : plan.added)
                new QTreeWidgetItem(group, {measureText(m)});
            group->setExpanded(true);
        }
        if (!plan.removed.empty()) {
            auto* group = new QTreeWidgetItem(root, {tr("Measures removed (%1)").arg(plan.removed.size())});
            for (const auto& m : plan.removed)
                new QTreeWidgetItem(group, {measureText(m)});
            group->setExpanded(true);
        }
        if (!plan.changed.empty()) {
            auto* group = new QTreeWidgetItem(root, {tr("Measures changed (%1)").arg(plan.changed.size())});
            for (const auto& m : plan.changed) {
                auto* item = new QTreeWidgetItem(group, {measureText(m.measure)});
                addFields(item, m.definition);
                addFields(item, m.values);
                item->setExpanded(true);
            }
            group->setExpanded(true);
        }
        root->setExpanded(true);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ys::ui
