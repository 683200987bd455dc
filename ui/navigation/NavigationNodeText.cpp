// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationNodeText.h"

#include "domain/FiscalYear.h"
#include "report/StatusStyle.h"

#include <QTextDocument>

namespace ys::ui {

NavigationNodeText::NavigationNodeText(const storage::PlanSnapshot& snapshot) : m_snapshot(snapshot)
{
}

QString NavigationNodeText::label(const NavigationNode& node) const
{
    const storage::PlanSnapshot& snapshot = m_snapshot;
    switch (node.kind) {
    case NodeKind::Agency:
        if (const Agency* agency = snapshot.agency(node.id))
            return agency->code + QLatin1Char(' ') + agency->name;
        return {};
    case NodeKind::Owner:
        if (const PlanOwner* owner = snapshot.owner(node.id))
            return owner->name;
        return {};
    case NodeKind::Plan:
        if (const Plan* plan = snapshot.plan(node.id))
            return tr("%1 plan (%2)").arg(FiscalYear(plan->cycle, snapshot.fiscalYearStartMonth).label(), ys::label(plan->state));
        return {};
    case NodeKind::Overview: return tr("Overview and vision");
    case NodeKind::Goals: return tr("Goals");
    case NodeKind::Goal: return tr("Goal %1: %2").arg(node.ordinal).arg(node.text.simplified());
    case NodeKind::Services: return tr("Services");
    case NodeKind::Service:
        if (const Service* service = snapshot.service(node.id))
            return tr("Service %1: %2").arg(service->number).arg(service->name);
        return {};
    case NodeKind::Measure:
        if (const Measure* measure = snapshot.measure(node.id))
            return measure->title;
        return {};
    case NodeKind::Risks: return tr("Risks and dependencies");
    case NodeKind::Personnel: return tr("Key personnel");
    }
    return {};
}

QString NavigationNodeText::toolTip(const NavigationNode& node) const
{
    // Tool tips render rich text when they look like it: user text is converted so that it shows
    // literally.
    QString text = label(node);
    if (node.kind == NodeKind::Goal) {
        text = tr("Goal %1: %2").arg(node.ordinal).arg(node.text);
    } else if (node.kind == NodeKind::Agency) {
        if (const Agency* agency = m_snapshot.agency(node.id))
            text = agency->code + QLatin1Char(' ') + agency->displayName();
    } else if (node.kind == NodeKind::Measure) {
        const report::StatusStyle style = report::StatusStyle::of(node.facts.status.status);
        const QString year = node.facts.status.fiscalYear ? FiscalYear(node.facts.status.fiscalYear).label() : tr("no year");
        text = tr("#%1 %2\nStatus: %3 (%4)").arg(node.id).arg(text, style.labelled(), year);
    }
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace ys::ui
