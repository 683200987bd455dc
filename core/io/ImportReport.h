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
    std::vector<ImportIssue> issues;

    void add(ImportIssue::Kind kind, const QString& sheet, int row, const QString& column, const QString& raw,
             const QString& reason);
    int count(ImportIssue::Kind kind) const;

    QJsonObject toJson() const;
    // A summary for a terminal: the counts, then at most `maxIssues` issues (0: all).
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
