// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"
#include "domain/PlanSections.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

class QComboBox;

namespace ys::ui {

class PlanDocument;

// One entry of a combo box: what people read and the value stored (an enum as int, an id as
// qlonglong, a year as int).
struct EditorChoice
{
    QString text;
    QVariant value;
    QString toolTip; // plain text; escaped when shown
};

// The choices the editors offer, in the words the city uses, and the combo box plumbing around
// them. Pillar goals are read from the document's file: they are reference data the read model
// does not carry.
class EditorChoices
{
    Q_DECLARE_TR_FUNCTIONS(EditorChoices)

public:
    static QList<EditorChoice> measureTypes();
    static QList<EditorChoice> directions();
    static QList<EditorChoice> units();
    static QList<EditorChoice> intervals();
    static QList<EditorChoice> levels();
    static QList<EditorChoice> changeMappings();
    static QList<EditorChoice> approvals();
    static QList<EditorChoice> initiativeStatuses();
    static QList<EditorChoice> riskCategories();
    static QList<EditorChoice> personRoles();
    static QList<EditorChoice> linkKinds(); // primary (true) or secondary (false) link to a pillar goal

    // "Not linked" first, then "1.1 Reach residents quickly ..." in code order.
    static QList<EditorChoice> pillarGoals(const PlanDocument& document);
    // The services of an agency; `current` is offered too when it belongs elsewhere.
    static QList<EditorChoice> services(const PlanDocument& document, RowId agencyId, RowId current,
                                        const QString& noneText);
    // The goals of the given plans ("Goal 1: Raise the share ..."), after "Not linked".
    static QList<EditorChoice> goals(const PlanDocument& document, const std::vector<RowId>& planIds,
                                     RowId current);
    // "Not set", then FY`from` to FY`to` (and `current` when outside that range).
    static QList<EditorChoice> fiscalYears(int from, int to, int current);
    // "1 Enhancing Public Safety"; empty when unknown.
    static QString pillarName(const PlanDocument& document, RowId pillarId);

    static QString label(MeasureLevel level);
    static QString label(ChangeMapping change);
    static QString label(ApprovalStatus approval);
    static QString label(KeyPerson::Role role);

    // The texts of `choices`, in order (for a table column's ChoicesRole).
    static QStringList texts(const QList<EditorChoice>& choices);
    // The index of the entry with `value`; -1 when none has it.
    static int indexOf(const QList<EditorChoice>& choices, const QVariant& value);

    // Replaces the combo's entries, keeping the current value selected when it is still offered.
    static void fill(QComboBox* combo, const QList<EditorChoice>& choices);
    // Selects the entry with `value` (no entry when none has it); emits no signal.
    static void select(QComboBox* combo, const QVariant& value);
    // A combo box that does not widen its form to its longest entry.
    static void makeCompact(QComboBox* combo, int characters = 24);
};

} // namespace ys::ui
