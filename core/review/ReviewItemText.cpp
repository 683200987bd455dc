// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewItemText.h"

#include "FlagKind.h"

#include "domain/FiscalYear.h"

namespace ys::review::ReviewItemText {

QString flagLabel(const QString& flagCode)
{
    const auto kind = flagKindFromCode(flagCode);
    return kind ? label(*kind) : flagCode;
}

QString anchor(const storage::PlanSnapshot& snapshot, const ReviewAnchor& a)
{
    const Measure* m = snapshot.measure(a.measureId);
    const QString measure = m ? QStringLiteral("measure #%1 \u201c%2\u201d").arg(m->id).arg(m->title)
                              : QStringLiteral("measure #%1").arg(a.measureId);
    switch (a.kind) {
    case ReviewAnchor::Kind::Plan: return QStringLiteral("the plan");
    case ReviewAnchor::Kind::Section: return QStringLiteral("the %1 section").arg(a.section);
    case ReviewAnchor::Kind::Measure: return measure;
    case ReviewAnchor::Kind::Value:
        return QStringLiteral("the %1 %2 value of %3").arg(FiscalYear(a.fiscalYear).label(), a.period, measure);
    }
    return {};
}

QString item(const storage::PlanSnapshot& snapshot, const ReviewItem& i)
{
    if (i.kind == ReviewItem::Kind::Flag)
        return QStringLiteral("the flag \u201c%1\u201d on %2").arg(flagLabel(i.flagKind), anchor(snapshot, i.anchor));
    const QString which = i.id ? QStringLiteral("comment %1").arg(i.id) : QStringLiteral("the comment");
    return QStringLiteral("%1 on %2 (\u201c%3\u201d)").arg(which, anchor(snapshot, i.anchor), i.text.left(60));
}

} // namespace ys::review::ReviewItemText
