// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaltimoreHeader.h"
#include "BaltimoreNames.h"
#include "domain/Vocabulary.h"
#include "values/NumberText.h"

#include <QString>

#include <optional>
#include <vector>

namespace ys::io {

// One non-empty value cell of a row: where it is, what its header says it holds, and how it read.
struct BaltimoreCell
{
    int column = -1;
    BaltimoreHeader header;
    ParsedNumber number;
};

// One non-empty note cell (target or actual explanation, quarterly context).
struct BaltimoreNote
{
    int column = -1;
    BaltimoreHeader header;
    QString text;
};

// BaltimoreRecord: one row of the city's workbook as typed data. Vocabulary fields are nullopt where
// the cell was blank, so that merging the rows of two plan cycles never lets a blank overwrite a word.
struct BaltimoreRecord
{
    int row = 0;   // 1-based, as Excel shows it
    int cycle = 0; // plan cycle (end year) from "Fiscal Year" or --cycle
    QString title;
    QString titleKey; // BaltimoreNames::key(title)
    QString owner;    // the plan owner: column "Agency"
    QString ownerKey; // BaltimoreNames::key(owner)
    CodedName agency;
    CodedName service;
    QString serviceDescription;
    QString measureId;
    std::optional<MeasureType> type;
    QString sourceType; // the type as written, when it had to be read ("Ouput")
    std::optional<Direction> direction;
    std::optional<Unit> unit;
    std::optional<Interval> interval;
    QString updateFrequency; // an "Interval" that is a reporting frequency ("Monthly")
    QString formula;
    QString dataSource;
    std::optional<bool> equity;
    std::optional<bool> deprecated;
    bool markedNew = false; // "Status" says "New"
    std::vector<BaltimoreCell> cells;
    std::vector<BaltimoreNote> notes;
};

} // namespace ys::io
