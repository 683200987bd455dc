// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvMapping.h"
#include "domain/Result.h"
#include "formats/CsvReader.h"

#include <QStringList>

#include <array>
#include <vector>

namespace ys::io {

// The columns (0-based indexes into a record; -1: not mapped) of one side of one period.
struct BoundSide
{
    int value = -1;
    int missing = -1;
    int note = -1;
    bool any() const { return value >= 0 || missing >= 0 || note >= 0; }
};

struct BoundPeriod
{
    BoundSide target;
    BoundSide actual;
};

// A value block tied to the header: a template is repeated once per fiscal year found.
struct BoundBlock
{
    QString key;
    int fiscalYear = 0;  // fixed (or found in a templated header), or 0
    int yearColumn = -1; // the fiscal year is read from each row
    std::array<BoundPeriod, 5> periods;
};

struct BoundRule
{
    const CsvRule* rule = nullptr;
    int column = -1;
};

// Which parts of a measure make it unique (from the mapping's "unique" columns).
struct MeasureKeyParts
{
    bool agency = false;
    bool owner = false;
    bool service = false;
    bool title = false;
    bool sourceId = false;
};

// CsvBinding: a column mapping tied to one CSV header: every column the mapping names is found
// (trimmed, case-insensitively, blanks as one space) exactly once, or the import stops before it
// reads a row, with an error naming the mapping file, the key and the column.
struct CsvBinding
{
    int agencyCode = -1, agencyName = -1, ownerName = -1;
    int serviceNumber = -1, serviceCode = -1, serviceName = -1;
    int cycleColumn = -1;
    int title = -1, type = -1, direction = -1, unit = -1, interval = -1, level = -1;
    int sourceId = -1, baseline = -1, baselineYear = -1;
    std::array<int, ElementCount> elements{};
    MeasureKeyParts key;
    std::vector<BoundBlock> blocks;
    std::vector<BoundRule> rules;
    QStringList header;
    bool textGuard = false;

    // A record's cell (empty beyond its last field), without the export's formula guard when the
    // mapping says the file has one.
    QString cell(const CsvRecord& record, int column) const;
    // The header's name of a column, for the report.
    QString columnName(int column) const;

    // csvName: the CSV file, for messages.
    static Result<CsvBinding> bind(const CsvMapping& mapping, const QStringList& header,
                                   const QString& csvName);
};

} // namespace ys::io
