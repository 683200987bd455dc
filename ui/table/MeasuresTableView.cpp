// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuresTableView.h"

#include "ChoiceDelegate.h"
#include "MeasuresFilter.h"
#include "MeasuresTableModel.h"

#include "report/StatusStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ys::ui {

MeasuresTableView::MeasuresTableView(PlanDocument& document, QWidget* parent)
    : QWidget(parent), m_model(new MeasuresTableModel(document, this)), m_filter(new MeasuresFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter measures: title, id, service, type, status"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter measures"));
    m_filterEdit->setToolTip(tr("Shows the measures whose row holds every word you type: part of a title, an id "
                                "(#12), a service number (609), a type, a status, an agency."));
    m_typeChoice = new QComboBox(this);
    m_typeChoice->setAccessibleName(tr("Show measures of type"));
    m_statusChoice = new QComboBox(this);
    m_statusChoice->setAccessibleName(tr("Show measures with status"));
    buildChoices();
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setAccessibleName(tr("Measures shown"));

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Measures"));
    // QStyledItemDelegate draws plain text: titles are never read as markup.
    m_table->setItemDelegate(new QStyledItemDelegate(m_table));
    m_table->setItemDelegateForColumn(MeasuresTableModel::TypeColumn,
                                      new ChoiceDelegate(ChoiceDelegate::measureTypes(), m_table));
    m_table->setItemDelegateForColumn(MeasuresTableModel::DirectionColumn,
                                      new ChoiceDelegate(ChoiceDelegate::directions(), m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MeasuresTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click opens the measure; F2, a click on the selected cell or typing edits in place.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    setColumnWidths();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_typeChoice);
    bar->addWidget(m_statusChoice);
    bar->addWidget(m_countLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_filterEdit);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &MeasuresFilter::setFilterText);
    connect(m_typeChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant type = m_typeChoice->currentData();
        m_filter->setTypeFilter(type.isValid() ? std::optional(MeasureType(type.toInt())) : std::nullopt);
    });
    connect(m_statusChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_statusChoice->currentData();
        m_filter->setStatusFilter(status.isValid() ? std::optional(TargetStatus(status.toInt())) : std::nullopt);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit measureActivated(index.data(MeasuresTableModel::MeasureIdRole).toLongLong());
    });
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MeasuresTableView::showColumnMenu);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &MeasuresTableView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MeasuresTableView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MeasuresTableView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The plan year names the target column, and it can change with a reload.
        m_table->horizontalHeader()->viewport()->update();
    });
    updateCount();
}

void MeasuresTableView::buildChoices()
{
    m_typeChoice->addItem(tr("All types"));
    for (const auto& [text, value] : ChoiceDelegate::measureTypes())
        m_typeChoice->addItem(text, value);
    m_statusChoice->addItem(tr("All statuses"));
    for (TargetStatus status : {TargetStatus::Missed, TargetStatus::Near, TargetStatus::Met, TargetStatus::NoData})
        m_statusChoice->addItem(report::StatusStyle::of(status).labelled(), int(status));
}

void MeasuresTableView::setColumnWidths()
{
    // Each column as wide as a typical value in the current font; the title takes what is left.
    // At 1300 pixels (a 1366x768 screen) every column reads without scrolling sideways.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const QString samples[MeasuresTableModel::ColumnCount] = {
        QStringLiteral("#00000"), QStringLiteral("AGC0000"), QStringLiteral("Baltimore City Departm"),
        QStringLiteral("000: Emergency Me"), QString(), QStringLiteral("Effectiveness"), QStringLiteral("Unspecified"),
        QStringLiteral("109,006 (FY26 to Q3)"), QStringLiteral("$4,990,000"),
        report::StatusStyle::of(TargetStatus::Missed).labelled(), QStringLiteral("16/16")};
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("0000")));
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < MeasuresTableModel::ColumnCount; ++column) {
        if (samples[column].isEmpty())
            continue;
        const int headerWidth = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 16;
        header->resizeSection(column, std::max(metrics.horizontalAdvance(samples[column]) + 12, headerWidth));
    }
    header->setSectionResizeMode(MeasuresTableModel::TitleColumn, QHeaderView::Stretch);
}

void MeasuresTableView::updateCount()
{
    QLocale locale;
    if (locale.language() == QLocale::C) // no locale set: still group thousands ("1,465")
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const int total = m_model->rowCount();
    m_countLabel->setText(tr("%1 of %2 measures").arg(locale.toString(m_filter->rowCount()), locale.toString(total)));
}

void MeasuresTableView::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < MeasuresTableModel::ColumnCount; ++column) {
        if (column == MeasuresTableModel::TitleColumn)
            continue;
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

bool MeasuresTableView::selectMeasure(RowId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex source = m_model->index(row, MeasuresTableModel::TitleColumn);
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        m_filterEdit->clear();
        m_typeChoice->setCurrentIndex(0);
        m_statusChoice->setCurrentIndex(0);
        index = m_filter->mapFromSource(source);
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

} // namespace ys::ui
