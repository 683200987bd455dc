// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorChoices.h"
#include "domain/Measure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace ys::ui {

enum class MeasureFieldKind
{
    Line,
    Text,
    EditorChoice,
    Number,
    Check
};
enum class MeasureFieldGroup
{
    Definition,
    Data,
    TargetSetting
};

// One field of the measure editor: the code by which completeness and SMART findings name it
// (rules/FieldCodes.h, or an element code), its label and help in the city's words, and how it
// reads and writes a Measure. Values are plain QVariants: text as QString, choices as their
// EditorChoice::value, numbers as double (invalid when blank), ticks as bool.
struct MeasureFieldSpec
{
    QString code;
    MeasureFieldGroup group = MeasureFieldGroup::Definition;
    MeasureFieldKind kind = MeasureFieldKind::Line;
    QString label;
    QString help;
    std::function<QVariant(const Measure&)> read;
    std::function<void(Measure&, const QVariant&)> write;
    QList<EditorChoice>
        choices; // fixed choices; empty where the editor offers the document's (service, goal ...)
};

// The fields of a measure's definition, grouped as the city's guidance groups them (definition;
// data; target setting), with help written from the guidance's definitions.
class MeasureFields
{
    Q_DECLARE_TR_FUNCTIONS(MeasureFields)

public:
    // Codes of the fields whose choices come from the document.
    static inline const QString Level = QStringLiteral("level");
    static inline const QString Service = QStringLiteral("service");
    static inline const QString Goal = QStringLiteral("goal");
    static inline const QString PillarGoal = QStringLiteral("pillar_goal");

    static QList<MeasureFieldSpec> all();
    static QString groupTitle(MeasureFieldGroup group);
    static QString groupHelp(MeasureFieldGroup group);
};

} // namespace ys::ui
