// SPDX-License-Identifier: GPL-3.0-or-later
// PlanDiff as text for a terminal (`yardstick diff`) and as JSON (`--json`).
#include "PlanDiff.h"

#include <QJsonArray>

namespace ys::review {
namespace {

QString quoted(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("(empty)");
    QString shown = text.size() > 120 ? text.left(117) + QStringLiteral("...") : text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("\u201c%1\u201d").arg(shown);
}

QString fieldLine(const PlanDiff::FieldChange& f)
{
    return QStringLiteral("      %1: %2 -> %3\n").arg(f.field, quoted(f.before), quoted(f.after));
}

QJsonArray fieldsJson(const std::vector<PlanDiff::FieldChange>& fields)
{
    QJsonArray out;
    for (const auto& f : fields)
        out.append(QJsonObject{{QStringLiteral("field"), f.field},
                               {QStringLiteral("before"), f.before},
                               {QStringLiteral("after"), f.after}});
    return out;
}

QJsonObject refJson(const PlanDiff::MeasureRef& m)
{
    return {{QStringLiteral("uid"), m.uid},
            {QStringLiteral("id"), m.id},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("service"), m.service}};
}

QString refText(const PlanDiff::MeasureRef& m)
{
    return QStringLiteral("#%1 %2%3").arg(m.id).arg(quoted(m.title),
                                                    m.service ? QStringLiteral(" (Service %1)").arg(m.service) : QString());
}

} // namespace

QString PlanDiff::toText() const
{
    QString out = QStringLiteral("Changes from %1 to %2\n").arg(beforeName, afterName);
    if (isEmpty())
        return out + QStringLiteral("No plan changed.\n");
    for (const QString& p : plansAdded)
        out += QStringLiteral("Plan added: %1\n").arg(p);
    for (const QString& p : plansRemoved)
        out += QStringLiteral("Plan removed: %1\n").arg(p);
    for (const PlanChange& p : plans) {
        out += QStringLiteral("%1: %2 measures added, %3 removed, %4 changed\n")
                   .arg(p.plan)
                   .arg(p.added.size())
                   .arg(p.removed.size())
                   .arg(p.changed.size());
        if (!p.header.empty()) {
            out += QStringLiteral("  Plan header:\n");
            for (const auto& f : p.header)
                out += fieldLine(f);
        }
        for (const auto& m : p.added)
            out += QStringLiteral("  Added: %1\n").arg(refText(m));
        for (const auto& m : p.removed)
            out += QStringLiteral("  Removed: %1\n").arg(refText(m));
        for (const auto& m : p.changed) {
            out += QStringLiteral("  Changed: %1\n").arg(refText(m.measure));
            for (const auto& f : m.definition)
                out += fieldLine(f);
            for (const auto& f : m.values)
                out += fieldLine(f);
        }
    }
    return out;
}

QJsonObject PlanDiff::toJson() const
{
    QJsonArray planArray;
    for (const PlanChange& p : plans) {
        QJsonArray added, removed, changed;
        for (const auto& m : p.added)
            added.append(refJson(m));
        for (const auto& m : p.removed)
            removed.append(refJson(m));
        for (const auto& m : p.changed) {
            QJsonObject o = refJson(m.measure);
            o.insert(QStringLiteral("old_id"), m.oldId);
            o.insert(QStringLiteral("definition"), fieldsJson(m.definition));
            o.insert(QStringLiteral("values"), fieldsJson(m.values));
            changed.append(o);
        }
        planArray.append(QJsonObject{{QStringLiteral("uid"), p.uid},
                                     {QStringLiteral("plan"), p.plan},
                                     {QStringLiteral("header"), fieldsJson(p.header)},
                                     {QStringLiteral("measures_added"), added},
                                     {QStringLiteral("measures_removed"), removed},
                                     {QStringLiteral("measures_changed"), changed}});
    }
    return {{QStringLiteral("before"), beforeName},
            {QStringLiteral("after"), afterName},
            {QStringLiteral("plans"), planArray},
            {QStringLiteral("plans_added"), QJsonArray::fromStringList(plansAdded)},
            {QStringLiteral("plans_removed"), QJsonArray::fromStringList(plansRemoved)}};
}

} // namespace ys::review
