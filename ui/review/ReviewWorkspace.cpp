// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewWorkspace.h"

#include "MeasureReviewPanel.h"
#include "ReviewDocument.h"
#include "ReviewMeasuresModel.h"

#include "review/PlanLookup.h"
#include "ui/document/PlanDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ys::ui {

ReviewWorkspace::ReviewWorkspace(ReviewDocument& review, QWidget* parent)
    : QWidget(parent), m_review(review), m_model(new ReviewMeasuresModel(review, this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReviewMeasuresModel::SortRole);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Measures under review"));
    m_table->setItemDelegate(new QStyledItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewMeasuresModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(ReviewMeasuresModel::IdColumn, width(QStringLiteral("#00000")));
    header->resizeSection(ReviewMeasuresModel::ServiceColumn, width(tr("Service")));
    header->resizeSection(ReviewMeasuresModel::TitleColumn, width(QString(44, QLatin1Char('n'))));
    header->resizeSection(ReviewMeasuresModel::TypeColumn, width(tr("Effectiveness")));
    header->resizeSection(ReviewMeasuresModel::StatusColumn, width(tr("\u2713 No data (FY25)")));
    header->resizeSection(ReviewMeasuresModel::CompletenessColumn, width(tr("Complete")));
    header->resizeSection(ReviewMeasuresModel::SmartColumn, width(tr("3 findings")));
    header->resizeSection(ReviewMeasuresModel::FlagsColumn, width(tr("2 proposed, 1 confirmed")));
    header->resizeSection(ReviewMeasuresModel::CommentsColumn, width(tr("1 open, 1 resolved")));
    header->setStretchLastSection(true);

    m_panel = new MeasureReviewPanel(review, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_panel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({400, 340});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewWorkspace::currentChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit measureActivated(index.data(ReviewMeasuresModel::MeasureIdRole).toLongLong());
    });
    connect(m_panel, &MeasureReviewPanel::historyRequested, this, &ReviewWorkspace::historyRequested);
    connect(&review, &ReviewDocument::reviewChanged, this, &ReviewWorkspace::updateHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
}

RowId ReviewWorkspace::planId() const
{
    return m_model->planId();
}

void ReviewWorkspace::setPlan(RowId planId)
{
    m_model->setPlan(planId);
    updateHeader();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    currentChanged();
}

bool ReviewWorkspace::selectMeasure(RowId measureId)
{
    const int row = m_model->rowOf(measureId);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void ReviewWorkspace::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_panel->setMeasure(planId(), current.isValid() ? current.data(ReviewMeasuresModel::MeasureIdRole).toLongLong() : 0);
}

void ReviewWorkspace::updateHeader()
{
    const storage::PlanSnapshot& snapshot = m_review.document().snapshot();
    const Plan* plan = snapshot.plan(planId());
    if (!plan) {
        m_header->setText(tr("Choose a plan in the plan tree to review it."));
        return;
    }
    const review::ReviewSummary* summary = m_review.summary(plan->id);
    QString counts;
    if (summary)
        counts = tr("%1 flags proposed, %2 confirmed, %3 dismissed; %4 comments open, %5 resolved")
                     .arg(summary->count(ReviewItem::State::Proposed))
                     .arg(summary->count(ReviewItem::State::Confirmed))
                     .arg(summary->count(ReviewItem::State::Dismissed))
                     .arg(summary->count(ReviewItem::State::Open))
                     .arg(summary->count(ReviewItem::State::Resolved));
    m_header->setText(tr("Reviewing %1 \u2014 %2, version %3. %4.")
                          .arg(review::PlanLookup::describe(snapshot, *plan), label(plan->state))
                          .arg(plan->version)
                          .arg(counts));
}

} // namespace ys::ui
