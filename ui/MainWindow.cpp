// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "domain/FiscalYear.h"
#include "storage/PlanSnapshot.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace ys::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Yardstick"));
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Plan"), tr("Type"), tr("Direction"), tr("Unit")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Plans and measures"));
    m_tree->setUniformRowHeights(true);
    setCentralWidget(m_tree);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);
    resize(1200, 760);
    updateStatus();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString& path)
{
    auto file = storage::PlanFile::open(path);
    if (!file) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the plan"), file.error().describe(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    m_file = std::move(*file);
    populate();
    updateStatus();
    if (!m_file->notices().isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("About this plan file"), m_file->notices().join(QLatin1Char('\n')),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.open();
    }
    return true;
}

void MainWindow::populate()
{
    m_tree->clear();
    auto snapshot = storage::PlanSnapshot::load(*m_file);
    if (!snapshot)
        return;
    QHash<RowId, QTreeWidgetItem*> ownerItems;
    QHash<QPair<RowId, RowId>, QTreeWidgetItem*> serviceItems;
    for (const PlanOwner& owner : snapshot->owners) {
        auto* item = new QTreeWidgetItem(m_tree, {owner.name});
        ownerItems.insert(owner.id, item);
    }
    for (const Measure& m : snapshot->measures) {
        QTreeWidgetItem* ownerItem = ownerItems.value(m.ownerId);
        if (!ownerItem)
            continue;
        const auto key = qMakePair(m.ownerId, m.serviceId);
        QTreeWidgetItem* parent = serviceItems.value(key);
        if (!parent) {
            const Service* service = snapshot->service(m.serviceId);
            parent = new QTreeWidgetItem(ownerItem, {service ? service->displayName() : tr("Goal KPIs")});
            serviceItems.insert(key, parent);
        }
        new QTreeWidgetItem(parent, {m.title, label(m.type), label(m.direction), label(m.unit)});
    }
    m_tree->expandToDepth(0);
}

void MainWindow::updateStatus()
{
    if (!m_file) {
        m_fileLabel->setText(tr("No plan file open"));
        m_stateLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 - Yardstick").arg(QFileInfo(m_file->path()).fileName()));
    m_fileLabel->setText(m_file->path());
    m_stateLabel->setText(m_file->isReadOnly() ? tr("Read-only: %1").arg(m_file->readOnlyReason())
                                               : tr("Locked for editing by you"));
}

} // namespace ys::ui
