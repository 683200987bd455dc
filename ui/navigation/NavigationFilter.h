// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ys::ui {

// Filters the navigation tree as the user types: a node stays when its text holds every typed
// word, case-insensitively, and the ancestors of such nodes stay too (recursive filtering).
// A measure's text holds its title, "#id", its service ("service 609: emergency medical
// services"), type, direction and status word, so "cardiac", "#12", "12", "609", "Service 609",
// "outcome" and "missed" all find measures.
class NavigationFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NavigationFilter(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    bool isFiltering() const { return !m_words.isEmpty(); }

    // The typed text as lowercase words ("Service 609" -> "service", "609").
    static QStringList words(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace ys::ui
