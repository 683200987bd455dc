// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QColor>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <vector>

namespace ys::report::pdf {

// The type roles of the publication, each one font and size (Typography maps them).
enum class FontRole {
    CoverTitle,
    CoverSubtitle,
    Heading1,
    Heading2,
    Heading3,
    Body,
    BodyBold,
    Small,
    Table,
    TableBold,
    TableHeader,
    Running, // running header and footer
    Watermark,
};

// What a laid-out page holds, in points from the page's top-left corner: the display list the
// painter draws. Layout decides every position; painting only draws.
struct TextItem
{
    QPointF baseline;
    QString text;
    FontRole role = FontRole::Body;
    QColor colour = Qt::black;
    double scale = 1.0; // the role's size times this (a number set smaller to fit its column)
};

struct RectItem
{
    QRectF rect;
    QColor fill;   // invalid: not filled
    QColor stroke; // invalid: no outline
};

struct LineItem
{
    QLineF line;
    QColor colour = Qt::black;
    double width = 0.5;
};

struct ChartItem
{
    QRectF rect;
    RowId measureId = 0;
};

struct Page
{
    std::vector<RectItem> rects; // drawn first (cell backgrounds)
    std::vector<LineItem> lines;
    std::vector<TextItem> texts;
    std::vector<ChartItem> charts;
    QString runningHeader; // "Baltimore City Fire Department · FY27 plan"
    bool draft = false;    // the DRAFT mark: the plan on this page is not approved
};

// A PDF bookmark: where a plan owner (level 0) or a service (level 1) starts.
struct Bookmark
{
    QString title;
    int page = 0; // 0-based
    double top = 0; // points from the page's top
    int level = 0;
};

// A table-of-contents line and the page its section starts on (1-based, as printed).
struct ContentsEntry
{
    QString title;
    int page = 0;
    int level = 0; // 0: an agency, 1: one of its plan owners
};

struct LaidOutBook
{
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    std::vector<ContentsEntry> contents;
};

} // namespace ys::report::pdf
