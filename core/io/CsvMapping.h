// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Measure.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QChar>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ys::io {

// The columns of one side (target or actual) of one period: the number, why it is missing, its note.
struct CsvSideColumns
{
    QString value;
    QString missing; // a column holding the reason when there is no number
    QString note;    // target rationale / actual explanation
};

struct CsvPeriodColumns
{
    CsvSideColumns target;
    CsvSideColumns actual;
};

// One block of value columns: which fiscal year they hold, and the columns per period. A block whose
// column names hold "{FY}" is a template, repeated for every fiscal year its columns appear for in
// the header ("{FY} Target" matches "FY25 Target", "FY26 Target"...).
struct CsvValueBlock
{
    QString key;        // "values[0]", for messages
    int fiscalYear = 0; // a fixed fiscal year (end year), or 0
    QString yearColumn; // a column holding the fiscal year, or empty
    bool templated = false;
    std::array<CsvPeriodColumns, 5> periods; // indexed by ys::Period (Q1..Q4, Annual)
};

// "when column equals one of these, store that side's numbers (equal to ifValue, when given) as
// missing with this reason": DC's 0.00 target of a workload measure is no target.
struct CsvRule
{
    QString key; // "rules[0]"
    QString column;
    QStringList equals; // compared trimmed and case-insensitively; any of them matches
    bool target = true; // the side the rule applies to (false: the actual)
    QString missingReason;
    std::optional<double> ifValue;
};

// CsvMapping: the column-mapping file of the generic CSV import (docs/csv-mapping.md), read and
// checked for its own consistency. Which columns exist is checked later against the CSV's header
// (CsvBinding); every error names the mapping file and the key at fault.
struct CsvMapping
{
    enum class PercentScale
    {
        Auto,
        Points,
        Fraction
    };

    QString path; // the mapping file, for messages ("built-in export layout" when built in)

    QString encoding; // "" (strict UTF-8), "utf-8", "latin1"
    QChar separator = u',';
    bool textGuard = false; // cells written "'=..." by an export: drop the guarding apostrophe
    PercentScale percentScale = PercentScale::Auto;

    QString agencyCode, agencyName;
    QString ownerName;
    QString serviceNumber, serviceCode, serviceName, serviceWhenBlank;
    QString cycleColumn;
    int cycle = 0; // a fixed plan cycle (end year)

    QString title, type, direction, unit, interval, level, sourceId, baseline, baselineYear;
    std::array<QString, ElementCount> elements;

    QStringList unique; // column names; empty: owner + service + title
    std::vector<CsvValueBlock> values;
    // field ("type", "direction", "unit", "interval", "level") -> folded source text -> stable code
    QHash<QString, QHash<QString, QString>> translations;
    std::vector<CsvRule> rules;

    static Result<CsvMapping> load(const QString& path);
    static Result<CsvMapping> fromJson(const QByteArray& json, const QString& sourceName);

    // The form in which cell texts and translation keys compare: trimmed (non-breaking spaces
    // too), inner blanks as one space, case-folded.
    static QString fold(const QString& text);

    // Every column the mapping names outside the value blocks, as (key, column).
    std::vector<std::pair<QString, QString>> namedColumns() const;
    // The translation of a cell for a field, or an empty string when the mapping has none.
    QString translate(const QString& field, const QString& text) const;
};

} // namespace ys::io
