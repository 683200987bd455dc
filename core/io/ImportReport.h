// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace ys::io {

// One thing an import did not take as it was: where (sheet, row, column), the raw text, and why.
struct ImportIssue
{
    enum class Kind { Warning, Conflict, Rounding, Skipped };
    Kind kind = Kind::Warning;
    QString sheet;
    int row = 0; // 1-based row in the source; 0 when the issue concerns the whole file
    QString column;
    QString raw;
    QString reason;
    // A short, stable name of what kind of thing happened ("text in a number cell"), so that a summary
    // can count issues by it; empty when the importer gives none.
    QString topic;
};

QString code(ImportIssue::Kind kind);

// What an import read, created, updated and stored, and every issue: shown after an import in
// the GUI, printed by the command line, written as JSON with --report.
struct ImportReport
{
    QString source;
    QString format;
    bool dryRun = false;
    int rowsRead = 0;
    int agencies = 0;
    int owners = 0;
    int services = 0;
    int plans = 0;
    int measuresCreated = 0;
    int measuresUpdated = 0;
    int valuesStored = 0;
    int valuesUnchanged = 0;
    // Non-empty cells of the source's number columns, and how many of them read as numbers (the rest
    // are text kept as missing values with their reason); 0 and 0 for sources without such columns.
    int valueCells = 0;
    int valueCellsAsNumbers = 0;
    std::vector<ImportIssue> issues;

    void add(ImportIssue::Kind kind, const QString& sheet, int row, const QString& column, const QString& raw,
             const QString& reason, const QString& topic = {});
    int count(ImportIssue::Kind kind) const;

    QJsonObject toJson() const;
    // A summary for a terminal: the counts; the issues by topic, most serious first, each with its first
    // occurrence; then at most `maxIssues` issues without a topic. 0: the counts, the topics and every issue.
    QString toText(int maxIssues = 20) const;
};

// Options every importer takes.
struct ImportOptions
{
    int cycle = 0;          // plan cycle (end year) for sources that do not say; 0: from the source
    bool dryRun = false;    // read and report, write nothing
    QString mappingPath;    // column mapping (generic CSV)
    QString encoding;       // source encoding when it is not UTF-8 ("latin1")
    // Called with 0..100; returning false cancels the import (nothing is written).
    std::function<bool(int percent)> progress;
};

} // namespace ys::io
